package dev.wecruit.imports;

/** What a column of an imported file holds: a field of the candidate, or nothing to import. */
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
    SOURCE("Source", false);

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
        return this == SKILLS || this == TAGS;
    }
}
