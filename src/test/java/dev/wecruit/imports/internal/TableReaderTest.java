package dev.wecruit.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.imports.ImportTable;
import dev.wecruit.imports.TestSheets;
import dev.wecruit.platform.spreadsheets.SheetFormat;
import dev.wecruit.shared.InvalidInputException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class TableReaderTest {

    private final TableReader reader = new TableReader(ImportProperties.defaults());

    @Test
    void utf8_without_a_byte_order_mark_is_read_with_its_accents() {
        ImportTable table = reader.read("people.csv", TestSheets.csv(StandardCharsets.UTF_8,
                "First Name,Last Name", "Zoë,Müller"), null);

        assertThat(table.headers()).containsExactly("First Name", "Last Name");
        assertThat(table.rows()).containsExactly(List.of("Zoë", "Müller"));
        assertThat(table.format()).isEqualTo(SheetFormat.CSV);
    }

    @Test
    void utf8_with_a_byte_order_mark_does_not_keep_the_mark_in_the_first_header() {
        byte[] file = TestSheets.withPrefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                TestSheets.csv(StandardCharsets.UTF_8, "Email,Name", "zoe@example.com,Zoë"));

        ImportTable table = reader.read("people.csv", file, null);

        assertThat(table.headers().getFirst()).isEqualTo("Email");
        assertThat(table.rows().getFirst()).containsExactly("zoe@example.com", "Zoë");
    }

    @Test
    void utf16_with_a_byte_order_mark_is_read_in_either_byte_order() {
        byte[] little = TestSheets.withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE},
                TestSheets.csv(StandardCharsets.UTF_16LE, "Name\tCity", "Łukasz Nowak\tKraków"));
        byte[] big = TestSheets.withPrefix(new byte[] {(byte) 0xFE, (byte) 0xFF},
                TestSheets.csv(StandardCharsets.UTF_16BE, "Name\tCity", "Łukasz Nowak\tKraków"));

        assertThat(reader.read("a.csv", little, null).rows()).containsExactly(List.of("Łukasz Nowak", "Kraków"));
        assertThat(reader.read("b.txt", big, null).rows()).containsExactly(List.of("Łukasz Nowak", "Kraków"));
    }

    @Test
    void a_file_that_is_not_valid_utf8_is_read_as_windows_1252() {
        byte[] file = TestSheets.csv(Charset.forName("windows-1252"), "Name;City", "François Dupré;Besançon €");

        ImportTable table = reader.read("excel.csv", file, null);

        assertThat(table.rows()).containsExactly(List.of("François Dupré", "Besançon €"));
    }

    @Test
    void the_separator_is_the_one_every_line_holds_equally_often() {
        assertThat(TableReader.separatorOf("a,b,c\n1,2,3")).isEqualTo(',');
        assertThat(TableReader.separatorOf("Name;Skills\nAda;Java, SQL, Go\nBo;Rust")).isEqualTo(';');
        assertThat(TableReader.separatorOf("a\tb\n1\t2")).isEqualTo('\t');
        assertThat(TableReader.separatorOf("a|b|c\n1|2, 3|4")).isEqualTo('|');
        assertThat(TableReader.separatorOf("\"Smith, Ada\",ada@example.com\n\"Lee, Bo\",bo@example.com"))
                .as("commas inside quotes do not count").isEqualTo(',');
    }

    @Test
    void quoted_cells_keep_their_separators_and_line_breaks() {
        ImportTable table = reader.read("q.csv", TestSheets.csv(StandardCharsets.UTF_8,
                "Name,Skills", "\"Okafor, Amara\",\"Java, SQL\"", "Bo,\"two", "lines\""), null);

        assertThat(table.rows()).containsExactly(List.of("Okafor, Amara", "Java, SQL"), List.of("Bo", "two\r\nlines"));
        assertThat(table.rowNumbers()).containsExactly(2, 3);
    }

    @Test
    void blank_lines_are_skipped_and_short_rows_padded_to_the_header() {
        ImportTable table = reader.read("p.csv", TestSheets.csv(StandardCharsets.UTF_8,
                "A,B,C", "", "1", ",,", "4,5,6"), null);

        assertThat(table.rows()).containsExactly(List.of("1", "", ""), List.of("4", "5", "6"));
    }

    @Test
    void an_xlsx_sheet_is_chosen_by_name_and_read_with_its_numbers_as_shown() {
        byte[] file = TestSheets.xlsx("Candidates", List.of("Name", "Years"),
                List.of(List.of("Ada Lovelace", 12), List.of("Bo Lee", 3)));

        assertThat(reader.sheets("c.xlsx", file)).containsExactly("Candidates");
        ImportTable table = reader.read("c.xlsx", file, "Candidates");

        assertThat(table.format()).isEqualTo(SheetFormat.XLSX);
        assertThat(table.headers()).containsExactly("Name", "Years");
        assertThat(table.rows()).containsExactly(List.of("Ada Lovelace", "12"), List.of("Bo Lee", "3"));
        assertThatThrownBy(() -> reader.read("c.xlsx", file, "Other")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no sheet called \"Other\"");
    }

    @Test
    void a_zip_bomb_is_refused_before_poi_unpacks_it() {
        var small = new TableReader(new ImportProperties(DataSize.ofMegabytes(20), 100, 100, 100,
                DataSize.ofMegabytes(10), Duration.ofDays(1)));

        assertThatThrownBy(() -> small.read("bomb.xlsx", TestSheets.zipBomb(50), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("zip bomb");
        assertThatThrownBy(() -> reader.read("ratio.xlsx", TestSheets.zipBomb(150), null))
                .as("far more unpacked than packed, though under the size cap")
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("zip bomb");
    }

    @Test
    void an_oversized_or_empty_file_is_refused() {
        var tiny = new TableReader(new ImportProperties(DataSize.ofBytes(10), 100, 100, 100,
                DataSize.ofMegabytes(10), Duration.ofDays(1)));

        assertThatThrownBy(() -> tiny.read("big.csv", TestSheets.csv(StandardCharsets.UTF_8, "Name", "Ada Lovelace"),
                null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("larger than");
        assertThatThrownBy(() -> reader.read("empty.csv", new byte[0], null))
                .hasMessageContaining("The file is empty");
    }

    @Test
    void rows_columns_and_cells_beyond_their_caps_refuse_the_whole_file() {
        var capped = new TableReader(new ImportProperties(DataSize.ofMegabytes(1), 2, 3, 20,
                DataSize.ofMegabytes(10), Duration.ofDays(1)));

        assertThatThrownBy(() -> capped.read("rows.csv", TestSheets.csv(StandardCharsets.UTF_8,
                "Name", "a", "b", "c"), null)).hasMessageContaining("more than 2 rows");
        assertThat(capped.read("rows.csv", TestSheets.csv(StandardCharsets.UTF_8, "Name", "a", "b"), null).size())
                .isEqualTo(2);
        assertThatThrownBy(() -> capped.read("cols.csv", TestSheets.csv(StandardCharsets.UTF_8,
                "a,b,c,d", "1,2,3,4"), null)).hasMessageContaining("more than 3 columns");
        assertThatThrownBy(() -> capped.read("cell.csv", TestSheets.csv(StandardCharsets.UTF_8,
                "Name", "x".repeat(21)), null)).hasMessageContaining("Line 2 has a cell longer than 20");
        List<List<?>> many = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            many.add(List.of("n" + i));
        }
        byte[] workbook = TestSheets.xlsx("S", List.of("Name"), many);
        assertThatThrownBy(() -> capped.read("rows.xlsx", workbook, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("has 3 rows; at most 2 are imported");
    }

    @Test
    void a_malformed_file_gets_one_clear_message() {
        assertThatThrownBy(() -> reader.read("bad.csv", TestSheets.csv(StandardCharsets.UTF_8,
                "Name,Email", "\"Ada,ada@example.com"), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("The CSV file is malformed");
        assertThatThrownBy(() -> reader.read("bad.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("damaged");
        assertThatThrownBy(() -> reader.read("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0},
                null)).hasMessageContaining("old Excel file");
        assertThatThrownBy(() -> reader.read("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0},
                null)).hasMessageContaining("neither a spreadsheet");
        assertThatThrownBy(() -> reader.read("header.csv", TestSheets.csv(StandardCharsets.UTF_8, "Name"), null))
                .hasMessageContaining("no data rows");
    }

    @Test
    void a_csv_whose_rows_beyond_the_cap_follow_blank_ones_is_refused_not_cut_short() {
        var capped = new TableReader(new ImportProperties(DataSize.ofMegabytes(1), 3, 3, 20,
                DataSize.ofMegabytes(10), Duration.ofDays(1)));

        assertThatThrownBy(() -> capped.read("rows.csv", TestSheets.csv(StandardCharsets.UTF_8,
                "Name,Email", ",", ",", "a,a@example.com", "b,b@example.com", "c,c@example.com"), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("more than 3 rows");
        assertThatThrownBy(() -> capped.read("rows.csv", TestSheets.csv(StandardCharsets.UTF_8,
                "Name", "a", "b", "c", "d"), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("more than 3 rows");
    }

    @Test
    void an_xlsx_whose_dimension_holds_more_rows_than_the_cap_is_refused_before_its_rows_are_read() {
        var capped = new TableReader(new ImportProperties(DataSize.ofMegabytes(1), 50_000, 3, 20,
                DataSize.ofMegabytes(10), Duration.ofDays(1)));
        byte[] workbook = TestSheets.xlsx("People", List.of("Name"), List.of(List.of("Ada"), List.of("Bo")));
        byte[] declaresMore = TestSheets.withSheetXml(workbook, xml -> withDimension(xml, "A1:C60001"));

        assertThatThrownBy(() -> capped.read("big.xlsx", declaresMore, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The sheet \"People\" has 60,000 rows; at most 50,000 are imported at once:"
                        + " split it into smaller files");
        assertThat(capped.read("small.xlsx", TestSheets.withSheetXml(workbook, xml -> withDimension(xml, "A1:A3")),
                null).size()).isEqualTo(2);
    }

    @Test
    void an_xlsx_with_more_rows_than_a_sheet_can_hold_is_refused_whatever_the_cap() {
        var uncapped = new TableReader(new ImportProperties(DataSize.ofMegabytes(20), 2_000_000, 100, 100,
                DataSize.ofMegabytes(200), Duration.ofDays(1)));
        byte[] workbook = TestSheets.xlsx("People", List.of("Name"), List.of(List.of("Ada")));

        assertThatThrownBy(() -> uncapped.read("huge.xlsx", TestSheets.withSheetXml(workbook,
                xml -> withDimension(xml, "A1:A1048577")), null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("claims 1,048,577 rows, more than an Excel sheet can hold (1,048,576)");
        // no dimension, but a row numbered past the sheet's last one
        byte[] beyond = TestSheets.withSheetXml(workbook, xml -> xml.replaceAll("<dimension[^>]*/>", "")
                .replace("</sheetData>", "<row r=\"1048577\"><c r=\"A1048577\" t=\"inlineStr\"><is><t>Zed</t>"
                        + "</is></c></row></sheetData>"));
        assertThatThrownBy(() -> uncapped.read("beyond.xlsx", beyond, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than an Excel sheet can hold");
    }

    @Test
    void the_column_and_cell_length_caps_apply_to_an_xlsx_as_to_a_csv() {
        var capped = new TableReader(new ImportProperties(DataSize.ofMegabytes(1), 10, 3, 20,
                DataSize.ofMegabytes(10), Duration.ofDays(1)));

        assertThatThrownBy(() -> capped.read("cols.xlsx", TestSheets.xlsx("S", List.of("a", "b", "c", "d"),
                List.of(List.of("1", "2", "3", "4"))), null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than 3 columns");
        assertThatThrownBy(() -> capped.read("cell.xlsx", TestSheets.xlsx("S", List.of("Name"),
                List.of(List.of("x".repeat(21)))), null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Line 2 has a cell longer than 20");
        assertThatThrownBy(() -> capped.read("cols.csv", TestSheets.csv(StandardCharsets.UTF_8,
                "a,b,c,d", "1,2,3,4"), null)).isInstanceOf(InvalidInputException.class);
    }

    /** The sheet's XML with this dimension, in place of the one it has or before its rows. */
    private static String withDimension(String xml, String ref) {
        String dimension = "<dimension ref=\"" + ref + "\"/>";
        return xml.contains("<dimension") ? xml.replaceFirst("<dimension[^>]*/>", dimension)
                : xml.replaceFirst("<sheetData", dimension + "<sheetData");
    }
}
