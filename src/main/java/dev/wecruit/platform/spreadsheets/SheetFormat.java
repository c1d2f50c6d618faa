package dev.wecruit.platform.spreadsheets;

import java.util.Locale;

/** The two formats a table is written in, with what a download needs to name and type the file. */
public enum SheetFormat {

    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    SheetFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** A file name for a download: the base name made safe for every operating system, with this format's extension. */
    public String fileName(String baseName) {
        String safe = baseName.strip().replaceAll("[^\\p{L}\\p{N}._]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        return (safe.isEmpty() ? "export" : safe.toLowerCase(Locale.ROOT)) + "." + extension;
    }
}
