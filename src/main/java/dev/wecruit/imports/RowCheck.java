package dev.wecruit.imports;

import java.util.Map;
import java.util.UUID;

/**
 * What an import would do with one row of a file, and why.
 *
 * @param index the row's place among the data rows, from 0
 * @param line the row's line in the file (the header is line 1)
 * @param reason why the row is skipped (its messages), or which candidate it updates; null for a plain create
 * @param cellErrors each invalid cell's message, by column
 * @param existing the candidate the row would update; null otherwise
 */
public record RowCheck(int index, int line, Outcome outcome, String reason, Map<Integer, String> cellErrors,
        UUID existing) {

    public RowCheck {
        cellErrors = Map.copyOf(cellErrors);
    }

    public enum Outcome {
        CREATE("To create"),
        UPDATE("To update"),
        DUPLICATE("Duplicate"),
        INVALID("Invalid");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean writes() {
            return this == CREATE || this == UPDATE;
        }
    }
}
