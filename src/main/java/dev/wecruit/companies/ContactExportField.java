package dev.wecruit.companies;

/**
 * The columns a contact list export can add to those it always has (Name, Title, Company, Company status). Every
 * contact export names people, so each is in the audit log; these are contact details, left out of the exports of
 * members who may not export them ({@link dev.wecruit.tenancy.OrganizationService#mayExportContacts}).
 */
public enum ContactExportField {
    EMAIL("Email"),
    PHONE("Phone"),
    LINKEDIN("LinkedIn");

    private final String header;

    ContactExportField(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }
}
