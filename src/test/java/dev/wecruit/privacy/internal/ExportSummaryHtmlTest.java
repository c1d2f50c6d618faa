package dev.wecruit.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.activities.ActivityEntry;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.Education;
import dev.wecruit.candidates.LawfulBasis;
import dev.wecruit.candidates.WorkExperience;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExportSummaryHtmlTest {

    static final Instant NOW = Instant.parse("2026-12-02T10:15:00Z");

    @Test
    void every_value_is_escaped_so_the_summary_cannot_run_anything_a_record_holds() {
        String html = ExportSummaryHtml.of(contents(candidate("<script>alert(1)</script>", "O'Brien & Sons"),
                List.of(activity("<img src=x onerror=alert(2)>"))));

        assertThat(html).doesNotContain("<script>alert", "<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; O&#39;Brien &amp; Sons",
                        "&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void the_summary_lists_each_field_of_the_record_by_name_in_the_firms_time_zone() {
        String html = ExportSummaryHtml.of(contents(candidate("Zoë", "Okafor"), List.of()));

        assertThat(html).contains("<h1>Personal data of Zoë Okafor</h1>", "Consent given on", "2026-01-15",
                "Lawful basis", "Consent", "Leeds", "Patient care", "Senior Staff Nurse", "University of Leeds",
                "2 Dec 2026, 11:15", "Europe/Paris", "Nobody yet.");
    }

    @Test
    void labels_read_as_words() {
        assertThat(ExportSummaryHtml.label("consentGivenOn")).isEqualTo("Consent given on");
        assertThat(ExportSummaryHtml.label("legitimate_interest")).isEqualTo("Legitimate interest");
    }

    @Test
    void file_names_in_the_archive_cannot_leave_its_folder_or_hide() {
        assertThat(ExportReader.safeFileName("../../etc/passwd")).isEqualTo("_.._etc_passwd");
        assertThat(ExportReader.safeFileName("..\\cv.pdf")).isEqualTo("_cv.pdf");
        assertThat(ExportReader.safeFileName(".hidden")).isEqualTo("hidden");
        assertThat(ExportReader.safeFileName("")).isEqualTo("file");
    }

    private static ExportContents contents(CandidateDetails candidate, List<ActivityEntry> activities) {
        return new ExportContents(NOW, "Acme Search", ZoneId.of("Europe/Paris"), candidate, List.of(), activities,
                List.of(), List.of(), List.of(), Map.of());
    }

    private static CandidateDetails candidate(String first, String last) {
        return new CandidateDetails(UUID.randomUUID(), first, last, List.of("zoe@example.com"),
                List.of("+447700900123"), "1 High Street", null, "Leeds", "Senior Staff Nurse", "NHS",
                List.of("Patient care"), 9, List.of(new WorkExperience("Staff Nurse", "NHS", 2015, null, null)),
                List.of(new Education("University of Leeds", "BSc Nursing", 2014)), "Referral", null, List.of(),
                LawfulBasis.CONSENT, LocalDate.of(2026, 1, 15), null, null, null, null, NOW, null, NOW, NOW, 0);
    }

    private static ActivityEntry activity(String body) {
        return new ActivityEntry(UUID.randomUUID(), ActivityType.NOTE, null, body, NOW, null, null, null, null, null,
                0);
    }
}
