package dev.wecruit.imports;

/** What the rows of a file are: candidates, companies with their contacts (one row per contact), or jobs. */
public enum ImportKind {
    CANDIDATES("Candidates"),
    COMPANIES("Companies with contacts"),
    JOBS("Jobs");

    private final String label;

    ImportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
