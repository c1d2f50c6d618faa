package dev.wecruit.bench;

import static org.awaitility.Awaitility.await;

import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.intake.CvIntakeService;
import dev.wecruit.intake.CvUpload;
import dev.wecruit.intake.OpenAiStandIn;
import dev.wecruit.intake.ParsedCv;
import dev.wecruit.intake.parsing.CvFields;
import dev.wecruit.intake.parsing.CvParser;
import dev.wecruit.intake.parsing.Proposal;
import dev.wecruit.intake.parsing.SkillTaxonomy;
import dev.wecruit.ai.AiProvider;
import dev.wecruit.ai.AiSettingsDraft;
import dev.wecruit.ai.AiSettingsService;
import dev.wecruit.platform.documents.DocumentReader;
import dev.wecruit.platform.documents.ReadDocument;
import dev.wecruit.tenancy.Role;
import dev.wecruit.work.BackgroundWork;
import dev.wecruit.work.NewItem;
import dev.wecruit.work.TestWorkHandler;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * CV intake (issue 13), measured: field-level precision, recall and F1 of the offline parser and of the offline
 * parser merged with a language model, on the labelled development set in {@code src/test/resources/cv-devset};
 * the offline parse time of one CV; 200 CVs dropped until all wait for review; background work's commit-to-start time.
 * Results go to the console and {@code target/benchmarks/cv-intake.md}.
 *
 * <p>The "merged" figures use the loopback stand-in as the model, answering each CV with its labels plus values
 * that are not in the CV: they measure grounding and merging, not any real model's reading.
 */
@IntegrationTest
class CvIntakeBenchmark extends FirmTest {

    static final Clock LABELLED_ON = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

    @Autowired CvIntakeService intake;
    @Autowired BackgroundWork work;
    @Autowired AiSettingsService ai;
    @Autowired ObjectMapper json;

    private final List<String> report = new ArrayList<>();
    /** Loaded once: it names skills the same way for the labels and for both parsers. */
    private final SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();

    @Test
    void measures_cv_intake() throws IOException {
        List<LabelledCv> set = devSet();
        line("Development set: %d CVs (`src/test/resources/cv-devset`).", set.size());
        scoreOffline(set);
        timeOfflineParse(set);
        scoreMerged(set);
        timeBulkDrop(set);
        timeClaimToStart();
        Path file = Path.of("target/benchmarks/cv-intake.md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }

    private void scoreOffline(List<LabelledCv> set) {
        var reader = new DocumentReader();
        var parser = new CvParser(taxonomy);
        var scores = new CvFieldScores();
        for (LabelledCv cv : set) {
            try {
                ReadDocument document = reader.read(cv.content());
                score(scores, parser.parse(document, "GB", LABELLED_ON), cv.labels());
            } catch (Exception e) {
                line("- %s could not be read: %s", cv.file(), e.getMessage());
                score(scores, CvFields.empty(), cv.labels());
            }
        }
        line("");
        line("### Offline parser, field by field");
        line("");
        report.addAll(scores.table());
        scores.table().forEach(System.out::println);
    }

    private void timeOfflineParse(List<LabelledCv> set) {
        var reader = new DocumentReader();
        var parser = new CvParser(taxonomy);
        for (int round = 0; round < 3; round++) {
            set.forEach(cv -> parseQuietly(reader, parser, cv));
        }
        var timings = new Timings(set.size() * 5);
        for (int round = 0; round < 5; round++) {
            set.forEach(cv -> timings.time(() -> parseQuietly(reader, parser, cv)));
        }
        line("");
        line("| offline parse of one CV, reading included (p50 / p95 of %d, warm) | ≤ 50 ms p95 | %.1f / %.1f ms |",
                set.size() * 5, timings.medianMillis(), timings.p95Millis());
    }

    private void scoreMerged(List<LabelledCv> set) {
        var scores = new CvFieldScores();
        try (var model = new OpenAiStandIn()) {
            model.answer(request -> labelsAsAnswer(set, request));
            SignedIn.as(signIn, firm.member(Role.ADMIN));
            ai.save(new AiSettingsDraft(AiProvider.OPENAI_COMPATIBLE, model.baseUrl(), "bench-model", null,
                    "sk-bench", false), ai.settings().version());
            SignedIn.as(signIn, firm.member(Role.RECRUITER));
            int merged = 0;
            for (LabelledCv cv : set) {
                try {
                    ParsedCv parsed = intake.parse(new CvUpload(cv.file(), cv.content()));
                    merged += parsed.parser() == ParsedCv.Parser.OFFLINE_AND_LLM ? 1 : 0;
                    score(scores, parsed.fields(), cv.labels());
                } catch (Exception e) {
                    score(scores, CvFields.empty(), cv.labels());
                }
            }
            line("");
            line("### Offline merged with the stand-in model (%d of %d merged)", merged, set.size());
            line("");
            report.addAll(scores.table());
        } finally {
            SignedIn.as(signIn, firm.member(Role.ADMIN));
            ai.save(new AiSettingsDraft(AiProvider.BUILT_IN, null, null, null, null, true), ai.settings().version());
            SignedIn.as(signIn, firm.member(Role.RECRUITER));
        }
    }

    private void timeBulkDrop(List<LabelledCv> set) {
        List<CvUpload> files = new ArrayList<>();
        for (int i = 0; i < CvIntakeService.MAX_FILES; i++) {
            LabelledCv cv = set.get(i % set.size());
            files.add(new CvUpload(i + "-" + cv.file(), cv.content()));
        }
        int before = intake.reviewQueue().size();
        resetPeaks();
        long started = System.nanoTime();
        var startedIntake = intake.addCvs(files);
        await().pollInSameThread().pollInterval(Duration.ofMillis(100)).atMost(Duration.ofMinutes(10))
                .until(() -> work.find(startedIntake.workId()).orElseThrow().status().finished());
        double seconds = (System.nanoTime() - started) / 1e9;
        int queued = intake.reviewQueue().size() - before;
        line("");
        line("| %d CVs dropped → all in the review queue (%d queued, %d could not be read) | ≤ 60 s | %.1f s |",
                files.size(), queued, files.size() - queued, seconds);
        line("| peak heap during that run (max heap %d MB) | bounded | %d MB |",
                Runtime.getRuntime().maxMemory() / (1 << 20), peakHeap() / (1 << 20));
    }

    /**
     * From the commit that queues an item to its handler starting, on an idle node: what a recruiter waits before
     * the first CV of a drop is being read. (The actuator's {@code wecruit.work.start.delay} also counts the time
     * items of a large drop wait behind each other, which is throughput, not latency.)
     */
    private void timeClaimToStart() {
        var timings = new Timings(100);
        for (int i = 0; i < 100; i++) {
            long started = System.nanoTime();
            UUID item = work.start(TestWorkHandler.KIND, "ok", List.of(NewItem.of("item"))).itemIds().getFirst();
            await().pollInSameThread().pollInterval(Duration.ofMillis(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> TestWorkHandler.RUNS.containsKey(item));
            timings.add(System.nanoTime() - started);
        }
        line("| background task: committed → claimed and started (p50 / p95 of 100, one idle node) | ≤ 1 s p95 "
                + "| %.1f / %.1f ms |", timings.medianMillis(), timings.p95Millis());
    }

    private void score(CvFieldScores scores, CvFields fields, JsonNode labels) {
        scores.single("first name", value(fields.firstName()), text(labels, "firstName"));
        scores.single("last name", value(fields.lastName()), text(labels, "lastName"));
        scores.many("email", values(fields.emails()), texts(labels, "emails"));
        scores.many("phone", values(fields.phones()), texts(labels, "phones"));
        scores.single("location", value(fields.location()), text(labels, "location"));
        scores.single("LinkedIn", value(fields.linkedinUrl()), text(labels, "linkedinUrl"));
        scores.single("current title", value(fields.currentTitle()), text(labels, "currentTitle"));
        scores.single("current employer", value(fields.currentEmployer()), text(labels, "currentEmployer"));
        scores.many("skills", values(fields.skills()).stream().map(skill -> taxonomy.canonical(skill).orElse(skill))
                .toList(), texts(labels, "skills").stream().map(skill -> taxonomy.canonical(skill).orElse(skill))
                .toList());
        scores.single("years of experience", fields.yearsOfExperience() == null ? null
                : String.valueOf(fields.yearsOfExperience().value()),
                labels.hasNonNull("yearsOfExperience") ? labels.get("yearsOfExperience").asString() : null);
        scores.many("languages", values(fields.languages()), texts(labels, "languages"));
    }

    /** The stand-in's answer: the labels of the CV in the request, plus values the CV does not hold. */
    private String labelsAsAnswer(List<LabelledCv> set, String request) {
        for (LabelledCv cv : set) {
            List<String> emails = texts(cv.labels(), "emails");
            if (!emails.isEmpty() && request.contains(emails.getFirst())) {
                ObjectNode answer = json.createObjectNode();
                for (String field : List.of("firstName", "lastName", "location", "linkedinUrl", "currentTitle",
                        "currentEmployer")) {
                    answer.put(field, text(cv.labels(), field) == null ? "" : text(cv.labels(), field));
                }
                answer.set("emails", cv.labels().get("emails"));
                answer.set("phones", cv.labels().get("phones"));
                var skills = answer.putArray("skills");
                texts(cv.labels(), "skills").forEach(skills::add);
                skills.add("Underwater basket weaving");
                var languages = answer.putArray("languages");
                texts(cv.labels(), "languages").forEach(languages::add);
                answer.put("yearsOfExperience", cv.labels().path("yearsOfExperience").asInt(0));
                var roles = answer.putArray("workHistory");
                roles.addObject().put("title", "Chief Imagination Officer").put("employer", "Invented Ltd")
                        .put("from", "2001-01").put("to", "2002-01");
                answer.putArray("education");
                return json.writeValueAsString(answer);
            }
        }
        return "{}";
    }

    private void parseQuietly(DocumentReader reader, CvParser parser, LabelledCv cv) {
        try {
            parser.parse(reader.read(cv.content()), "GB", LABELLED_ON);
        } catch (Exception e) {
            // scored above; timing the failure is fine
        }
    }

    private List<LabelledCv> devSet() throws IOException {
        List<LabelledCv> set = new ArrayList<>();
        try (InputStream labels = getClass().getResourceAsStream("/cv-devset/labels.json")) {
            for (JsonNode cv : json.readTree(labels)) {
                String file = cv.get("file").asString();
                try (InputStream content = getClass().getResourceAsStream("/cv-devset/" + file)) {
                    set.add(new LabelledCv(file, content.readAllBytes(), cv));
                }
            }
        }
        return set;
    }

    private static String value(Proposal<String> proposal) {
        return proposal == null ? null : proposal.value();
    }

    private static List<String> values(List<Proposal<String>> proposals) {
        return proposals.stream().map(Proposal::value).toList();
    }

    private static String text(JsonNode labels, String field) {
        return labels.hasNonNull(field) ? labels.get(field).asString() : null;
    }

    private static List<String> texts(JsonNode labels, String field) {
        List<String> values = new ArrayList<>();
        labels.path(field).forEach(value -> values.add(value.asString()));
        return values;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private void line(String format, Object... arguments) {
        String line = String.format(Locale.UK, format, arguments);
        report.add(line);
        System.out.println(line);
    }

    private record LabelledCv(String file, byte[] content, JsonNode labels) {
    }
}
