package dev.wecruit.bench;

import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.candidates.CandidateDraft;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.candidates.Education;
import dev.wecruit.candidates.WorkExperience;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobDraft;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.JobStatus;
import dev.wecruit.jobs.RemotePolicy;
import dev.wecruit.jobs.Seniority;
import dev.wecruit.matching.CandidateMatch;
import dev.wecruit.matching.MatchFilters;
import dev.wecruit.matching.MatchingService;
import dev.wecruit.matching.Ranking;
import dev.wecruit.matching.internal.MatchIndexing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Matching (issue 15), measured on the labelled development set in {@code src/test/resources/match-devset}: nDCG@10
 * and recall@20 (grade 2 or more counts as relevant) for lexical alone, vectors alone, both fused, and both fused
 * with requirement evidence, as recruiters get it; and the indexing throughput on this machine. The whole set is one
 * firm, so every job is ranked against every candidate; unjudged pairs count as grade 0. Run it with
 * {@code -Dwecruit.matching.embedding-model=all-minilm-l6-v2} to measure the other model. Results go to the console
 * and {@code target/benchmarks/matching-quality-<model>.md}.
 */
@IntegrationTest
class MatchingBenchmark extends FirmTest {

    static final Path SET = Path.of("src/test/resources/match-devset");

    @Autowired CandidateService candidates;
    @Autowired DocumentService documents;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired MatchingService matching;
    @Autowired MatchIndexing indexing;
    @Autowired ObjectMapper json;

    @Value("${wecruit.matching.embedding-model:bge-small-en-v1.5-q}")
    String model;

    private final List<String> report = new ArrayList<>();

    @Test
    void measures_matching_quality() throws IOException {
        Map<String, UUID> candidateIds = loadCandidates();
        Map<String, JobDetails> jobIds = loadJobs();
        Map<String, Map<UUID, Integer>> grades = grades(candidateIds);

        long started = System.nanoTime();
        int indexed = indexing.indexStaleNow(Integer.MAX_VALUE);
        double seconds = (System.nanoTime() - started) / 1e9;
        line("Development set: %d jobs, %d candidates, %d judged pairs; embedding model %s.", jobIds.size(),
                candidateIds.size(), grades.values().stream().mapToInt(Map::size).sum(), model);
        line("Indexing: %d candidates and jobs in %.1f s (%.1f a second), on %d cores.", indexed, seconds,
                indexed / seconds, Runtime.getRuntime().availableProcessors());
        line("");
        line("| ranking | nDCG@10 | recall@20 |");
        line("|---|---|---|");
        for (Ranking ranking : Ranking.values()) {
            double ndcg = 0;
            double recall = 0;
            for (var job : jobIds.entrySet()) {
                Map<UUID, Integer> judged = grades.getOrDefault(job.getKey(), Map.of());
                List<UUID> ranked = matching.candidatesFor(job.getValue().id(), MatchFilters.none(), 20, ranking)
                        .stream().map(CandidateMatch::candidate).map(candidate -> candidate.id()).toList();
                ndcg += ndcg(ranked, judged, 10);
                recall += recall(ranked, judged, 20);
            }
            line("| %s | %.3f | %.3f |", ranking.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    ndcg / jobIds.size(), recall / jobIds.size());
        }
        Path file = Path.of("target/benchmarks/matching-quality-" + model + ".md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }

    static double ndcg(List<UUID> ranked, Map<UUID, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).limit(k).toList();
        double best = 0;
        for (int i = 0; i < ideal.size(); i++) {
            best += gain(ideal.get(i)) / log2(i + 2);
        }
        return best == 0 ? 0 : dcg / best;
    }

    static double recall(List<UUID> ranked, Map<UUID, Integer> grades, int k) {
        long relevant = grades.values().stream().filter(grade -> grade >= 2).count();
        long found = ranked.stream().limit(k).filter(id -> grades.getOrDefault(id, 0) >= 2).count();
        return relevant == 0 ? 0 : (double) found / relevant;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private Map<String, UUID> loadCandidates() throws IOException {
        List<JsonNode> rows = jsonLines(SET.resolve("candidates.jsonl"));
        List<CandidateDraft> drafts = new ArrayList<>();
        for (JsonNode row : rows) {
            List<WorkExperience> roles = new ArrayList<>();
            row.path("workHistory").forEach(role -> roles.add(new WorkExperience(text(role, "title"),
                    text(role, "company"), number(role, "startYear"), number(role, "endYear"),
                    text(role, "summary"))));
            List<Education> education = new ArrayList<>();
            row.path("education").forEach(study -> education.add(new Education(text(study, "institution"),
                    text(study, "qualification"), number(study, "endYear"))));
            drafts.add(new CandidateDraft(text(row, "firstName"), text(row, "lastName"),
                    listOf(text(row, "email")), listOf(text(row, "phone")), text(row, "address"),
                    text(row, "linkedinUrl"), text(row, "location"), text(row, "currentTitle"),
                    text(row, "currentCompany"), strings(row.path("skills")), number(row, "yearsOfExperience"),
                    roles, education, null, null, List.of(), null, null, null, null, null, null, null));
        }
        List<UUID> ids = candidates.createAll(drafts);
        Map<String, UUID> byKey = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byKey.put(text(rows.get(i), "id"), ids.get(i));
            String cv = text(rows.get(i), "cvText");
            if (cv != null && !cv.isBlank()) {
                documents.attach(ids.get(i), "cv.txt", cv.getBytes(StandardCharsets.UTF_8));
            }
        }
        return byKey;
    }

    private Map<String, JobDetails> loadJobs() throws IOException {
        UUID company = companies.create(TestCompanies.aCompany("Development Set Clients")).id();
        Map<String, JobDetails> byKey = new LinkedHashMap<>();
        for (JsonNode row : jsonLines(SET.resolve("jobs.jsonl"))) {
            List<String> must = new ArrayList<>();
            List<String> nice = new ArrayList<>();
            row.path("requirements").forEach(requirement -> (requirement.path("mustHave").asBoolean(true) ? must
                    : nice).add(text(requirement, "text")));
            String seniority = text(row, "seniority");
            String remote = text(row, "remote");
            byKey.put(text(row, "id"), jobs.create(new JobDraft(text(row, "title"), company, null,
                    text(row, "description"), must, nice, seniority == null ? null : Seniority.valueOf(seniority),
                    text(row, "location"), remote == null ? null : RemotePolicy.valueOf(remote), null, null, null,
                    null, JobStatus.OPEN, null, null, null)));
        }
        return byKey;
    }

    private static Map<String, Map<UUID, Integer>> grades(Map<String, UUID> candidateIds) throws IOException {
        Map<String, Map<UUID, Integer>> grades = new HashMap<>();
        List<String> lines = Files.readAllLines(SET.resolve("qrels.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            if (cells.length == 3 && candidateIds.containsKey(cells[1])) {
                grades.computeIfAbsent(cells[0], key -> new HashMap<>())
                        .put(candidateIds.get(cells[1]), Integer.parseInt(cells[2].strip()));
            }
        }
        return grades;
    }

    private List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                rows.add(json.readTree(line));
            }
        }
        return rows;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    private static Integer number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asInt() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private void line(String format, Object... arguments) {
        String text = String.format(Locale.ROOT, format, arguments);
        System.out.println(text);
        report.add(text);
    }
}
