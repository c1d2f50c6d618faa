package dev.wecruit.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.imports.ColumnMapping;
import dev.wecruit.imports.ImportField;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateRowsTest {

    private final ColumnMapping mapping = new ColumnMapping(List.of(ImportField.FULL_NAME, ImportField.EMAIL,
            ImportField.PHONE, ImportField.SKILLS, ImportField.TAGS, ImportField.YEARS_OF_EXPERIENCE,
            ImportField.SKIP), "|", null);

    @Test
    void a_row_becomes_the_draft_the_form_would_make_with_multi_value_cells_split() {
        var mapped = CandidateRows.map(List.of("Okafor, Amara", "amara@example.com; a.okafor@example.org",
                "+44 7700 900461", "Triage | Phlebotomy|  ", "nights", "9", "ignored"), mapping, "Import");

        assertThat(mapped.cellErrors()).isEmpty();
        assertThat(mapped.draft().firstName()).isEqualTo("Amara");
        assertThat(mapped.draft().lastName()).isEqualTo("Okafor");
        assertThat(mapped.draft().emails()).containsExactly("amara@example.com", "a.okafor@example.org");
        assertThat(mapped.draft().phones()).containsExactly("+44 7700 900461");
        assertThat(mapped.draft().skills()).containsExactly("Triage", "Phlebotomy");
        assertThat(mapped.draft().tags()).containsExactly("nights");
        assertThat(mapped.draft().yearsOfExperience()).isEqualTo(9);
        assertThat(mapped.draft().source()).isEqualTo("Import");
    }

    @Test
    void a_year_count_that_is_not_a_number_is_a_cell_error() {
        var mapped = CandidateRows.map(List.of("Ada Lovelace", "", "", "", "", "ten", ""), mapping, null);

        assertThat(mapped.cellErrors()).containsEntry(5, "Enter a whole number of years");
        assertThat(mapped.draft().yearsOfExperience()).isNull();
    }

    @Test
    void a_single_word_name_has_no_last_name_and_messages_point_at_its_column() {
        assertThat(CandidateRows.splitName("Cher")).containsExactly("Cher", null);
        assertThat(CandidateRows.splitName("Mary Ann Evans")).containsExactly("Mary Ann", "Evans");
        assertThat(CandidateRows.columnsOf("lastName", mapping)).containsExactly(0);
        assertThat(CandidateRows.columnsOf("emails", mapping)).containsExactly(1);
    }
}
