package dev.wecruit.matching.internal;

import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.jobs.Requirement;
import dev.wecruit.matching.CandidateMatch;
import dev.wecruit.matching.Ranking;
import dev.wecruit.matching.RequirementEvidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ranks the firm's candidates for a query (a job's text and vector, or a sentence): the lexical and the semantic
 * rankings each give their top {@link #POOL}, fused by reciprocal rank ({@code 1 / (RRF_K + rank)}, summed); the
 * best of the fused pool are then read in full and each of the job's requirements scored, and the match score is
 * {@link #RETRIEVAL_WEIGHT} of the fused retrieval plus the rest of the requirement coverage (must-haves count
 * double). Weights and sizes were tuned on the matching development set (docs/BENCHMARKS.md). Runs on the caller's
 * transaction.
 */
@Component
class Ranker {

    static final int POOL = 100;
    static final int RRF_K = 60;
    static final int EVIDENCE_POOL = 60;
    static final double RETRIEVAL_WEIGHT = 0.5;
    private static final int SUMMARY_PAGE = 80;

    private static final Pattern YEARS = Pattern.compile("(\\d{1,2}) years of experience\\.");

    private final LexicalIndex lexical;
    private final CandidateVectors vectors;
    private final EvidenceFinder evidence;
    private final CandidateService candidates;
    private final JdbcTemplate jdbc;

    Ranker(LexicalIndex lexical, CandidateVectors vectors, EvidenceFinder evidence, CandidateService candidates,
            JdbcTemplate jdbc) {
        this.lexical = lexical;
        this.vectors = vectors;
        this.evidence = evidence;
        this.candidates = candidates;
        this.jdbc = jdbc;
    }

    /**
     * @param keep which candidates may be shown (filters); applied before the evidence is read
     */
    List<CandidateMatch> rank(UUID tenantId, String text, float[] vector, List<Requirement> requirements,
            EvidenceFinder.JobFit fit, Ranking ranking, Predicate<CandidateSummary> keep, int limit) {
        Map<UUID, Double> lexicalRanks = ranking == Ranking.SEMANTIC ? Map.of()
                : lexical.rank(tenantId, text, POOL);
        Map<UUID, Double> semanticRanks = ranking == Ranking.LEXICAL || vector == null ? Map.of()
                : vectors.nearest(vector, POOL * 4);
        Map<UUID, Double> fused = new HashMap<>();
        addRanks(fused, lexicalRanks);
        addRanks(fused, semanticRanks);
        double best = 2.0 / (RRF_K + 1);
        List<UUID> order = fused.entrySet().stream()
                .sorted(Map.Entry.<UUID, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        int wanted = ranking == Ranking.HYBRID_WITH_EVIDENCE ? Math.max(limit, EVIDENCE_POOL) : limit;
        Map<UUID, CandidateSummary> summaries = new HashMap<>();
        List<UUID> kept = new ArrayList<>();
        // read in pages, best first, until enough pass the filters: names are decrypted only for those shown
        for (int from = 0; from < order.size() && kept.size() < wanted; from += SUMMARY_PAGE) {
            List<UUID> page = order.subList(from, Math.min(order.size(), from + SUMMARY_PAGE));
            Map<UUID, CandidateSummary> read = candidates.summaries(page);
            summaries.putAll(read);
            page.stream().filter(id -> read.containsKey(id) && keep.test(read.get(id)))
                    .limit(wanted - kept.size()).forEach(kept::add);
        }
        Map<UUID, String> texts = profileTexts(tenantId, kept);
        List<CandidateMatch> matches = new ArrayList<>();
        for (UUID id : kept) {
            CandidateSummary summary = summaries.get(id);
            double retrieval = Math.min(1.0, fused.get(id) / best);
            String profile = texts.getOrDefault(id, "");
            List<RequirementEvidence> found = evidence.assess(requirements, fit, new EvidenceFinder.Profile(
                    summary.skills(), statedYears(profile), profile, summary.currentTitle(), summary.location()));
            Double coverage = coverage(found);
            double score = ranking == Ranking.HYBRID_WITH_EVIDENCE && coverage != null
                    ? RETRIEVAL_WEIGHT * retrieval + (1 - RETRIEVAL_WEIGHT) * coverage : retrieval;
            matches.add(new CandidateMatch(summary, score, retrieval, coverage, found, null, null));
        }
        matches.sort(Comparator.comparingDouble(CandidateMatch::score).reversed()
                .thenComparing(match -> match.candidate().id()));
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
    }

    /** The share of requirements met, must-haves counting double; null when there are none. */
    static Double coverage(List<RequirementEvidence> found) {
        double weight = 0;
        double credit = 0;
        for (RequirementEvidence item : found) {
            double w = item.requirement().mustHave() ? 2 : 1;
            weight += w;
            credit += w * item.coverage().credit();
        }
        return weight == 0 ? null : credit / weight;
    }

    private static void addRanks(Map<UUID, Double> fused, Map<UUID, Double> ranked) {
        int rank = 1;
        for (UUID id : ranked.keySet()) {
            fused.merge(id, 1.0 / (RRF_K + rank), Double::sum);
            rank++;
        }
    }

    private static Integer statedYears(String profile) {
        Matcher years = YEARS.matcher(profile);
        return years.find() ? Integer.valueOf(years.group(1)) : null;
    }

    Map<UUID, String> profileTexts(UUID tenantId, List<UUID> ids) {
        Map<UUID, String> texts = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return texts;
        }
        jdbc.query("""
                select candidate_id, profile_text from candidate_match_profiles
                 where tenant_id = ? and candidate_id = any (?)
                """, row -> {
            texts.put(row.getObject(1, UUID.class), row.getString(2));
        }, tenantId, ids.toArray(UUID[]::new));
        return texts;
    }
}
