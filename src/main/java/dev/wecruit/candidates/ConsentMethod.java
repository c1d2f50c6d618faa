package dev.wecruit.candidates;

/**
 * How the candidate gave their consent: what a recruiter would show a regulator to prove it (GDPR article 7(1): the
 * firm must be able to demonstrate consent).
 */
public enum ConsentMethod {
    EMAIL_REPLY("Email reply"),
    WEB_FORM("Web form"),
    SIGNED_FORM("Signed form"),
    VERBAL_RECORDED("Verbal (recorded)"),
    IMPORTED("Imported with the record"),
    OTHER("Other (see the note)");

    private final String label;

    ConsentMethod(String label) {
        this.label = label;
    }

    /** What the recruiter reads: "Email reply". */
    public String label() {
        return label;
    }
}
