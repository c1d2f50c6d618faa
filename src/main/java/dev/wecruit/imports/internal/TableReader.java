package dev.wecruit.imports.internal;

import dev.wecruit.imports.ImportTable;
import dev.wecruit.platform.documents.ReadLimits;
import dev.wecruit.platform.spreadsheets.SheetFormat;
import dev.wecruit.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded sheet whole, or refuses it with one sentence ({@link InvalidInputException} on {@code file}):
 * XLSX through POI's streaming (SAX) reader, CSV through Commons CSV with its encoding (UTF-8 with or without a
 * byte-order mark, UTF-16 with one, otherwise Windows-1252) and separator ({@code , ; tab |}) found from the file.
 *
 * <p>POI's zip-bomb guard ({@code ZipSecureFile}) is global and {@code platform.documents.DocumentReader} sets its
 * backstop; this reader checks its own limits on the archive before POI opens it, with the same {@link ReadLimits}
 * rules (entries, unpacked size of a part, inflation ratio), so it never changes the global settings.
 */
public final class TableReader {

    private static final char[] SEPARATORS = {',', ';', '\t', '|'};
    /** The rows an Excel sheet can hold, the header's included: 2^20. */
    static final int SHEET_ROWS = 1_048_576;
    private static final Pattern DIMENSION = Pattern.compile(
            "<(?:\\w+:)?dimension\\s+ref=\"(?:[A-Z]{1,3}\\d+:)?[A-Z]{1,3}(\\d{1,10})\"");
    private static final int LINES_FOR_SEPARATOR = 10;
    // POI's own grace: small parts compress oddly well without being bombs
    private static final long INFLATE_RATIO_GRACE_BYTES = 1024 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final ImportProperties limits;
    private final ReadLimits archiveLimits;

    public TableReader(ImportProperties limits) {
        this.limits = limits;
        this.archiveLimits = new ReadLimits(1, limits.maxUnpackedSize().toBytes(), 1000, 0.01);
    }

    /** The sheets of the file, in order: an XLSX's names, or one unnamed sheet for a CSV. */
    public List<String> sheets(String fileName, byte[] content) {
        return read(fileName, content, null, true).sheets();
    }

    /**
     * @param sheet the XLSX sheet to read; null for the first (ignored for a CSV)
     * @throws InvalidInputException on {@code file} when the file is refused, with why
     */
    public ImportTable read(String fileName, byte[] content, String sheet) {
        return read(fileName, content, sheet, false);
    }

    private ImportTable read(String fileName, byte[] content, String sheet, boolean sheetsOnly) {
        if (content.length == 0) {
            throw refused("The file is empty");
        }
        if (content.length > limits.maxFileSize().toBytes()) {
            throw refused("The file is larger than " + limits.maxFileSize().toMegabytes() + " MB");
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return readXlsx(fileName, content, sheet, sheetsOnly);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw refused("This is an old Excel file (.xls): save it as .xlsx or .csv and upload that");
        }
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            throw refused("This file is not a valid Excel workbook");
        }
        if (looksBinary(content)) {
            throw refused("This file is neither a spreadsheet (.xlsx) nor a text file (.csv)");
        }
        return readCsv(fileName, content);
    }

    // ---- CSV

    private ImportTable readCsv(String fileName, byte[] content) {
        String text = decode(content);
        char separator = separatorOf(text);
        var rows = new ArrayList<List<String>>();
        var numbers = new ArrayList<Integer>();
        // the header, the cap's rows and one more: Commons CSV stops there without a word, so reaching it refuses
        long maxRecords = limits.maxRows() + 2L;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
                .setMaxRows(maxRecords).get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.builder().setReader(reader)
                .setFormat(format).get()) {
            long records = 0;
            for (CSVRecord record : parser) {
                records++;
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                add(rows, numbers, cells, (int) record.getRecordNumber());
            }
            if (records >= maxRecords) {
                throw tooManyRows();
            }
        } catch (TooBig tooBig) {
            throw refused(tooBig.getMessage());
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            throw refused("The CSV file is malformed (" + firstLine(e.getMessage())
                    + "): check its quotes, then upload it again");
        }
        return table(fileName, SheetFormat.CSV, List.of("CSV"), "CSV", rows, numbers);
    }

    static String decode(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            // what Excel on Windows writes for "CSV": the ANSI code page
            return new String(content, WINDOWS_1252);
        }
    }

    /** The separator each of the first lines holds equally often (outside quotes), the most often; else a comma. */
    static char separatorOf(String text) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).limit(LINES_FOR_SEPARATOR).toList();
        char best = ',';
        int bestCount = 0;
        boolean bestConsistent = false;
        for (char candidate : SEPARATORS) {
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (String line : lines) {
                int count = countOutsideQuotes(line, candidate);
                min = Math.min(min, count);
                max = Math.max(max, count);
            }
            if (lines.isEmpty() || max == 0) {
                continue;
            }
            boolean consistent = min == max;
            if ((consistent && !bestConsistent) || (consistent == bestConsistent && min > bestCount)) {
                best = candidate;
                bestCount = min;
                bestConsistent = consistent;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char separator) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static boolean looksBinary(byte[] content) {
        int nuls = 0;
        int checked = Math.min(content.length, 4096);
        boolean utf16 = startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF);
        for (int i = 0; i < checked && !utf16; i++) {
            if (content[i] == 0) {
                nuls++;
            }
        }
        return nuls > 0;
    }

    // ---- XLSX

    private ImportTable readXlsx(String fileName, byte[] content, String sheet, boolean sheetsOnly) {
        checkArchive(content);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            var iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            byte[] chosen = null;
            String chosenName = null;
            while (iterator.hasNext()) {
                try (InputStream sheetData = iterator.next()) {
                    String name = iterator.getSheetName();
                    names.add(name);
                    if (!sheetsOnly && chosen == null && (sheet == null || sheet.equals(name))) {
                        chosen = sheetData.readAllBytes();
                        chosenName = name;
                    }
                }
            }
            if (names.isEmpty()) {
                throw refused("The workbook has no sheets");
            }
            if (sheetsOnly) {
                return new ImportTable(fileName, SheetFormat.XLSX, names, names.getFirst(), List.of(), List.of(),
                        List.of());
            }
            if (chosen == null) {
                throw refused("The workbook has no sheet called \"" + sheet + "\"");
            }
            checkDimension(chosenName, chosen);
            var collector = new SheetCollector();
            XMLReader parser = SAXHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(pkg), collector, new DataFormatter(Locale.UK), false));
            try {
                parser.parse(new InputSource(new ByteArrayInputStream(chosen)));
            } catch (TooBig tooBig) {
                throw refused(tooBig.getMessage());
            }
            return table(fileName, SheetFormat.XLSX, names, chosenName, collector.rows, collector.numbers);
        } catch (InvalidInputException e) {
            throw e;
        } catch (TooBig e) {
            throw refused(e.getMessage());
        } catch (Exception e) {
            if (isZipBomb(e)) {
                throw refused("This file unpacks to far more than it holds (a zip bomb): it was not read");
            }
            throw refused("This Excel workbook is damaged or not a workbook (" + firstLine(e.getMessage()) + ")");
        }
    }

    /**
     * The archive's entries, unpacked and counted before POI opens it: a zip bomb is refused here. The sizes are
     * counted from what actually unpacks, not taken from the archive's headers, which a bomb can fake.
     */
    private void checkArchive(byte[] content) {
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                if (++entries > archiveLimits.maxDocxEntries()) {
                    throw refused("This workbook has more than " + archiveLimits.maxDocxEntries() + " parts");
                }
                long unpacked = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        unpacked += read;
                        if (unpacked > archiveLimits.maxDocxEntryBytes()) {
                            throw bomb();
                        }
                    }
                }
                long packed = entry.getCompressedSize();
                if (unpacked > INFLATE_RATIO_GRACE_BYTES && packed >= 0
                        && (double) packed / unpacked < archiveLimits.minInflateRatio()) {
                    throw bomb();
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refusal) {
                throw refusal;
            }
            throw refused("This Excel workbook is damaged (" + firstLine(e.getMessage()) + ")");
        }
        if (entries == 0) {
            throw refused("This Excel workbook is damaged or empty");
        }
    }

    /**
     * Refuses a sheet up front when its declared dimension ({@code <dimension ref="A1:F60001"/>}, written before
     * the rows) holds more rows than a sheet can, or than the cap allows; a sheet without one is counted as it
     * streams, and the read stops at the cap.
     */
    private void checkDimension(String sheet, byte[] sheetXml) {
        String head = new String(sheetXml, 0, Math.min(sheetXml.length, 4096), StandardCharsets.UTF_8);
        Matcher dimension = DIMENSION.matcher(head);
        if (!dimension.find()) {
            return;
        }
        long lastRow = Long.parseLong(dimension.group(1));
        if (lastRow > SHEET_ROWS) {
            throw refused(String.format(Locale.UK, "The sheet \"%s\" claims %,d rows, more than an Excel sheet can"
                    + " hold (%,d): the file is damaged", sheet, lastRow, SHEET_ROWS));
        }
        if (lastRow - 1 > limits.maxRows()) {
            throw refused(String.format(Locale.UK, "The sheet \"%s\" has %,d rows; at most %,d are imported at once:"
                    + " split it into smaller files", sheet, lastRow - 1, limits.maxRows()));
        }
    }

    private InvalidInputException tooManyRows() {
        return refused(tooManyRowsMessage());
    }

    private String tooManyRowsMessage() {
        return "The file has more than " + String.format(Locale.UK, "%,d", limits.maxRows())
                + " rows: split it into smaller files";
    }

    private static InvalidInputException bomb() {
        return refused("This file unpacks to far more than it holds (a zip bomb): it was not read");
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private final class SheetCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        final List<List<String>> rows = new ArrayList<>();
        final List<Integer> numbers = new ArrayList<>();
        private List<String> current;

        @Override
        public void startRow(int rowNum) {
            if (rowNum >= SHEET_ROWS) {
                throw new TooBig(String.format(Locale.UK, "The sheet has a row beyond row %,d, more than an Excel"
                        + " sheet can hold: the file is damaged", SHEET_ROWS));
            }
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            add(rows, numbers, current, rowNum + 1);
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? current.size() : new CellReference(cellReference).getCol();
            if (column >= limits.maxColumns()) {
                throw new TooBig("The sheet has more than " + limits.maxColumns() + " columns");
            }
            while (current.size() < column) {
                current.add("");
            }
            current.add(formattedValue == null ? "" : formattedValue);
        }
    }

    // ---- both

    private void add(List<List<String>> rows, List<Integer> numbers, List<String> cells, int line) {
        if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
            return;
        }
        if (rows.size() > limits.maxRows()) {
            throw new TooBig(tooManyRowsMessage());
        }
        if (cells.size() > limits.maxColumns()) {
            throw new TooBig("The file has more than " + limits.maxColumns() + " columns");
        }
        for (String cell : cells) {
            if (cell != null && cell.length() > limits.maxCellLength()) {
                throw new TooBig("Line " + line + " has a cell longer than "
                        + String.format(Locale.UK, "%,d", limits.maxCellLength()) + " characters");
            }
        }
        rows.add(cells);
        numbers.add(line);
    }

    private static ImportTable table(String fileName, SheetFormat format, List<String> sheets, String sheet,
            List<List<String>> rows, List<Integer> numbers) {
        if (rows.isEmpty()) {
            throw refused("The file has no rows");
        }
        List<String> headers = new ArrayList<>(rows.getFirst().stream().map(cell -> cell == null ? "" : cell.strip())
                .toList());
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < width; i++) {
            if (i >= headers.size()) {
                headers.add("");
            }
            if (headers.get(i).isEmpty()) {
                headers.set(i, "Column " + (i + 1));
            }
        }
        List<List<String>> data = new ArrayList<>(rows.size() - 1);
        for (List<String> row : rows.subList(1, rows.size())) {
            String[] cells = new String[width];
            Arrays.fill(cells, "");
            for (int i = 0; i < row.size(); i++) {
                cells[i] = row.get(i) == null ? "" : row.get(i).strip();
            }
            data.add(Arrays.asList(cells));
        }
        if (data.isEmpty()) {
            throw refused("The file has a header row but no data rows");
        }
        return new ImportTable(fileName, format, sheets, sheet, headers, data, numbers.subList(1, numbers.size()));
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    private static InvalidInputException refused(String message) {
        return InvalidInputException.of("file", message);
    }

    /** A cap reached in the middle of reading: the whole file is refused. */
    private static final class TooBig extends RuntimeException {
        TooBig(String message) {
            super(message, null, false, false);
        }
    }
}
