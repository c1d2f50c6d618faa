package dev.wecruit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.activities.ActivityDraft;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.activities.RecordedActivity;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.candidates.TestCandidates;
import dev.wecruit.privacy.ExportStatus;
import dev.wecruit.privacy.PersonalDataExportService;
import dev.wecruit.privacy.PersonalDataExportSummary;
import dev.wecruit.work.BackgroundWork;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Subject-access export (issue 18), measured: a candidate with 200 activities and 3 CV documents, from "Export
 * personal data" (the service call that queues it) to the archive ready for download, and the download itself.
 * Results go to the console and {@code target/benchmarks/personal-data-export.md}.
 */
@IntegrationTest
class PersonalDataExportBenchmark extends FirmTest {

    static final int RUNS = 20;
    static final List<String> CVS = List.of("cv-001-accountant-pdf-one-column.pdf",
            "cv-002-nurse-pdf-two-column-left-sidebar.pdf", "cv-006-solicitor-docx-headings.docx");

    @Autowired CandidateService candidates;
    @Autowired DocumentService documents;
    @Autowired ActivityService activities;
    @Autowired PersonalDataExportService exports;
    @Autowired BackgroundWork work;

    @Test
    void measures_the_export_of_a_candidate_with_200_activities_and_3_documents() throws IOException {
        UUID candidate = candidates.create(TestCandidates.aCandidate().named("Bench", "Exported")
                .withEmail("bench.exported@example.com").withPhone("+44 7700 900555").draft()).id();
        long files = 0;
        for (String cv : CVS) {
            byte[] content = Files.readAllBytes(Path.of("src/test/resources/cv-devset", cv));
            documents.attach(candidate, cv, content);
            files += content.length;
        }
        List<RecordedActivity> batch = new ArrayList<>();
        Instant start = Instant.now().minus(Duration.ofDays(400));
        ActivityType[] types = {ActivityType.NOTE, ActivityType.CALL, ActivityType.EMAIL, ActivityType.MEETING};
        for (int i = 0; i < 200; i++) {
            batch.add(new RecordedActivity(new ActivityDraft(types[i % types.length], "Follow-up " + i,
                    "Talked about the role, notice period and salary expectations; next step in week " + i + ".",
                    start.plus(Duration.ofDays(2L * i)), candidate, null, null, null), null));
        }
        activities.recordAll(batch);

        // warm-up: the first run loads classes and plans
        exportOnce(candidate);
        var ready = new Timings(RUNS);
        var download = new Timings(RUNS);
        long size = 0;
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            PersonalDataExportSummary export = exportOnce(candidate);
            ready.add(System.nanoTime() - started);
            size = export.sizeBytes();
            download.time(() -> exports.download(export.id()));
        }
        List<String> report = List.of(
                String.format("| export of a candidate with 200 activities and 3 documents (%d KB of files, ZIP %d KB):"
                        + " asked → ready (p50 / p95 of %d) | ≤ 5 s | %.0f / %.0f ms |", files / 1024, size / 1024,
                        RUNS, ready.medianMillis(), ready.p95Millis()),
                String.format("| its download, server side (p50 / p95 of %d) | (no target) | %.1f / %.1f ms |", RUNS,
                        download.medianMillis(), download.p95Millis()));
        report.forEach(System.out::println);
        Path file = Path.of("target/benchmarks/personal-data-export.md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }

    private PersonalDataExportSummary exportOnce(UUID candidate) {
        PersonalDataExportSummary started = exports.start(candidate);
        await().pollInSameThread().pollInterval(Duration.ofMillis(5)).atMost(Duration.ofSeconds(60))
                .until(() -> work.find(started.workId()).orElseThrow().status().finished());
        PersonalDataExportSummary found = exports.find(started.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(ExportStatus.READY);
        return found;
    }
}
