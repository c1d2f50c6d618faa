package dev.wecruit.platform.spreadsheets;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams a table, a header row then data rows, to CSV or XLSX. Cells may be text, numbers, {@link LocalDate}s,
 * {@link LocalDateTime}s (write instants in the reader's zone first), booleans or {@code null} for an empty cell;
 * anything else is written as its {@code toString()}. Text is {@linkplain CellText#neutralise neutralised}.
 *
 * <p>The writer does not close the stream it was given, so a caller can write into a ZIP entry or a response.
 * Close the writer (try-with-resources) to flush the file; an XLSX is only complete once closed.
 */
public abstract sealed class SheetWriter implements AutoCloseable {

    /** Rows an XLSX keeps in memory before they go to the temporary file. */
    static final int ROWS_IN_MEMORY = 200;

    private int rows;

    /** Opens a writer of the given format whose first row is the header. */
    public static SheetWriter open(SheetFormat format, OutputStream out, String sheetName, List<String> header) {
        SheetWriter writer = switch (format) {
            case CSV -> new Csv(out);
            case XLSX -> new Xlsx(out, sheetName);
        };
        writer.writeHeader(header);
        return writer;
    }

    /** Writes one data row. */
    public final void row(List<?> cells) {
        if (format() == SheetFormat.XLSX && rows + 1 >= SpreadsheetVersion.EXCEL2007.getMaxRows()) {
            throw new TooManyRowsException(SpreadsheetVersion.EXCEL2007.getMaxRows() - 1);
        }
        rows++;
        writeRow(cells);
    }

    /** How many data rows were written so far. */
    public final int rowCount() {
        return rows;
    }

    public abstract SheetFormat format();

    abstract void writeHeader(List<String> header);

    abstract void writeRow(List<?> cells);

    @Override
    public abstract void close();

    /** More rows than an XLSX sheet holds: the caller should offer CSV. */
    public static final class TooManyRowsException extends IllegalStateException {
        TooManyRowsException(int limit) {
            super("An XLSX sheet holds at most " + limit + " rows; export to CSV instead.");
        }
    }

    private static final class Csv extends SheetWriter {

        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        private final CSVPrinter printer;

        Csv(OutputStream out) {
            try {
                // a byte-order mark makes Excel read the file as UTF-8 (names with accents stay readable)
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(
                        new NonClosingOutputStream(out), StandardCharsets.UTF_8));
                printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public SheetFormat format() {
            return SheetFormat.CSV;
        }

        @Override
        void writeHeader(List<String> header) {
            writeRow(header);
        }

        @Override
        void writeRow(List<?> cells) {
            List<String> texts = new ArrayList<>(cells.size());
            for (Object cell : cells) {
                texts.add(switch (cell) {
                    case null -> "";
                    case String text -> CellText.neutralise(text);
                    case BigDecimal number -> number.toPlainString();
                    case Number number -> number.toString();
                    case Boolean yes -> yes ? "Yes" : "No";
                    case LocalDate date -> date.toString();
                    case LocalDateTime time -> time.format(DATE_TIME);
                    default -> CellText.neutralise(cell.toString());
                });
            }
            try {
                printer.printRecord(texts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                printer.close(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Xlsx extends SheetWriter {

        private final OutputStream out;
        private final SXSSFWorkbook workbook;
        private final SXSSFSheet sheet;
        private final CellStyle dateStyle;
        private final CellStyle dateTimeStyle;
        private int nextRow;

        Xlsx(OutputStream out, String sheetName) {
            this.out = out;
            this.workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
            workbook.setCompressTempFiles(true);
            this.sheet = workbook.createSheet(sheetName(sheetName));
            this.dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            this.dateTimeStyle = workbook.createCellStyle();
            dateTimeStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        }

        /** Excel's rules for a sheet's name: at most 31 characters, none of : \ / ? * [ ]. */
        private static String sheetName(String name) {
            String safe = name == null ? "" : name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
            if (safe.isEmpty()) {
                return "Sheet1";
            }
            return safe.length() > 31 ? safe.substring(0, 31) : safe;
        }

        @Override
        public SheetFormat format() {
            return SheetFormat.XLSX;
        }

        @Override
        void writeHeader(List<String> header) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row row = sheet.createRow(nextRow++);
            for (int i = 0; i < header.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(CellText.neutralise(header.get(i)));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, Math.min(60, Math.max(12, header.get(i).length() + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        @Override
        void writeRow(List<?> cells) {
            Row row = sheet.createRow(nextRow++);
            for (int i = 0; i < cells.size(); i++) {
                Object value = cells.get(i);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                switch (value) {
                    case String text -> cell.setCellValue(CellText.neutralise(text));
                    case Number number -> cell.setCellValue(number.doubleValue());
                    case Boolean yes -> cell.setCellValue(yes);
                    case LocalDate date -> {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    }
                    case LocalDateTime time -> {
                        cell.setCellValue(time);
                        cell.setCellStyle(dateTimeStyle);
                    }
                    default -> cell.setCellValue(CellText.neutralise(value.toString()));
                }
            }
        }

        @Override
        public void close() {
            try {
                workbook.write(new NonClosingOutputStream(out));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    workbook.close();
                } catch (IOException ignored) {
                    // closing only releases the temporary file, which dispose() below removes anyway
                }
                workbook.dispose();
            }
        }
    }

    /** Lets POI and Commons CSV close what they wrap without closing the caller's stream. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {

        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
