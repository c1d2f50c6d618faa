package dev.wecruit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateQuery;
import dev.wecruit.candidates.CandidateSort;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.platform.crypto.FieldRef;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.platform.crypto.SealedText;
import dev.wecruit.tenancy.CurrentTenant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data core's targets at 100,000 candidates in one firm (issue 3): decrypt per value, a page of 50 decrypted
 * candidates, name-prefix search, exact email and phone lookups, and what row-level security costs. Run with
 * {@code ./mvnw -Pbench verify}; the firm is generated once into {@code target/bench-postgres-<candidates>} and reused by later
 * runs. Results go to the console and {@code target/benchmarks/data-core.md}; copy them into docs/BENCHMARKS.md.
 */
@IntegrationTest
@BenchmarkFirmDatabase
class DataCoreBenchmark {

    static final int CANDIDATES = BenchmarkFirm.CANDIDATES;
    static final int SAMPLES = 500;

    @Autowired BenchmarkFirm benchmarkFirm;
    @Autowired CurrentTenant currentTenant;
    @Autowired CandidateService candidates;
    @Autowired PiiCipher cipher;
    @Autowired TransactionTemplate transactions;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired FlywayConnectionDetails ownerConnection;

    private final List<String> report = new ArrayList<>();

    @Test
    void measures_the_data_core_at_100k_candidates() throws Exception {
        UUID firm = benchmarkFirm.ensure(report);
        callAs(firm, () -> {
            measureDecrypt();
            List<CandidateDetails> sample = sampleCandidates(SAMPLES);
            measurePage();
            measureNamePrefixSearch(sample);
            measureExactLookups(sample);
            return null;
        });
        measureRowLevelSecurityOverhead(firm);
        write();
    }

    private void measureDecrypt() {
        List<SealedText> sealed = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            sealed.add(cipher.seal("candidate" + i + "@example.com"));
        }
        FieldRef field = new FieldRef("candidate", UUID.randomUUID(), "email");
        Timings perValue = new Timings(40);
        for (int round = 0; round < 40; round++) {
            long started = System.nanoTime();
            for (SealedText value : sealed) {
                cipher.open(value, field);
            }
            perValue.add((System.nanoTime() - started) / sealed.size());
        }
        line("| decrypt, per value (median of 40 rounds of 10,000) | ≤ 20 µs | %.1f µs |",
                perValue.medianMillis() * 1000);
    }

    /**
     * The default list order (most recent activity first), by offset: the first page, browsing the first 10,000
     * rows, and jumping anywhere (which the grid does through a cursor instead; WorkspaceBenchmark measures that).
     */
    private void measurePage() {
        long total = candidates.count();
        assertThat(total).isGreaterThanOrEqualTo(CANDIDATES);
        SplittableRandom random = new SplittableRandom(7);
        Timings first = new Timings(SAMPLES);
        Timings browsing = new Timings(SAMPLES);
        Timings anywhere = new Timings(SAMPLES / 10);
        for (int i = 0; i < SAMPLES; i++) {
            first.time(() -> candidates.search(CandidateQuery.ALL, CandidateSort.Order.DEFAULT, 0, 50));
            int near = random.nextInt((int) Math.min(total - 50, 10_000));
            browsing.time(() -> candidates.search(CandidateQuery.ALL, CandidateSort.Order.DEFAULT, near, 50));
            if (i % 10 == 0) {
                int far = random.nextInt((int) total);
                anywhere.time(() -> candidates.search(CandidateQuery.ALL, CandidateSort.Order.DEFAULT, far, 50));
            }
        }
        line("| page of 50 candidates with decrypted fields, server side: first page (p50 / p95 of %d) | ≤ 30 ms | %.1f / %.1f ms |",
                SAMPLES, first.medianMillis(), first.p95Millis());
        line("| ... a random page within the first 10,000 rows, by offset | ≤ 30 ms | %.1f / %.1f ms |",
                browsing.medianMillis(), browsing.p95Millis());
        line("| ... a random page anywhere in %,d by offset (%d samples) | (no target) | %.1f / %.1f ms |",
                total, SAMPLES / 10, anywhere.medianMillis(), anywhere.p95Millis());
    }

    private void measureNamePrefixSearch(List<CandidateDetails> sample) {
        Timings search = new Timings(SAMPLES);
        int found = 0;
        for (CandidateDetails candidate : sample) {
            String query = prefix(candidate.firstName(), 3) + " " + prefix(candidate.lastName(), 3);
            List<CandidateSummary>[] result = new List[1];
            search.time(() -> result[0] = candidates.searchByName(query, 50));
            found += result[0].isEmpty() ? 0 : 1;
        }
        assertThat(found).isEqualTo(sample.size());
        line("| name-prefix search (\"joh smi\", top 50) at %,d candidates (p50 / p95 of %d) | ≤ 50 ms p95 | %.1f / %.1f ms |",
                CANDIDATES, SAMPLES, search.medianMillis(), search.p95Millis());
    }

    private void measureExactLookups(List<CandidateDetails> sample) {
        Timings email = new Timings(SAMPLES);
        Timings phone = new Timings(SAMPLES);
        for (CandidateDetails candidate : sample) {
            email.time(() -> assertThat(candidates.findByEmail(candidate.emails().getFirst())).isNotEmpty());
            phone.time(() -> assertThat(candidates.findByPhone(candidate.phones().getFirst())).isNotEmpty());
        }
        line("| exact email lookup at %,d candidates (p50 / p95 of %d) | ≤ 50 ms p95 | %.1f / %.1f ms |",
                CANDIDATES, SAMPLES, email.medianMillis(), email.p95Millis());
        line("| exact phone lookup at %,d candidates (p50 / p95 of %d) | ≤ 50 ms p95 | %.1f / %.1f ms |",
                CANDIDATES, SAMPLES, phone.medianMillis(), phone.p95Millis());
    }

    /**
     * The same SQL, as the app role inside a firm's transaction (row-level security applies) and as the owner
     * role, which bypasses it; both filter on tenant_id explicitly, as Hibernate's @TenantId does.
     */
    private void measureRowLevelSecurityOverhead(UUID firm) throws SQLException {
        String pageSql = "select id, first_name_enc, last_name_enc, current_title, last_activity_at from candidates"
                + " where tenant_id = ? order by last_activity_at desc nulls last, id desc limit 50 offset ?";
        String termSql = "select candidate_id from candidate_search_terms where tenant_id = ? and term = any(?)"
                + " group by candidate_id having count(*) = 1 limit 50";
        List<UUID> terms = callAs(firm, () -> transactions.execute(status ->
                jdbc.queryForList("select term from candidate_search_terms limit 500", UUID.class)));
        try (Connection app = dataSource.getConnection();
                Connection owner = DriverManager.getConnection(ownerConnection.getJdbcUrl(),
                        ownerConnection.getUsername(), ownerConnection.getPassword())) {
            app.setAutoCommit(false);
            try (PreparedStatement set = app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                set.setString(1, firm.toString());
                set.execute();
            }
            double[] page = medians(app, owner, pageSql, firm, terms, true);
            double[] term = medians(app, owner, termSql, firm, terms, false);
            app.rollback();
            line("| row-level security overhead, page of 50 (p50 with / without RLS) | ≤ 10%% | %.2f / %.2f ms (%+.0f%%) |",
                    page[0], page[1], (page[0] / page[1] - 1) * 100);
            line("| row-level security overhead, blind-index lookup (p50 with / without RLS) | ≤ 10%% | %.3f / %.3f ms (%+.0f%%) |",
                    term[0], term[1], (term[0] / term[1] - 1) * 100);
        }
    }

    /** Medians of the same statements on both connections, run alternately so that drift affects both alike. */
    private double[] medians(Connection withRls, Connection withoutRls, String sql, UUID firm, List<UUID> terms,
            boolean paged) throws SQLException {
        int runs = 4 * SAMPLES;
        Timings rls = new Timings(runs);
        Timings noRls = new Timings(runs);
        try (PreparedStatement a = withRls.prepareStatement(sql);
                PreparedStatement b = withoutRls.prepareStatement(sql)) {
            for (int i = 0; i < runs; i++) {
                bind(a, withRls, firm, terms, paged, i);
                bind(b, withoutRls, firm, terms, paged, i);
                if (i % 2 == 0) {
                    rls.time(() -> drain(a));
                    noRls.time(() -> drain(b));
                } else {
                    noRls.time(() -> drain(b));
                    rls.time(() -> drain(a));
                }
            }
        }
        return new double[] {rls.medianMillis(), noRls.medianMillis()};
    }

    private static void bind(PreparedStatement statement, Connection connection, UUID firm, List<UUID> terms,
            boolean paged, int i) throws SQLException {
        statement.setObject(1, firm);
        if (paged) {
            statement.setInt(2, (i % 200) * 50);
        } else {
            statement.setArray(2, connection.createArrayOf("uuid", new Object[] {terms.get(i % terms.size())}));
        }
    }

    private List<CandidateDetails> sampleCandidates(int count) {
        return benchmarkFirm.sampleIds(3 * count, 11).stream().map(candidates::get)
                .filter(details -> !details.emails().isEmpty() && !details.phones().isEmpty()).limit(count).toList();
    }

    private <T> T callAs(UUID firm, Supplier<T> work) {
        return currentTenant.callAs(firm, work);
    }

    private static void drain(PreparedStatement statement) {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                rows.getObject(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The start of the name's longest word, as a recruiter would type it ("O'Brien" -> "bri"). */
    private static String prefix(String name, int length) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String word = Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                .max(Comparator.comparingInt(String::length)).orElse(folded);
        return word.substring(0, Math.min(length, word.length()));
    }

    private void line(String format, Object... arguments) {
        String line = String.format(Locale.ROOT, format, arguments);
        System.out.println(line);
        report.add(line);
    }

    private void write() throws IOException {
        Path file = Path.of("target/benchmarks/data-core.md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }
}
