package dev.wecruit.intake.parsing;

import dev.wecruit.platform.documents.ReadDocument;
import dev.wecruit.platform.documents.TextLine;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes a candidate's fields from a read CV, offline: deterministic rules over the document's sections, wording
 * and layout, with a confidence for each value and where it was found. Thread-safe and reusable; holds no state
 * between calls beyond the immutable taxonomy and places list.
 *
 * <p>How it reads a CV: {@link Layout} cuts it into sections by headings in several languages (and by column, text
 * box and header boundaries); the name is the most prominent name-like line near the top; contacts are found by
 * pattern and validated (libphonenumber for phones, with the region taken from the CV's own location); roles are
 * anchored on dated lines of the experience sections; skills come from the taxonomy.
 */
public final class CvParser {

    private static final Pattern HEADLINE_AT = Pattern.compile("\\s+(?:at|@|bei|chez)\\s+(?=\\p{Lu})");

    private final SkillTaxonomy skills;

    public CvParser(SkillTaxonomy skills) {
        this.skills = skills;
    }

    /**
     * @param defaultRegion ISO 3166 alpha-2 code (such as {@code GB}) for phone numbers written without a country code
     *                      when the CV itself does not say where the candidate lives
     */
    public CvFields parse(ReadDocument document, String defaultRegion) {
        return parse(document, defaultRegion, Clock.systemDefaultZone());
    }

    /** As {@link #parse(ReadDocument, String)}; {@code clock} says what "Present" means when counting years. */
    public CvFields parse(ReadDocument document, String defaultRegion, Clock clock) {
        if (document == null || document.lines().isEmpty()) {
            return CvFields.empty();
        }
        String region = defaultRegion == null ? "GB" : defaultRegion.toUpperCase(Locale.ROOT);
        YearMonth now = YearMonth.now(clock);
        Layout layout = new Layout(document);
        String text = document.text();

        // referees' addresses and numbers are not the candidate's
        IntPredicate inReferences = sectionArea(layout, Section.Type.REFERENCES);
        List<Proposal<String>> emails = Contacts.emails(text).stream().filter(p -> !inReferences.test(p.start()))
                .toList();
        Locations.Found location = Locations.find(layout, -1, region);
        String country = location == null || location.country() == null ? null : location.country();
        String language = TextLanguage.guess(text);
        Names.Found name = Names.find(layout, skills, emails, country, language);
        if (name != null && (location == null || overlapsLine(layout, name.line(), location.proposal()))) {
            location = Locations.find(layout, name.line(), region);
            country = location == null ? null : location.country();
        }
        IntPredicate inContact = contactArea(layout);
        String phoneRegion = country != null ? country : phoneRegion(text, language, region);
        List<Proposal<String>> phones = Contacts.phones(text, phoneRegion, inContact)
                .stream().filter(p -> !inReferences.test(p.start())).toList();
        Set<String> emailDomains = new HashSet<>();
        for (Proposal<String> email : emails) {
            emailDomains.add(email.value().substring(email.value().indexOf('@') + 1));
        }
        Contacts.Links links = Contacts.links(text, inContact, document.hyperlinks(), emailDomains);

        List<Proposal<WorkRole>> roles = WorkHistory.find(layout, now);
        Proposal<String> currentTitle = null;
        Proposal<String> currentEmployer = null;
        if (!roles.isEmpty()) {
            Proposal<WorkRole> newest = roles.get(0);
            double factor = newest.value().to() == null ? 1.0
                    : newest.value().to().isAfter(now.minusMonths(13)) ? 0.8 : 0.6;
            if (newest.value().title() != null) {
                currentTitle = Proposal.offline(newest.value().title(), newest.start(), newest.end(),
                        newest.confidence() * factor);
            }
            if (newest.value().employer() != null) {
                currentEmployer = Proposal.offline(newest.value().employer(), newest.start(), newest.end(),
                        newest.confidence() * factor);
            }
        }
        if (currentTitle == null && name != null) {
            Headline headline = headline(layout, name.line());
            currentTitle = headline.title();
            currentEmployer = currentEmployer != null ? currentEmployer : headline.employer();
        }
        // an employer's city is where the candidate worked, not where they live: no location is better than that guess
        Proposal<String> locationProposal = location == null ? null : location.proposal();

        return new CvFields(
                name == null ? null : name.first(),
                name == null ? null : name.last(),
                emails,
                phones,
                locationProposal,
                links.linkedin(),
                links.others(),
                currentTitle,
                currentEmployer,
                roles,
                Education.find(layout, now),
                Skills.find(layout, skills),
                Experience.years(layout, roles, now),
                Languages.find(layout));
    }

    /**
     * Where numbers without a country code are from when the CV gives no location: where its numbers with a country
     * code are from, else the country its language is mostly spoken in, else the default region.
     */
    private static String phoneRegion(String text, String language, String defaultRegion) {
        String international = Contacts.regionOfInternationalNumbers(text);
        if (international != null) {
            return international;
        }
        String spoken = language == null ? null : LANGUAGE_REGIONS.get(language);
        return spoken != null ? spoken : defaultRegion;
    }

    /** A language spoken mainly in one country; English and Portuguese are spoken in too many to guess. */
    private static final java.util.Map<String, String> LANGUAGE_REGIONS = java.util.Map.of("de", "DE", "fr", "FR",
            "es", "ES", "nl", "NL", "it", "IT");

    private static boolean overlapsLine(Layout layout, int line, Proposal<String> proposal) {
        TextLine named = layout.lines.get(line);
        return proposal.start() < named.end() && named.start() < proposal.end();
    }

    /** The top of the CV, its header, text boxes and Contact sections: where contact details are expected. */
    private static IntPredicate contactArea(Layout layout) {
        boolean[] contact = new boolean[layout.lines.size()];
        int[] starts = new int[layout.lines.size()];
        for (int i = 0; i < contact.length; i++) {
            TextLine line = layout.lines.get(i);
            starts[i] = line.start();
            Section.Type type = layout.typeOf(i);
            contact[i] = line.block() == TextLine.Block.HEADER || i < 6
                    || line.page() == 1 && (type == Section.Type.TOP || type == Section.Type.CONTACT);
        }
        return offset -> {
            int index = java.util.Arrays.binarySearch(starts, offset);
            int line = index >= 0 ? index : -index - 2;
            return line >= 0 && line < contact.length && contact[line];
        };
    }

    private record Headline(Proposal<String> title, Proposal<String> employer) {
    }

    /** Whether an offset lies in a section of the given type. */
    private static IntPredicate sectionArea(Layout layout, Section.Type type) {
        boolean[] inside = new boolean[layout.lines.size()];
        int[] starts = new int[layout.lines.size()];
        for (int i = 0; i < inside.length; i++) {
            starts[i] = layout.lines.get(i).start();
            inside[i] = layout.typeOf(i) == type;
        }
        return offset -> {
            int index = java.util.Arrays.binarySearch(starts, offset);
            int line = index >= 0 ? index : -index - 2;
            return line >= 0 && line < inside.length && inside[line];
        };
    }

    /** A job title written under the name ("Senior Staff Nurse at St Mary's"), for CVs without dated roles. */
    private static Headline headline(Layout layout, int nameLine) {
        for (int i = nameLine; i < Math.min(layout.lines.size(), nameLine + 4); i++) {
            TextLine line = layout.lines.get(i);
            String text = line.text();
            int offset = 0;
            if (i == nameLine) {
                // "Jane Doe | Senior Nurse": the part after the name
                Matcher separator = Pattern.compile("\\t|\\s[|•·–—-]\\s|,\\s").matcher(text);
                if (!separator.find()) {
                    continue;
                }
                offset = separator.end();
                text = text.substring(offset);
            }
            List<String> chunks = WorkHistory.chunks(text);
            if (chunks.isEmpty() || Layout.wordCount(text) > 10 || text.contains("@")) {
                continue;
            }
            Matcher at = HEADLINE_AT.matcher(text);
            String title = at.find() ? text.substring(0, at.start()).strip() : chunks.get(0);
            if (WorkHistory.titleScore(title) <= 0 || WorkHistory.isSentence(title)) {
                continue;
            }
            int start = line.start() + offset + Math.max(0, text.indexOf(title));
            Proposal<String> employer = null;
            if (at.find(0)) {
                String written = text.substring(at.end()).strip();
                int employerStart = line.start() + offset + at.end();
                employer = Proposal.offline(written, employerStart, employerStart + written.length(), 0.55);
            }
            return new Headline(Proposal.offline(title, start, start + title.length(), 0.6), employer);
        }
        return new Headline(null, null);
    }

    @Override
    public String toString() {
        return "CvParser[" + skills + "]";
    }
}
