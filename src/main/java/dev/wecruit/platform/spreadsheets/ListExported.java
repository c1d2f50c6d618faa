package dev.wecruit.platform.spreadsheets;

import java.util.List;

/**
 * Published by a feature inside the transaction in which it exported one of its lists, once every row was written:
 * the audit log records exports that hold personal data there (decision 0032), so a feature need not depend on the
 * audit module, and an export that fails half-way leaves no entry claiming it was made.
 *
 * @param list what was exported, as people read it ("Candidates", "Companies")
 * @param format the file's format
 * @param rows how many data rows the file holds
 * @param columns the file's header, columns shown and extras
 * @param personalData whether the rows name people or hold their contact details
 */
public record ListExported(String list, SheetFormat format, int rows, List<String> columns, boolean personalData) {

    public ListExported {
        columns = List.copyOf(columns);
    }
}
