package dev.wecruit.imports;

import dev.wecruit.platform.spreadsheets.SheetFormat;
import dev.wecruit.platform.spreadsheets.SheetWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Spreadsheet files for import tests: CSV text in any encoding, real XLSX workbooks, and a zip bomb. */
public final class TestSheets {

    private TestSheets() {
    }

    /** Lines joined by CRLF, as Excel writes them, in the charset given. */
    public static byte[] csv(Charset charset, String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }

    public static byte[] withPrefix(byte[] prefix, byte[] content) {
        byte[] joined = new byte[prefix.length + content.length];
        System.arraycopy(prefix, 0, joined, 0, prefix.length);
        System.arraycopy(content, 0, joined, prefix.length, content.length);
        return joined;
    }

    /** A workbook of one sheet named {@code sheet}, the first row the header. */
    public static byte[] xlsx(String sheet, List<String> header, List<List<?>> rows) {
        var out = new ByteArrayOutputStream();
        try (SheetWriter writer = SheetWriter.open(SheetFormat.XLSX, out, sheet, header)) {
            rows.forEach(writer::row);
        }
        return out.toByteArray();
    }

    /** A file that looks like a workbook and unpacks one part to {@code megabytes} of zeros. */
    public static byte[] zipBomb(int megabytes) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
