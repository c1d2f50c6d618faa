package dev.wecruit.imports.internal;

import static dev.wecruit.imports.ImportField.COMPANY;
import static dev.wecruit.imports.ImportField.EMAIL;
import static dev.wecruit.imports.ImportField.FIRST_NAME;
import static dev.wecruit.imports.ImportField.FULL_NAME;
import static dev.wecruit.imports.ImportField.LAST_NAME;
import static dev.wecruit.imports.ImportField.LINKEDIN;
import static dev.wecruit.imports.ImportField.LOCATION;
import static dev.wecruit.imports.ImportField.PHONE;
import static dev.wecruit.imports.ImportField.SKILLS;
import static dev.wecruit.imports.ImportField.SKIP;
import static dev.wecruit.imports.ImportField.SOURCE;
import static dev.wecruit.imports.ImportField.TAGS;
import static dev.wecruit.imports.ImportField.TITLE;
import static dev.wecruit.imports.ImportField.YEARS_OF_EXPERIENCE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.imports.ColumnMapping;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnSuggestionsTest {

    @Test
    void a_linkedin_connections_export_is_recognised_and_every_column_mapped() {
        ColumnMapping mapping = ColumnSuggestions.suggest(
                List.of("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"),
                List.of(List.of("Ada", "Lovelace", "https://www.linkedin.com/in/ada", "", "Analytical Engines",
                        "Engineer", "03 Dec 2024")));

        assertThat(mapping.layout()).isEqualTo(ColumnSuggestions.LINKEDIN_EXPORT);
        assertThat(mapping.fields()).containsExactly(FIRST_NAME, LAST_NAME, LINKEDIN, EMAIL, COMPANY, TITLE, SKIP);
    }

    @Test
    void a_typical_ats_export_skips_its_own_ids_dates_and_statuses() {
        ColumnMapping mapping = ColumnSuggestions.suggest(
                List.of("Candidate ID", "Candidate Name", "Email", "Mobile", "Current Employer", "Current Job Title",
                        "Skills", "Tags", "Source", "Status", "Created Date", "Years of Experience", "City"),
                List.of(List.of("C-1001", "Amara Okafor", "amara@example.com", "+44 7700 900461", "NHS", "Nurse",
                        "Triage; Phlebotomy", "night shifts", "Referral", "Active", "2024-01-02", "9", "Leeds")));

        assertThat(mapping.layout()).isEqualTo(ColumnSuggestions.ATS_EXPORT);
        assertThat(mapping.fields()).containsExactly(SKIP, FULL_NAME, EMAIL, PHONE, COMPANY, TITLE, SKILLS, TAGS,
                SOURCE, SKIP, SKIP, YEARS_OF_EXPERIENCE, LOCATION);
        assertThat(mapping.separator()).as("the skills cells are split by semicolons").isEqualTo(";");
    }

    @Test
    void headers_in_odd_casing_spacing_punctuation_and_languages_are_still_recognised() {
        ColumnMapping mapping = ColumnSuggestions.suggest(
                List.of("  GIVEN name ", "family_name", "E-mail Address", "Mobile Phone (work)", "Job-Title",
                        "current company", "Vorname", "e mail 2"),
                List.of());

        assertThat(mapping.fields()).containsExactly(FIRST_NAME, LAST_NAME, EMAIL, PHONE, TITLE, COMPANY, SKIP,
                EMAIL);
        assertThat(mapping.layout()).isNull();
    }

    @Test
    void a_column_without_a_known_header_is_judged_by_its_values() {
        ColumnMapping mapping = ColumnSuggestions.suggest(List.of("Name", "Contact", "Reach", "Profile", "Notes"),
                List.of(List.of("Ada Lovelace", "ada@example.com", "020 7946 0018", "linkedin.com/in/ada", "met at a fair"),
                        List.of("Bo Lee", "bo@example.org", "+44 7700 900123", "https://uk.linkedin.com/in/bo", "-")));

        assertThat(mapping.fields()).containsExactly(FULL_NAME, EMAIL, PHONE, LINKEDIN, SKIP);
    }

    @Test
    void a_field_that_takes_one_column_is_suggested_for_the_first_only() {
        ColumnMapping mapping = ColumnSuggestions.suggest(List.of("First name", "Forename", "Name", "Last name"),
                List.of());

        assertThat(mapping.fields()).as("a full name next to first and last names is skipped")
                .containsExactly(FIRST_NAME, SKIP, SKIP, LAST_NAME);
    }
}
