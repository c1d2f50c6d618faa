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
 * Skills: taxonomy matches in skills lists (Skills sections and "Skills: ..." labels) count most; specific skills
 * named elsewhere count less; soft skills count only in lists. An item of a skills list that the taxonomy does not
 * know is kept as written, with low confidence, so a profession the taxonomy covers thinly still gets its skills.
 */
final class Skills {

    private static final double IN_LIST = 0.9;
    private static final double IN_CERTIFICATIONS = 0.75;
    private static final double IN_PROSE = 0.6;
    private static final double AS_WRITTEN = 0.5;
    private static final int MAX_AS_WRITTEN = 25;
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*(?:[,;|•·▪●◦/\\t]|\\s-\\s|\\s–\\s)\\s*");
    private static final Pattern SUB_LABEL = Pattern.compile("^([\\p{L}][\\p{L} &/'’-]{1,30})\\s*[:：]\\s*");
    private static final Pattern LEVEL = Pattern.compile(
            "(?i)\\s*(?:\\((?:[^)]{0,30})\\)|[-–:]\\s*(?:basic|intermediate|advanced|expert|proficient|fluent|native|beginner"
                    + "|good|excellent|strong|\\d+\\+?\\s*(?:years?|yrs?))\\b.*|[★☆●○■□◼◻⬤]+.*|\\d+\\s*/\\s*\\d+)$");
    private static final Set<Section.Type> NOT_PROSE = Set.of(Section.Type.LANGUAGES, Section.Type.INTERESTS,
            Section.Type.REFERENCES, Section.Type.CONTACT, Section.Type.SKILLS, Section.Type.CERTIFICATIONS);

    private Skills() {
    }

    static List<Proposal<String>> find(Layout layout, SkillTaxonomy taxonomy) {
        Map<String, Proposal<String>> found = new LinkedHashMap<>();
        int asWritten = 0;
        for (Section section : layout.sections) {
            boolean list = section.type() == Section.Type.SKILLS;
            boolean languages = section.type() == Section.Type.LANGUAGES;
            boolean certifications = section.type() == Section.Type.CERTIFICATIONS;
            if (!list && !languages && !certifications) {
                continue;
            }
            for (int i = section.firstLine(); i < section.end(); i++) {
                TextLine line = layout.lines.get(i);
                int from = section.inline() ? section.contentStart() - line.start() : 0;
                Matcher subLabel = SUB_LABEL.matcher(line.text().substring(from));
                if (!certifications && subLabel.find() && Layout.wordCount(subLabel.group(1)) <= 3) {
                    // "Cloud: AWS, GCP": the label names a group, it is not a skill
                    from += subLabel.end();
                }
                String text = line.text().substring(from);
                int base = line.start() + from;
                List<SkillMatch> matches = certifications ? taxonomy.findIn(text) : taxonomy.findInSkillList(text);
                for (SkillMatch match : matches) {
                    add(found, match.skill(), base + match.start(), base + match.end(),
                            certifications ? IN_CERTIFICATIONS : IN_LIST);
                }
                if (list) {
                    asWritten += unknownItems(text, base, matches, found, MAX_AS_WRITTEN - asWritten);
                }
            }
        }
        for (int i = 0; i < layout.lines.size(); i++) {
            Section.Type type = layout.typeOf(i);
            if (NOT_PROSE.contains(type)) {
                continue;
            }
            TextLine line = layout.lines.get(i);
            if (line.text().contains("@")) {
                continue;
            }
            for (SkillMatch match : taxonomy.findIn(line.text())) {
                if ("soft skill".equals(taxonomy.category(match.skill()).orElse(""))) {
                    continue;
                }
                add(found, match.skill(), line.start() + match.start(), line.start() + match.end(), IN_PROSE);
            }
        }
        return List.copyOf(found.values());
    }

    private static void add(Map<String, Proposal<String>> found, String skill, int start, int end, double confidence) {
        Proposal<String> previous = found.get(skill.toLowerCase(Locale.ROOT));
        if (previous == null || previous.confidence() < confidence) {
            found.put(skill.toLowerCase(Locale.ROOT), Proposal.offline(skill, start, end, confidence));
        }
    }

    /** List items the taxonomy does not know: "Patient assessment", "Formwork", kept as written. */
    private static int unknownItems(String text, int base, List<SkillMatch> matches, Map<String, Proposal<String>> found,
            int budget) {
        if (budget <= 0) {
            return 0;
        }
        String body = text;
        int offset = 0;
        Matcher label = SUB_LABEL.matcher(body);
        if (label.find()) {
            offset = label.end();
            body = body.substring(offset);
        }
        String stripped = body.replaceFirst("^[\\s•·▪●◦\\-*>✓]+", "");
        offset += body.length() - stripped.length();
        body = stripped;
        List<int[]> items = new ArrayList<>();
        Matcher separator = ITEM_SEPARATOR.matcher(body);
        int from = 0;
        while (true) {
            boolean more = separator.find();
            int to = more ? separator.start() : body.length();
            items.add(new int[] {from, to});
            if (!more) {
                break;
            }
            from = separator.end();
        }
        int added = 0;
        for (int[] item : items) {
            String raw = body.substring(item[0], item[1]);
            String clean = LEVEL.matcher(raw).replaceAll("").strip().replaceAll("[.:;]+$", "");
            int start = base + offset + item[0] + Math.max(0, raw.indexOf(clean.isEmpty() ? raw : clean));
            int end = start + clean.length();
            if (!plausibleItem(clean) || overlaps(matches, start - base, end - base)
                    || Languages.isLanguage(clean) || found.containsKey(clean.toLowerCase(Locale.ROOT))) {
                continue;
            }
            found.put(clean.toLowerCase(Locale.ROOT), Proposal.offline(clean, start, end, AS_WRITTEN));
            if (++added >= budget) {
                break;
            }
        }
        return added;
    }

    private static boolean plausibleItem(String item) {
        int words = Layout.wordCount(item);
        return words >= 1 && words <= 4 && item.length() >= 2 && item.length() <= 40
                && Character.isLetter(item.codePointAt(0)) && !item.contains("@") && !item.matches(".*\\d{4}.*")
                && !item.matches("(?i).*\\b(?:and|with|using|including|the|of my|i am|years?)\\b.*")
                && !Vocabulary.HEADINGS.containsKey(Vocabulary.folded(item));
    }

    private static boolean overlaps(List<SkillMatch> matches, int start, int end) {
        for (SkillMatch match : matches) {
            if (match.start() < end && start < match.end()) {
                return true;
            }
        }
        return false;
    }
}
