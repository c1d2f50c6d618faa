package dev.wecruit.imports;

import java.util.Map;
import java.util.UUID;

/**
 * A mapping the firm saved: for each header, the field its column goes to; applied to any file with those headers.
 */
public record ImportTemplate(UUID id, String name, String separator, Map<String, ImportField> columns) {

    public ImportTemplate {
        columns = Map.copyOf(columns);
    }
}
