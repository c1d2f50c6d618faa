package dev.wecruit.imports.internal;

import dev.wecruit.imports.ColumnMapping;
import dev.wecruit.imports.ImportKind;
import dev.wecruit.imports.RowCheck;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One kind of import other than candidates (companies with contacts, jobs), checked with its feature's own rules and
 * written through its feature's service, so {@code ImportService} runs every kind through one pipeline.
 */
public interface RecordImport {

    ImportKind kind();

    /** Why the mapping cannot import this kind ("Map a column to Company name"), or null when it can. */
    String mappingProblem(ColumnMapping mapping);

    /** Every row's check, in order, as a dry run reports it and as the import will act; writes nothing. */
    List<RowCheck> check(List<List<String>> rows, List<Integer> lines, ColumnMapping mapping);

    /**
     * Writes the rows (their places from 0), each checked again against the firm as it is now.
     *
     * @param touched the records this import created or updated already (an earlier chunk): used, never changed
     */
    Written write(Map<Integer, List<String>> rows, ColumnMapping mapping, Set<UUID> touched);

    /** Undoes one change: removes what it created, restores what it updated, unless changed since. */
    Undone undo(ImportChanges.Change change);

    record Written(List<ImportRecords.Entry> entries, List<ImportChanges.Change> changes) {
    }

    /**
     * @param record how the record is named in the list of those left as they are ("contact Ada Lovelace")
     */
    record Undone(Result result, String record) {

        public enum Result {
            REMOVED, RESTORED, KEPT, GONE
        }
    }
}
