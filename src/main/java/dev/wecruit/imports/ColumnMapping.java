package dev.wecruit.imports;

import java.util.List;

/**
 * Which field each column of a file goes to, in the columns' order.
 *
 * @param separator what splits a multi-valued cell (skills, tags): a character such as {@code ,} {@code ;} {@code |}
 * @param layout the known layout the columns were recognised as ("LinkedIn connections export"), or null
 */
public record ColumnMapping(List<ImportField> fields, String separator, String layout) {

    public static final String DEFAULT_SEPARATOR = ",";

    public ColumnMapping {
        fields = List.copyOf(fields);
        separator = separator == null || separator.isEmpty() ? DEFAULT_SEPARATOR : separator;
    }

    public ImportField field(int column) {
        return column < fields.size() ? fields.get(column) : ImportField.SKIP;
    }

    public ColumnMapping withField(int column, ImportField field) {
        var changed = new java.util.ArrayList<>(fields);
        while (changed.size() <= column) {
            changed.add(ImportField.SKIP);
        }
        changed.set(column, field);
        return new ColumnMapping(changed, separator, layout);
    }

    public ColumnMapping withSeparator(String separator) {
        return new ColumnMapping(fields, separator, layout);
    }
}
