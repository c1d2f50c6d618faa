package dev.wecruit.intake.parsing;

import dev.wecruit.platform.documents.TextLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Skills are what the candidate says they offer. A skills list (Skills sections, a sidebar, "Skills: ..." labels)
 * of at least {@value #MIN_LIST} items is their own account, so nothing else is proposed; with a shorter list or
 * none, the skills the profile (summary, personal statement) names are added with less confidence. A tool named in
 * an experience bullet is context of an achievement, not a claim, and is not proposed.
 *
 * <p>Each item of a list names one skill: an item the taxonomy covers whole gives its canonical names ("JS, k8s");
 * an item it covers only in part ("ECS Gold Card", "Pharmacy First") or not at all ("Arbeidsrecht") is kept as
 * written, with low confidence, so a profession or language the taxonomy covers thinly still gets its skills. Soft
 * skills count only in lists.
 */
final class Skills {

    private static final double IN_LIST = 0.9;
    private static final double IN_PROFILE = 0.6;
    private static final double IN_CERTIFICATIONS = 0.75;
    private static final double IN_PROSE = 0.4;
    private static final double AS_WRITTEN = 0.5;
    private static final Set<Section.Type> NOT_PROSE = Set.of(Section.Type.LANGUAGES, Section.Type.INTERESTS,
            Section.Type.REFERENCES, Section.Type.CONTACT, Section.Type.SKILLS, Section.Type.CERTIFICATIONS,
            Section.Type.EDUCATION);
    private static final int MAX_AS_WRITTEN = 25;
    /** A skills list this long is the candidate's own account of their skills: nothing is taken from elsewhere. */
    private static final int MIN_LIST = 5;
    /** Commas, bullets, pipes, tabs; a slash or dash only with a space beside it ("A/B testing", "CI/CD" stay). */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile(
            "\\s*(?:[,;|•·▪●◦\\t]|\\s/|/\\s|\\s-\\s|\\s–\\s)\\s*");
    private static final Pattern SUB_LABEL = Pattern.compile("^([\\p{L}][\\p{L} &/'’-]{1,30})\\s*[:：]\\s*");
    private static final Pattern LEADING_BULLET = Pattern.compile("^[\\s•·▪●◦\\-–*>✓]+");
    private static final Pattern LEVEL = Pattern.compile(
            "(?i)\\s*(?:\\((?:[^)]{0,30})\\)|[-–:]\\s*(?:basic|intermediate|advanced|expert|proficient|fluent|native|beginner"
                    + "|good|excellent|strong|\\d+\\+?\\s*(?:years?|yrs?))\\b.*|[★☆●○■□◼◻⬤]+.*|\\d+\\s*/\\s*\\d+)$");
    /** Words beside a skill that do not change which skill it is: "Advanced Excel", "Java and Kotlin". */
    private static final Set<String> QUALIFIERS = Vocabulary.words("and & + or und et y e en i og och with in of "
            + "for basic intermediate advanced expert proficient proficiency fluent beginner good excellent strong "
            + "solid working knowledge experienced experience familiar familiarity skills skill certified hands-on");

    private Skills() {
    }

    static List<Proposal<String>> find(Layout layout, SkillTaxonomy taxonomy) {
        Map<String, Proposal<String>> found = new LinkedHashMap<>();
        fromLists(layout, taxonomy, found);
        if (found.size() >= MIN_LIST) {
            return List.copyOf(found.values());
        }
        // a short list or none: the rest of the CV, the profile first, each less sure than a list
        for (int i = 0; i < layout.lines.size(); i++) {
            Section.Type type = layout.typeOf(i);
            boolean profile = type == Section.Type.PROFILE;
            if (type == Section.Type.CERTIFICATIONS) {
                TextLine line = layout.lines.get(i);
                for (SkillMatch match : taxonomy.findIn(line.text())) {
                    add(found, match.skill(), line.start() + match.start(), line.start() + match.end(),
                            IN_CERTIFICATIONS);
                }
                continue;
            }
            if (NOT_PROSE.contains(type)) {
                continue;
            }
            TextLine line = layout.lines.get(i);
            if (line.text().contains("@") || Layout.isPageMarker(line.text())) {
                continue;
            }
            for (SkillMatch match : taxonomy.findIn(line.text())) {
                if (!"soft skill".equals(taxonomy.category(match.skill()).orElse(""))) {
                    add(found, match.skill(), line.start() + match.start(), line.start() + match.end(),
                            profile ? IN_PROFILE : IN_PROSE);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** Text of one or more lines read as one, with the way back from a position in it to the document. */
    private record Logical(String text, int[] starts, int[] documentStarts) {

        static Logical of(String text, int documentStart) {
            return new Logical(text, new int[] {0}, new int[] {documentStart});
        }

        Logical join(Logical next) {
            int from = text.length() + 1;
            int[] starts = java.util.Arrays.copyOf(this.starts, this.starts.length + next.starts.length);
            int[] documentStarts = java.util.Arrays.copyOf(this.documentStarts, starts.length);
            for (int k = 0; k < next.starts.length; k++) {
                starts[this.starts.length + k] = from + next.starts[k];
                documentStarts[this.starts.length + k] = next.documentStarts[k];
            }
            return new Logical(text + " " + next.text, starts, documentStarts);
        }

        int offset(int position) {
            int k = starts.length - 1;
            while (k > 0 && starts[k] > position) {
                k--;
            }
            return documentStarts[k] + position - starts[k];
        }
    }

    /** Skills from the skills lists, and programming languages from a Languages section that lists them. */
    private static void fromLists(Layout layout, SkillTaxonomy taxonomy, Map<String, Proposal<String>> found) {
        int[] asWritten = {0};
        for (Section section : layout.sections) {
            boolean list = section.type() == Section.Type.SKILLS;
            if (!list && section.type() != Section.Type.LANGUAGES) {
                continue;
            }
            for (Logical line : logicalLines(layout, section, taxonomy)) {
                if (list) {
                    listItems(line, taxonomy, found, asWritten);
                } else {
                    for (SkillMatch match : taxonomy.findInSkillList(line.text())) {
                        add(found, match.skill(), line.offset(match.start()), line.offset(match.end()), IN_LIST);
                    }
                }
            }
        }
    }

    /**
     * A section's lines as list lines: page numbers dropped, a group label over its items ("Programming" in bold
     * above "• Java") dropped, a bullet item wrapped onto a second line joined to it, and a separated list whose item
     * wraps across lines ("..., Amazon Web" + "Services, ...") joined where the taxonomy knows the whole item.
     */
    private static List<Logical> logicalLines(Layout layout, Section section, SkillTaxonomy taxonomy) {
        List<Logical> result = new ArrayList<>();
        int bullets = 0;
        int bold = 0;
        int count = 0;
        for (int i = section.firstLine(); i < section.end(); i++) {
            String text = layout.lines.get(i).text();
            count++;
            bullets += Layout.isBullet(text) ? 1 : 0;
            bold += layout.lines.get(i).bold() ? 1 : 0;
        }
        boolean bulleted = bullets >= 2;
        int fullLine = fullLineLength(layout);
        boolean itemsPlain = bold * 2 < count;
        TextLine previous = null;
        for (int i = section.firstLine(); i < section.end(); i++) {
            TextLine line = layout.lines.get(i);
            int from = section.inline() ? section.contentStart() - line.start() : 0;
            String text = line.text().substring(from);
            if (Layout.isPageMarker(text)) {
                continue;
            }
            TextLine next = i + 1 < section.end() ? layout.lines.get(i + 1) : null;
            boolean bullet = Layout.isBullet(text);
            boolean nextBullet = next != null && !layout.blankBefore(i + 1) && Layout.isBullet(next.text());
            Logical logical = Logical.of(text, line.start() + from);
            if (!section.inline() && bulleted && !bullet && continuesItem(layout, previous, line, i)) {
                // "• Performance" + "management": an item the column was too narrow for
                result.set(result.size() - 1, result.get(result.size() - 1).join(logical));
            } else if (!section.inline() && !bullet && (bulleted ? nextBullet
                    : line.bold() && itemsPlain && next != null && !next.bold() && !layout.blankBefore(i + 1))) {
                // "Programming" over "• Java", "• SQL": the name of a group, not a skill
                previous = null;
                continue;
            } else if (previous != null && !layout.blankBefore(i) && !bullet
                    && (wrapsItem(result.get(result.size() - 1).text(), text, taxonomy)
                            || hardWrapped(result.get(result.size() - 1).text(), text, fullLine))) {
                result.set(result.size() - 1, result.get(result.size() - 1).join(logical));
            } else {
                result.add(logical);
            }
            previous = line;
        }
        return result;
    }

    /**
     * Whether a line without a bullet carries on the bullet item above it: a few words in the same weight, set
     * further right than the bullet (a PDF's wrapped line is indented under the item's text) or, without positions,
     * starting in lower case.
     */
    private static boolean continuesItem(Layout layout, TextLine previous, TextLine line, int index) {
        if (previous == null || !Layout.isBullet(previous.text()) || previous.bold() != line.bold()
                || layout.blankBefore(index) || Layout.wordCount(line.text()) > 3
                || ITEM_SEPARATOR.matcher(line.text()).find()) {
            return false;
        }
        if (line.x() > 0 && previous.x() > 0) {
            return line.x() > previous.x() + 1;
        }
        return Character.isLowerCase(line.text().codePointAt(0));
    }

    /**
     * Whether a separated list was wrapped in the middle of an item ("..., Commercial" + "installations, ..."): the
     * line runs to the width of the document's full lines and ends without a separator, and the next line goes on
     * in lower case, as the rest of an item does and the next item does not.
     */
    private static boolean hardWrapped(String line, String next, int fullLine) {
        String stripped = line.strip();
        return fullLine > 0 && stripped.length() >= 0.85 * fullLine && ITEM_SEPARATOR.matcher(stripped).find()
                && !ITEM_SEPARATOR.matcher(stripped.substring(stripped.length() - 1)).matches()
                && Character.isLowerCase(next.strip().codePointAt(0));
    }

    /** How long a full line of the document is: the 90th percentile of its lines' lengths. */
    private static int fullLineLength(Layout layout) {
        int[] lengths = new int[layout.lines.size()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = layout.lines.get(i).text().length();
        }
        java.util.Arrays.sort(lengths);
        return lengths.length == 0 ? 0 : lengths[Math.min(lengths.length - 1, (int) (lengths.length * 0.9))];
    }

    /** Whether a separated list line ends in the first half of an item the next line finishes. */
    private static boolean wrapsItem(String line, String next, SkillTaxonomy taxonomy) {
        List<int[]> items = items(line);
        List<int[]> nextItems = items(next);
        if (items.size() < 2 || nextItems.isEmpty()) {
            return false;
        }
        int[] last = items.get(items.size() - 1);
        if (last[1] < line.strip().length()) {
            return false;
        }
        String tail = line.substring(last[0], last[1]).strip();
        String head = next.substring(nextItems.get(0)[0], nextItems.get(0)[1]).strip();
        return !tail.isEmpty() && !head.isEmpty() && taxonomy.canonical(tail).isEmpty()
                && taxonomy.canonical(tail + " " + head).isPresent();
    }

    /** The items of a list line, each as {@code [start, end)}, after a group label and a leading bullet. */
    private static List<int[]> items(String text) {
        int offset = 0;
        Matcher label = SUB_LABEL.matcher(text);
        if (label.find() && Layout.wordCount(label.group(1)) <= 3) {
            // "Cloud: AWS, GCP": the label names a group, it is not a skill
            offset = label.end();
        }
        Matcher bullet = LEADING_BULLET.matcher(text.substring(offset));
        if (bullet.find()) {
            offset += bullet.end();
        }
        List<int[]> items = new ArrayList<>();
        Matcher separator = ITEM_SEPARATOR.matcher(text);
        separator.region(offset, text.length());
        int from = offset;
        while (separator.find()) {
            items.add(new int[] {from, separator.start()});
            from = separator.end();
        }
        items.add(new int[] {from, text.length()});
        return items;
    }

    /** Each item of a skills list line: its taxonomy skills when they cover it, else the item as written. */
    private static void listItems(Logical line, SkillTaxonomy taxonomy, Map<String, Proposal<String>> found,
            int[] asWritten) {
        String text = line.text();
        for (int[] item : items(text)) {
            String raw = text.substring(item[0], item[1]);
            // "– Wundmanagement ⇥ – Grundpflege": each cell of a grid has its own bullet
            String clean = LEADING_BULLET.matcher(LEVEL.matcher(raw).replaceAll("")).replaceAll("").strip()
                    .replaceAll("[.:;]+$", "");
            if (clean.isEmpty()) {
                continue;
            }
            int cleanStart = item[0] + Math.max(0, raw.indexOf(clean));
            List<SkillMatch> matches = taxonomy.findInSkillList(clean);
            if (!matches.isEmpty() && clean.contains(" ")) {
                // an ambiguous alias names a skill only as a whole item: "Patient" in "Patient counselling" is no
                // Patience, "C" in "IPMA-C" no programming language
                List<SkillMatch> unambiguous = taxonomy.findIn(clean);
                matches = matches.stream().filter(m -> unambiguous.contains(m)
                        || m.start() == 0 && m.end() == clean.length()).toList();
            }
            boolean whole = !matches.isEmpty() && uncovered(clean, matches).isEmpty();
            // several skills in one item ("SQL and Tableau for reporting") are each a skill
            if (!whole && matches.size() < 2 && plausibleItem(clean) && !Languages.isLanguage(clean)) {
                String key = clean.toLowerCase(Locale.ROOT);
                if (!found.containsKey(key) && asWritten[0] < MAX_AS_WRITTEN) {
                    found.put(key, Proposal.offline(clean, line.offset(cleanStart),
                            line.offset(cleanStart + clean.length()), AS_WRITTEN));
                    asWritten[0]++;
                }
                continue;
            }
            for (SkillMatch match : matches) {
                add(found, match.skill(), line.offset(cleanStart + match.start()),
                        line.offset(cleanStart + match.end()), IN_LIST);
            }
        }
    }

    /** The words of an item outside its taxonomy matches that say more than a level or a conjunction. */
    private static List<String> uncovered(String item, List<SkillMatch> matches) {
        StringBuilder rest = new StringBuilder(item);
        for (SkillMatch match : matches) {
            for (int k = match.start(); k < match.end(); k++) {
                rest.setCharAt(k, ' ');
            }
        }
        List<String> words = new ArrayList<>();
        for (String word : rest.toString().split("[\\s,()/\\-–]+")) {
            String folded = Vocabulary.folded(word);
            if (!word.isBlank() && !QUALIFIERS.contains(folded)
                    && word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(word);
            }
        }
        return words;
    }

    private static void add(Map<String, Proposal<String>> found, String skill, int start, int end, double confidence) {
        Proposal<String> previous = found.get(skill.toLowerCase(Locale.ROOT));
        if (previous == null || previous.confidence() < confidence) {
            found.put(skill.toLowerCase(Locale.ROOT), Proposal.offline(skill, start, end, confidence));
        }
    }

    /** A list item that reads as a skill's name: a few words, not a sentence, a date or a heading. */
    private static boolean plausibleItem(String item) {
        int words = Layout.wordCount(item);
        return words >= 1 && words <= 5 && item.length() >= 2 && item.length() <= 40
                && Character.isLetter(item.codePointAt(0)) && !item.contains("@")
                && !item.matches(".*\\b(?:19|20)\\d{2}\\b.*")
                && !Layout.isPageMarker(item)
                && !item.matches("(?i).*\\b(?:with|using|including|the|of my|i am|years?)\\b.*")
                && !item.matches("(?i).*\\s(?:an|my|our)\\s.*") && !WorkHistory.endsLikeSentence(item)
                && !Vocabulary.HEADINGS.containsKey(Vocabulary.folded(item));
    }
}
