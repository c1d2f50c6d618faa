package dev.wecruit.imports.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limits of imports ({@code wecruit.imports.*}): what file is read at all, and how long an import can be undone.
 *
 * @param maxFileSize the largest file read
 * @param maxRows the most data rows of a sheet
 * @param maxColumns the most columns of a sheet
 * @param maxCellLength the most characters of one cell
 * @param maxUnpackedSize the most bytes one part of an XLSX may unpack to (a zip bomb unpacks to far more)
 * @param undoPeriod how long after an import "Undo import" is offered
 */
@ConfigurationProperties("wecruit.imports")
public record ImportProperties(
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("50000") int maxRows,
        @DefaultValue("100") int maxColumns,
        @DefaultValue("10000") int maxCellLength,
        @DefaultValue("200MB") DataSize maxUnpackedSize,
        @DefaultValue("30d") Duration undoPeriod) {

    public ImportProperties {
        if (maxFileSize.toBytes() < 1 || maxRows < 1 || maxColumns < 1 || maxCellLength < 1) {
            throw new IllegalArgumentException("wecruit.imports limits must be at least 1");
        }
        if (undoPeriod.isNegative()) {
            throw new IllegalArgumentException("wecruit.imports.undo-period cannot be negative");
        }
    }

    /** The defaults, for plain tests and benchmarks. */
    public static ImportProperties defaults() {
        return new ImportProperties(DataSize.ofMegabytes(20), 50_000, 100, 10_000, DataSize.ofMegabytes(200),
                Duration.ofDays(30));
    }
}
