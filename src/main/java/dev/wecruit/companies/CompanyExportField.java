package dev.wecruit.companies;

/**
 * The columns a company list export can add to those the list shows (Name, Status, Industry, Location, Owner).
 * Contacts' names make the export personal data (audited); their emails and phones are contact details, left out of
 * the exports of members who may not export them ({@link dev.wecruit.tenancy.OrganizationService#mayExportContacts}).
 */
public enum CompanyExportField {
    WEBSITE("Website", false, false),
    UPDATED("Updated", false, false),
    CONTACTS("Contacts", true, false),
    CONTACT_DETAILS("Contact details", true, true);

    private final String header;
    private final boolean personalData;
    private final boolean contactDetail;

    CompanyExportField(String header, boolean personalData, boolean contactDetail) {
        this.header = header;
        this.personalData = personalData;
        this.contactDetail = contactDetail;
    }

    public String header() {
        return header;
    }

    /** Whether the column names people. */
    public boolean personalData() {
        return personalData;
    }

    /** Whether the column holds contact details, which only some members may export. */
    public boolean contactDetail() {
        return contactDetail;
    }
}
