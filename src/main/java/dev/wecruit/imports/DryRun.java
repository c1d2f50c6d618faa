package dev.wecruit.imports;

import java.util.List;

/** What an import of a file would do, row by row, written nowhere. */
public record DryRun(List<RowCheck> rows) {

    public DryRun {
        rows = List.copyOf(rows);
    }

    public long count(RowCheck.Outcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }

    public long toCreate() {
        return count(RowCheck.Outcome.CREATE);
    }

    public long toUpdate() {
        return count(RowCheck.Outcome.UPDATE);
    }

    public long duplicates() {
        return count(RowCheck.Outcome.DUPLICATE);
    }

    public long invalid() {
        return count(RowCheck.Outcome.INVALID);
    }

    /** The rows an import would skip, each with its reason. */
    public List<RowCheck> problems() {
        return rows.stream().filter(row -> !row.outcome().writes()).toList();
    }
}
