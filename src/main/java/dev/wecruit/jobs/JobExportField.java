package dev.wecruit.jobs;

/**
 * The columns a job list export can add to those the list shows (Title, Company, Status, Owner, Location, Opened).
 * The hiring manager is a contact by name, so it makes the export personal data (audited); no job column holds
 * contact details.
 */
public enum JobExportField {
    SENIORITY("Seniority", false),
    REMOTE("Remote", false),
    SALARY("Salary", false),
    FEE("Fee", false),
    MUST_HAVE("Must-have skills", false),
    CLOSED("Closed", false),
    HIRING_MANAGER("Hiring manager", true),
    UPDATED("Updated", false);

    private final String header;
    private final boolean personalData;

    JobExportField(String header, boolean personalData) {
        this.header = header;
        this.personalData = personalData;
    }

    public String header() {
        return header;
    }

    /** Whether the column names people. */
    public boolean personalData() {
        return personalData;
    }
}
