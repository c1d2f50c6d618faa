package dev.wecruit.imports;

import java.util.List;
import java.util.Map;

/**
 * What a column of an imported file holds: a field of the candidate, company, contact or job, or nothing to import.
 * Each kind of import offers its own fields ({@link #of}); a contact's names, email, phone and LinkedIn are the
 * candidate's fields, the same columns in a file.
 */
public enum ImportField {
    SKIP("Skip this column", false),
    FULL_NAME("Full name", false),
    FIRST_NAME("First name", false),
    LAST_NAME("Last name", false),
    EMAIL("Email", true),
    PHONE("Phone", true),
    LINKEDIN("LinkedIn", false),
    LOCATION("Location", false),
    ADDRESS("Address", false),
    TITLE("Current title", false),
    COMPANY("Current company", false),
    SKILLS("Skills", true),
    TAGS("Tags", true),
    YEARS_OF_EXPERIENCE("Years of experience", false),
    SOURCE("Source", false),
    // companies with contacts
    COMPANY_NAME("Company name", false),
    WEBSITE("Website", false),
    INDUSTRY("Industry", false),
    COMPANY_LOCATION("Company location", false),
    COMPANY_STATUS("Company status", false),
    OWNER("Owner (member's email)", false),
    CONTACT_TITLE("Contact's job title", false),
    // jobs
    JOB_TITLE("Job title", false),
    CLIENT("Client company", false),
    HIRING_MANAGER("Hiring manager's email", false),
    DESCRIPTION("Description", false),
    NICE_TO_HAVE("Nice to have", true),
    SENIORITY("Seniority", false),
    REMOTE_POLICY("Remote policy", false),
    SALARY_MIN("Salary from", false),
    SALARY_MAX("Salary to", false),
    SALARY_CURRENCY("Salary currency", false),
    FEE("Fee", false),
    JOB_STATUS("Job status", false),
    OPENED_ON("Opened on", false),
    CLOSED_ON("Closed on", false);

    private static final Map<ImportKind, List<ImportField>> BY_KIND = Map.of(
            ImportKind.CANDIDATES, List.of(SKIP, FULL_NAME, FIRST_NAME, LAST_NAME, EMAIL, PHONE, LINKEDIN, LOCATION,
                    ADDRESS, TITLE, COMPANY, SKILLS, TAGS, YEARS_OF_EXPERIENCE, SOURCE),
            ImportKind.COMPANIES, List.of(SKIP, COMPANY_NAME, WEBSITE, INDUSTRY, COMPANY_LOCATION, COMPANY_STATUS,
                    OWNER, FULL_NAME, FIRST_NAME, LAST_NAME, CONTACT_TITLE, EMAIL, PHONE, LINKEDIN),
            ImportKind.JOBS, List.of(SKIP, JOB_TITLE, CLIENT, HIRING_MANAGER, DESCRIPTION, SKILLS, NICE_TO_HAVE,
                    SENIORITY, LOCATION, REMOTE_POLICY, SALARY_MIN, SALARY_MAX, SALARY_CURRENCY, FEE, JOB_STATUS,
                    OWNER, OPENED_ON, CLOSED_ON));

    /** The fields an import of this kind offers, in the order a column's choice lists them. */
    public static List<ImportField> of(ImportKind kind) {
        return BY_KIND.get(kind);
    }

    private final String label;
    private final boolean repeatable;

    ImportField(String label, boolean repeatable) {
        this.label = label;
        this.repeatable = repeatable;
    }

    public String label() {
        return label;
    }

    /** Whether several columns may hold it (a work and a personal email): their values are all kept. */
    public boolean repeatable() {
        return repeatable;
    }

    /** Whether its cells may hold several values, split by the mapping's separator. */
    public boolean multiValued() {
        return this == SKILLS || this == TAGS || this == NICE_TO_HAVE;
    }
}
