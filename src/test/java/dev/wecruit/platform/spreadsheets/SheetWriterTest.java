package dev.wecruit.platform.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetWriterTest {

    private static final List<String> HEADER = List.of("Name", "Phone", "Note", "Salary", "Since");

    @Test
    void anXlsxReadBackByPoiGivesTheRowsWrittenWithTypedCells() throws IOException {
        byte[] file = write(SheetFormat.XLSX, List.of(
                Arrays.asList("Ada Lovelace", "+44 20 7946 0958", "Knows Sage", new BigDecimal("52000.50"),
                        LocalDate.of(2026, 3, 1)),
                Arrays.asList("Zoë Ärnström", null, "", 0, null)));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheet("Candidates");
            assertThat(texts(sheet.getRow(0))).containsExactlyElementsOf(HEADER);
            assertThat(texts(sheet.getRow(1)))
                    .containsExactly("Ada Lovelace", "+44 20 7946 0958", "Knows Sage", "52000.5", "2026-03-01");
            assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(4).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Zoë Ärnström");
            assertThat(sheet.getRow(2).getCell(1)).isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void formulaLikeTextIsWrittenAsTextThatNoSpreadsheetEvaluates() throws IOException {
        List<List<?>> rows = List.of(
                List.of("=HYPERLINK(\"http://evil.example\",\"Click\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
                        "@SUM(A1:A9)", "\t=1+1"));
        byte[] xlsx = write(SheetFormat.XLSX, rows);
        byte[] csv = write(SheetFormat.CSV, rows);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            for (int i = 0; i < 5; i++) {
                assertThat(row.getCell(i).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(i).getStringCellValue()).startsWith("'");
            }
        }
        CSVRecord record = csvRecords(csv).get(1);
        assertThat(record.toList()).allSatisfy(cell -> assertThat(cell).startsWith("'"));
        assertThat(record.get(0)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Click\")");
    }

    @Test
    void phoneNumbersAndNegativeAmountsAreLeftAsTheyAre() {
        assertThat(CellText.neutralise("+44 (0)20 7946-0958")).isEqualTo("+44 (0)20 7946-0958");
        assertThat(CellText.neutralise("-120.50")).isEqualTo("-120.50");
        assertThat(CellText.neutralise("-1+1")).isEqualTo("'-1+1");
        assertThat(CellText.neutralise("+")).isEqualTo("'+");
        assertThat(CellText.neutralise("Plain text = fine")).isEqualTo("Plain text = fine");
    }

    @Test
    void aCsvIsUtf8WithAByteOrderMarkAndQuotesWhatNeedsQuoting() throws IOException {
        byte[] csv = write(SheetFormat.CSV, List.of(
                Arrays.asList("Smith, Jo", "07700 900123", "Said \"yes\"\non two lines", new BigDecimal("1E+3"),
                        LocalDate.of(2026, 1, 31))));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = csvRecords(csv);
        assertThat(records.get(0).toList()).containsExactlyElementsOf(HEADER);
        assertThat(records.get(1).toList())
                .containsExactly("Smith, Jo", "07700 900123", "Said \"yes\"\non two lines", "1000", "2026-01-31");
    }

    @Test
    void aCellLongerThanExcelHoldsIsCutWithAMark() {
        String text = CellText.neutralise("x".repeat(40_000));

        assertThat(text).hasSize(CellText.MAX_CELL_LENGTH).endsWith("[cut]");
    }

    @Test
    void theWriterLeavesTheCallersStreamOpen() {
        ClosingWatch out = new ClosingWatch();
        try (SheetWriter writer = SheetWriter.open(SheetFormat.XLSX, out, "x", List.of("A"))) {
            writer.row(List.of("a"));
        }
        assertThat(out.closed).isFalse();
        assertThat(out.size()).isPositive();
    }

    @Test
    void aFileNameIsSafeOnEveryOperatingSystem() {
        assertThat(SheetFormat.XLSX.fileName("Candidates: Leeds / payroll")).isEqualTo("candidates-leeds-payroll.xlsx");
        assertThat(SheetFormat.CSV.fileName("  ")).isEqualTo("export.csv");
    }

    private static byte[] write(SheetFormat format, List<List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter writer = SheetWriter.open(format, out, "Candidates", HEADER)) {
            rows.forEach(writer::row);
            assertThat(writer.rowCount()).isEqualTo(rows.size());
        }
        return out.toByteArray();
    }

    private static List<CSVRecord> csvRecords(byte[] csv) throws IOException {
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getCellType() == CellType.NUMERIC && !isDate(cell)
                ? new BigDecimal(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                : formatter.formatCellValue(cell)));
        return texts;
    }

    private static boolean isDate(org.apache.poi.ss.usermodel.Cell cell) {
        return org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell);
    }

    private static final class ClosingWatch extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
