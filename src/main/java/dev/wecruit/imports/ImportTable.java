package dev.wecruit.imports;

import dev.wecruit.platform.spreadsheets.SheetFormat;
import java.util.List;

/**
 * A sheet of an uploaded file, read whole: its header row and its data rows, every row as wide as the header (blank
 * rows left out).
 *
 * @param sheets the workbook's sheets in order (one unnamed sheet for a CSV)
 * @param sheet the sheet read
 * @param rowNumbers each data row's line in the file, from 1 for the header, so messages name the line a user sees
 */
public record ImportTable(String fileName, SheetFormat format, List<String> sheets, String sheet,
        List<String> headers, List<List<String>> rows, List<Integer> rowNumbers) {

    public ImportTable {
        sheets = List.copyOf(sheets);
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        rowNumbers = List.copyOf(rowNumbers);
    }

    public int size() {
        return rows.size();
    }
}
