package dev.wecruit.candidates.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The words of a candidate's plain profile as search terms: what the term index ({@code candidate_profile_terms},
 * decision 0018) finds a candidate by. One rule for stored records and for what a recruiter types, so that both
 * always agree, whatever the database's locale:
 * <ul>
 *   <li>text is folded: lower case, accents removed ("Développeur" → "developpeur");</li>
 *   <li>a word is a run of letters, digits, {@code +} and {@code #} ("C++", "C#", "node.js" → c++, c#, node,
 *       js);</li>
 *   <li>each term starts with its kind: {@code w:} a word of the title, company or skills (found by its start),
 *       {@code l:} a word of the location (found by its start), {@code s:} a whole skill and {@code g:} a whole tag
 *       (found exactly, ignoring case and accents).</li>
 * </ul>
 * Changing these rules changes every stored term: add a migration that recomputes them, as V17 did.
 */
public final class ProfileTerms {

    /** Longest stored or searched word; longer ones are cut, on both sides alike. */
    static final int MAX_WORD = 60;

    static final String WORD = "w:";
    static final String LOCATION = "l:";
    /** What every skill's term starts with. */
    public static final String SKILL = "s:";
    /** What every tag's term starts with. */
    public static final String TAG = "g:";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}+#]+");

    private ProfileTerms() {
    }

    /** Every term of a profile, sorted and distinct: what {@code candidates.search_terms} holds. */
    public static List<String> of(String title, String company, Collection<String> skills, Collection<String> tags,
            String location) {
        var terms = new TreeSet<String>();
        words(title).forEach(word -> terms.add(WORD + word));
        words(company).forEach(word -> terms.add(WORD + word));
        for (String skill : skills) {
            words(skill).forEach(word -> terms.add(WORD + word));
            whole(skill).ifPresent(term -> terms.add(SKILL + term));
        }
        for (String tag : tags) {
            whole(tag).ifPresent(term -> terms.add(TAG + term));
        }
        words(location).forEach(word -> terms.add(LOCATION + word));
        return List.copyOf(terms);
    }

    /** The prefixes a search-box query looks for: each word typed must start a word of the title, company or skills. */
    public static List<String> textPrefixes(String query) {
        return words(query).stream().distinct().map(word -> WORD + word).toList();
    }

    /** The prefixes a location filter looks for: each word typed must start a word of the location. */
    public static List<String> locationPrefixes(String query) {
        return words(query).stream().distinct().map(word -> LOCATION + word).toList();
    }

    /** The term of a whole skill, or nothing for a skill with no letters or digits. */
    public static Optional<String> skill(String skill) {
        return whole(skill).map(term -> SKILL + term);
    }

    /** The term of a whole tag, or nothing for a tag with no letters or digits. */
    public static Optional<String> tag(String tag) {
        return whole(tag).map(term -> TAG + term);
    }

    /** The words of a text, folded and cut to {@value #MAX_WORD} characters, in order. */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(fold(text))) {
            if (!word.isEmpty()) {
                words.add(cut(word));
            }
        }
        return words;
    }

    /** A whole value (a skill, a tag) as one term: its words joined by single spaces. */
    private static Optional<String> whole(String value) {
        List<String> words = words(value);
        return words.isEmpty() ? Optional.empty() : Optional.of(cut(String.join(" ", words)));
    }

    private static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String cut(String word) {
        if (word.length() <= MAX_WORD) {
            return word;
        }
        // never split a surrogate pair
        int end = Character.isHighSurrogate(word.charAt(MAX_WORD - 1)) ? MAX_WORD - 1 : MAX_WORD;
        return word.substring(0, end);
    }
}
