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

    /**
     * The workbook with its first sheet's XML changed: {@code change} gets the sheet's XML and gives the new one
     * (a dimension that claims more rows, a row placed beyond the sheet's end).
     */
    public static byte[] withSheetXml(byte[] workbook, java.util.function.UnaryOperator<String> change) {
        var out = new ByteArrayOutputStream();
        try (var in = org.apache.commons.compress.archivers.zip.ZipFile.builder().setSeekableByteChannel(
                new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(workbook)).get();
                var zip = new ZipOutputStream(out)) {
            for (var entry : java.util.Collections.list(in.getEntries())) {
                byte[] content;
                try (var data = in.getInputStream(entry)) {
                    content = data.readAllBytes();
                }
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    content = change.apply(new String(content, java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
