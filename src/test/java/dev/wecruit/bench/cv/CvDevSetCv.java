package dev.wecruit.bench.cv;

import java.time.YearMonth;
import java.util.List;

/**
 * One synthetic CV with every string already decided as it will be printed. The renderers only place these strings,
 * and the label is derived from the same record, so the printed CV and its label cannot disagree.
 */
record CvDevSetCv(
        int number,
        String file,
        CvDevSetLayout layout,
        String language,
        String profession,
        String country,
        Name name,
        String headline,
        List<String> emails,
        List<Phone> phones,
        String location,
        Link linkedin,
        List<Link> links,
        String summary,
        Integer statedYears,
        List<Role> roles,
        RoleStyle roleStyle,
        List<Education> education,
        List<SkillGroup> skillGroups,
        List<String> bulletOnlySkills,
        List<Spoken> languages,
        String interests,
        String closingLine,
        CvDevSetWords words,
        boolean letterPaper,
        long seed) {

    /**
     * How the person's name is split for the CRM and how it is printed. Middle names are printed but are neither the
     * first nor the last name; compound given names (María José) are kept whole as the first name.
     */
    record Name(String firstName, String middleName, String lastName, String printed) {}

    /** A phone as printed, its E.164 label, and the national digits the text check looks for. */
    record Phone(String printed, String e164, String nationalDigits, boolean mobile) {}

    /** A web link as printed on the CV and as a recruiter would paste it into the CRM. */
    record Link(String printed, String url) {}

    /** A role; {@code to == null} means the person still holds it. {@code yearOnly} dates print and label as years. */
    record Role(
            String title,
            String employer,
            String place,
            YearMonth from,
            YearMonth to,
            boolean yearOnly,
            String printedDates,
            List<String> bullets) {}

    record Education(
            String qualification, String institution, Integer fromYear, Integer toYear, String printedDates, String note) {}

    /** Skills under an optional group label such as "Cloud"; the label itself is not a skill. */
    record SkillGroup(String label, List<String> skills) {}

    /** A spoken language: the English name is the label, the printed name and level are what the CV shows. */
    record Spoken(String englishName, String printedName, String level) {
        String printed() {
            return level == null ? printedName : printedName + " (" + level + ")";
        }
    }

    /** Where a role's title and employer go relative to each other; every style prints both verbatim. */
    enum RoleStyle {
        TITLE_COMMA_EMPLOYER,
        TITLE_AT_EMPLOYER,
        EMPLOYER_PIPE_TITLE,
        TITLE_THEN_EMPLOYER_LINE,
        EMPLOYER_THEN_TITLE_LINE,
        TITLE_DASH_EMPLOYER
    }

    String fullPrintedName() {
        return name.printed();
    }

    List<String> sectionSkills() {
        return skillGroups.stream().flatMap(group -> group.skills().stream()).toList();
    }

    boolean hasSkillsSection() {
        return !skillGroups.isEmpty();
    }

    /** The line(s) a role's heading prints as, following the CV's role style. */
    List<String> roleHeading(Role role) {
        String at = words.at();
        return switch (roleStyle) {
            case TITLE_COMMA_EMPLOYER -> List.of(role.title() + ", " + role.employer());
            case TITLE_AT_EMPLOYER -> List.of(role.title() + " " + at + " " + role.employer());
            case EMPLOYER_PIPE_TITLE -> List.of(role.employer() + " | " + role.title());
            case TITLE_THEN_EMPLOYER_LINE -> List.of(role.title(), employerWithPlace(role));
            case EMPLOYER_THEN_TITLE_LINE -> List.of(employerWithPlace(role), role.title());
            case TITLE_DASH_EMPLOYER -> List.of(role.title() + " \u2014 " + employerWithPlace(role));
        };
    }

    private static String employerWithPlace(Role role) {
        return role.place() == null ? role.employer() : role.employer() + ", " + role.place();
    }
}
