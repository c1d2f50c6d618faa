package dev.wecruit.candidates;

/**
 * The columns a candidate list export can add to those the list shows (Name, Title, Company, Location, Top skills,
 * Owner, Tags, Last activity). Contact columns are left out of the exports of members who may not export contact
 * details ({@link dev.wecruit.tenancy.OrganizationService#mayExportContacts}).
 */
public enum CandidateExportField {
    EMAIL("Email", true),
    PHONE("Phone", true),
    LINKEDIN("LinkedIn", true),
    ADDRESS("Address", true),
    ALL_SKILLS("All skills", false),
    YEARS_OF_EXPERIENCE("Years of experience", false),
    SOURCE("Source", false),
    LAWFUL_BASIS("Lawful basis", false),
    CONSENT_EXPIRES_ON("Consent expires", false),
    CREATED("Created", false);

    private final String header;
    private final boolean contactDetail;

    CandidateExportField(String header, boolean contactDetail) {
        this.header = header;
        this.contactDetail = contactDetail;
    }

    /** The column's header in the file, and its label where the member chooses it. */
    public String header() {
        return header;
    }

    /** Whether the column holds contact details, which only some members may export. */
    public boolean contactDetail() {
        return contactDetail;
    }
}
