package dev.wecruit.intake.parsing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The skills the parser knows, with their aliases, matched in text by whole tokens through a token trie (one hash
 * lookup per token, not one regular expression per skill). Immutable and thread-safe once loaded.
 *
 * <p>File format and matching rules: {@code src/main/resources/skills/README.md}. In short: ambiguous aliases
 * ({@code ~Go}, {@code ~R}) count only inside a skills list and with their written case; aliases marked {@code =}
 * ({@code =Excel}, {@code =React}) and short all-capital terms ({@code SQL}, {@code VAT}) count anywhere but only
 * with their written case; the longest phrase wins.
 */
public final class SkillTaxonomy {

    private static final String DEFAULT_RESOURCE = "/skills/skills.tsv";

    /** A way of writing a skill. */
    private record Term(String skill, List<String> tokens, boolean caseSensitive, boolean ambiguous) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<Term> terms;
    }

    private final Node root = new Node();
    private final Map<String, String> categories = new HashMap<>();
    private final Map<String, String> canonicalNames = new HashMap<>();
    private int size;

    private SkillTaxonomy() {
    }

    /** The taxonomy shipped with Wecruit ({@code skills/skills.tsv} on the classpath). */
    public static SkillTaxonomy loadDefault() {
        try (InputStream in = SkillTaxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The skills taxonomy " + DEFAULT_RESOURCE + " is missing");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A taxonomy in the {@code skills.tsv} format; see the README next to the default file. */
    public static SkillTaxonomy load(InputStream tsv) throws IOException {
        SkillTaxonomy taxonomy = new SkillTaxonomy();
        BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            String skill = columns[0].strip();
            if (skill.isEmpty() || taxonomy.categories.containsKey(skill)) {
                continue;
            }
            String category = columns.length > 1 ? columns[1].strip() : "";
            taxonomy.categories.put(skill, category);
            taxonomy.size++;
            List<String> aliases = new ArrayList<>();
            if (columns.length > 2 && !columns[2].isBlank()) {
                for (String alias : columns[2].split("\\|")) {
                    if (!alias.isBlank()) {
                        aliases.add(alias.strip());
                    }
                }
            }
            boolean nameMarked = aliases.stream()
                    .anyMatch(a -> (a.startsWith("~") || a.startsWith("=")) && a.substring(1).equals(skill));
            if (!nameMarked) {
                taxonomy.add(skill, skill, false, false);
            }
            for (String alias : aliases) {
                boolean ambiguous = alias.startsWith("~");
                boolean exactCase = alias.startsWith("=");
                taxonomy.add(skill, ambiguous || exactCase ? alias.substring(1) : alias, ambiguous, exactCase);
            }
        }
        return taxonomy;
    }

    private void add(String skill, String written, boolean ambiguous, boolean exactCase) {
        List<Tokens.Token> tokens = Tokens.of(written);
        if (tokens.isEmpty()) {
            return;
        }
        boolean caseSensitive = ambiguous || exactCase || isShortCapitals(written);
        List<String> originals = tokens.stream().map(Tokens.Token::text).toList();
        Node node = root;
        for (Tokens.Token token : tokens) {
            node = node.next.computeIfAbsent(token.lower(), key -> new Node());
        }
        if (node.terms == null) {
            node.terms = new ArrayList<>(1);
        }
        for (Term existing : node.terms) {
            boolean sameWriting = existing.caseSensitive() && caseSensitive
                    ? existing.tokens().equals(originals)
                    : !existing.caseSensitive() && !caseSensitive;
            if (sameWriting) {
                // the first skill to claim a way of writing keeps it
                return;
            }
        }
        node.terms.add(new Term(skill, originals, caseSensitive, ambiguous));
        canonicalNames.putIfAbsent(key(originals, caseSensitive), skill);
        canonicalNames.putIfAbsent(key(originals, false), skill);
    }

    private static boolean isShortCapitals(String written) {
        String letters = written.replaceAll("[^\\p{L}\\p{N}]", "");
        return letters.length() <= 5 && written.chars().noneMatch(Character::isLowerCase)
                && written.chars().anyMatch(Character::isUpperCase);
    }

    private static String key(List<String> tokens, boolean caseSensitive) {
        String joined = String.join(" ", tokens);
        return caseSensitive ? "=" + joined : joined.toLowerCase(Locale.ROOT);
    }

    /** How many skills (canonical names) the taxonomy holds. */
    public int size() {
        return size;
    }

    /** The canonical name for an alias or name written in any case ("k8s" gives "Kubernetes"). */
    public Optional<String> canonical(String term) {
        if (term == null) {
            return Optional.empty();
        }
        List<String> tokens = Tokens.of(term).stream().map(Tokens.Token::text).toList();
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        String exact = canonicalNames.get(key(tokens, true));
        return Optional.ofNullable(exact != null ? exact : canonicalNames.get(key(tokens, false)));
    }

    /** The category of a canonical skill name, such as "healthcare" or "soft skill". */
    public Optional<String> category(String skill) {
        return Optional.ofNullable(categories.get(skill));
    }

    /**
     * Every skill written in running text, as a whole token or phrase, longest first; ambiguous aliases (those that
     * are also ordinary words or letters: Go, R, Swift, Chef) are left out.
     */
    public List<SkillMatch> findIn(String text) {
        return find(text, false);
    }

    /** Like {@link #findIn(String)}, for text known to be a list of skills, where ambiguous aliases count too. */
    public List<SkillMatch> findInSkillList(String text) {
        return find(text, true);
    }

    private List<SkillMatch> find(String text, boolean skillList) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Tokens.Token> tokens = Tokens.of(text);
        List<SkillMatch> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Node node = root;
            Term best = null;
            int bestEnd = -1;
            for (int j = i; j < tokens.size(); j++) {
                if (j > i && !tokens.get(j).joined()) {
                    break;
                }
                node = node.next.get(tokens.get(j).lower());
                if (node == null) {
                    break;
                }
                if (node.terms != null) {
                    Term term = accepted(node.terms, tokens, i, j, skillList);
                    if (term != null) {
                        best = term;
                        bestEnd = j;
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            matches.add(new SkillMatch(best.skill(), tokens.get(i).start(), tokens.get(bestEnd).end()));
            i = bestEnd + 1;
        }
        return matches;
    }

    private static Term accepted(List<Term> terms, List<Tokens.Token> tokens, int from, int to, boolean skillList) {
        Term caseInsensitive = null;
        for (Term term : terms) {
            if (term.ambiguous() && !skillList) {
                continue;
            }
            if (term.caseSensitive()) {
                if (writtenAs(term, tokens, from, to)) {
                    // an exact-case writing beats a case-insensitive one: "SWIFT" payments, not Swift
                    return term;
                }
            } else if (caseInsensitive == null) {
                caseInsensitive = term;
            }
        }
        return caseInsensitive;
    }

    private static boolean writtenAs(Term term, List<Tokens.Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!tokens.get(k).text().equals(term.tokens().get(k - from))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "SkillTaxonomy[" + size + " skills in "
                + categories.values().stream().distinct().collect(Collectors.counting()) + " categories]";
    }
}
