package dev.wecruit.imports;

/** What an import does with rows that fail the checks. */
public enum ImportMode {
    /** Import the valid rows; each invalid one is skipped with its reason. */
    SKIP_INVALID("Import valid rows, skip the rest"),
    /** One invalid row and nothing is written. */
    ALL_OR_NOTHING("All or nothing");

    private final String label;

    ImportMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
