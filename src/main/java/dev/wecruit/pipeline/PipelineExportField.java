package dev.wecruit.pipeline;

/**
 * The columns a job's pipeline export can add to those it always has (Candidate, Stage, Position, In stage since,
 * Days in stage, Rejection reason). Email and phone are contact details, left out of the exports of members who may
 * not export them ({@link dev.wecruit.tenancy.OrganizationService#mayExportContacts}).
 */
public enum PipelineExportField {
    TITLE("Current title", false),
    COMPANY("Current company", false),
    LOCATION("Location", false),
    EMAIL("Email", true),
    PHONE("Phone", true);

    private final String header;
    private final boolean contactDetail;

    PipelineExportField(String header, boolean contactDetail) {
        this.header = header;
        this.contactDetail = contactDetail;
    }

    public String header() {
        return header;
    }

    /** Whether the column holds contact details, which only some members may export. */
    public boolean contactDetail() {
        return contactDetail;
    }
}
