package dev.wecruit.candidates;

/** How someone came to see a candidate's contact details: what the access log counts separately. */
public enum AccessChannel {
    /** The candidate's page, which shows them. */
    PAGE_VIEW("Candidate page"),
    /** One of their files (a CV carries them), downloaded by a member. */
    DOWNLOAD("File downloaded"),
    /** An export that holds them: a subject-access export, a list exported to a spreadsheet. */
    EXPORT("Export"),
    /** Read through the API: their contact field or a file, by an API key or a member's token. */
    API_READ("API read");

    private final String label;

    AccessChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
