package dev.wecruit.intake.parsing;

import java.util.List;

/**
 * Everything the parser proposes for one CV. A field it found nothing for is null (single values) or empty (lists).
 *
 * @param emails            lower-cased valid addresses, in order of appearance
 * @param phones            E.164, the one nearest the top (the contact block) first
 * @param location          "City, Country" or as written, such as "Manchester, UK"; only where the candidate lives,
 *                          never an employer's city
 * @param linkedinUrl       {@code https://www.linkedin.com/in/<slug>}
 * @param links             other profile and portfolio links (GitHub, a personal site), as https URLs
 * @param workHistory       newest first
 * @param skills            canonical taxonomy names, no duplicates; an item of a Skills list the taxonomy does not know
 *                          (or knows only in part) is proposed as written with low confidence. A skills list of five or
 *                          more items is the only source; otherwise the profile and the rest of the CV add skills with
 *                          less confidence
 * @param yearsOfExperience as stated ("8+ years of experience") or counted from the dated work history, overlaps
 *                          merged, each role from its first to its last month, a current one to last month, rounded
 *                          down
 * @param languages         spoken languages by their English names ("German", "Mandarin")
 */
public record CvFields(
        Proposal<String> firstName, Proposal<String> lastName,
        List<Proposal<String>> emails,
        List<Proposal<String>> phones,
        Proposal<String> location,
        Proposal<String> linkedinUrl,
        List<Proposal<String>> links,
        Proposal<String> currentTitle, Proposal<String> currentEmployer,
        List<Proposal<WorkRole>> workHistory,
        List<Proposal<Study>> education,
        List<Proposal<String>> skills,
        Proposal<Integer> yearsOfExperience,
        List<Proposal<String>> languages) {

    public CvFields {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        links = List.copyOf(links);
        workHistory = List.copyOf(workHistory);
        education = List.copyOf(education);
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
    }

    /** Nothing found. */
    public static CvFields empty() {
        return new CvFields(null, null, List.of(), List.of(), null, null, List.of(), null, null, List.of(),
                List.of(), List.of(), null, List.of());
    }
}
