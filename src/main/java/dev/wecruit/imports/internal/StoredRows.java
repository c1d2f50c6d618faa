package dev.wecruit.imports.internal;

import java.util.List;

/** An import's rows as kept in its batch (sealed JSON): the header, the data rows and each row's line in the file. */
public record StoredRows(List<String> headers, List<List<String>> rows, List<Integer> lines) {
}
