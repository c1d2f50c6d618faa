package dev.wecruit.duplicates;

/**
 * A field of a candidate whose surviving value is chosen when two are merged, in the order the merge view shows them.
 * Consent is one choice (lawful basis, the day, how, the note and the expiry belong together), and so are lists
 * (all emails, all skills): a merge never mixes half of one candidate's list with half of the other's.
 */
public enum MergeField {
    FIRST_NAME("First name"),
    LAST_NAME("Last name"),
    EMAILS("Emails"),
    PHONES("Phones"),
    ADDRESS("Address"),
    LINKEDIN_URL("LinkedIn"),
    LOCATION("Location"),
    CURRENT_TITLE("Current title"),
    CURRENT_COMPANY("Current company"),
    SKILLS("Skills"),
    YEARS_OF_EXPERIENCE("Years of experience"),
    WORK_HISTORY("Work history"),
    EDUCATION("Education"),
    SOURCE("Source"),
    OWNER("Owner"),
    TAGS("Tags"),
    CONSENT("Consent");

    private final String label;

    MergeField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
