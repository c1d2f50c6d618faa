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
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Subject-access export (issue 18), measured: a candidate with 200 activities and 3 CV documents, from "Export
 * personal data" (the service call that queues it) to the archive ready for download, and the download itself;
 * once with three CVs of the development set, once with three scanned PDFs of about 2 MB.
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
        List<byte[]> cvs = new ArrayList<>();
        for (String cv : CVS) {
            cvs.add(Files.readAllBytes(Path.of("src/test/resources/cv-devset", cv)));
        }
        List<byte[]> scans = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            scans.add(scannedPdf(i));
        }
        List<String> report = new ArrayList<>();
        report.add(measure("3 CVs of the development set", cvs, "+44 7700 900555"));
        report.add(measure("3 scanned PDFs", scans, "+44 7700 900556"));
        report.forEach(System.out::println);
        Path file = Path.of("target/benchmarks/personal-data-export.md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }

    private String measure(String documentsLabel, List<byte[]> files, String phone) {
        UUID candidate = candidates.create(TestCandidates.aCandidate().named("Bench", "Exported")
                .withEmail("bench.exported@example.com").withPhone(phone).draft()).id();
        long bytes = 0;
        for (int i = 0; i < files.size(); i++) {
            byte[] content = files.get(i);
            documents.attach(candidate, "document-" + i + (content[0] == '%' ? ".pdf" : ".docx"), content);
            bytes += content.length;
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
        return String.format("| 200 activities and %s (%d KB of files, ZIP %d KB): asked → ready, and the download"
                + " (p50 / p95 of %d) | ≤ 5 s | %.0f / %.0f ms; download %.1f / %.1f ms |", documentsLabel,
                bytes / 1024, size / 1024, RUNS, ready.medianMillis(), ready.p95Millis(), download.medianMillis(),
                download.p95Millis());
    }

    /** A one-page PDF holding a photo-like image of about 2 MB, as a scanned CV is. */
    private static byte[] scannedPdf(int seed) throws IOException {
        var random = new Random(seed);
        var image = new BufferedImage(1000, 700, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, image), 50, 100, 500, 350);
            }
            document.save(out);
            return out.toByteArray();
        }
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
