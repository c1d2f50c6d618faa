package dev.wecruit.bench;

import dev.wecruit.activities.ActivityService;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.demo.RealisticFirmGenerator;
import dev.wecruit.jobs.JobService;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Founder;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark firm: {@value #CANDIDATES_PROPERTY} candidates (100,000 unless set), generated once into the kept
 * database of {@link BenchmarkFirmDatabase} through the services' batched path, and found again by later runs.
 */
@Component
class BenchmarkFirm {

    static final String CANDIDATES_PROPERTY = "wecruit.bench.candidates";
    static final int CANDIDATES = Integer.getInteger(CANDIDATES_PROPERTY, 100_000);

    private final LocalAccountService accounts;
    private final OrganizationService organizations;
    private final CurrentTenant currentTenant;
    private final RealisticFirmGenerator generator;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final FlywayConnectionDetails ownerConnection;

    BenchmarkFirm(LocalAccountService accounts, OrganizationService organizations, CurrentTenant currentTenant,
            CompanyService companies, JobService jobs, CandidateService candidates, ApplicationService applications,
            ActivityService activities, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
            FlywayConnectionDetails ownerConnection) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.currentTenant = currentTenant;
        this.generator = new RealisticFirmGenerator(companies, jobs, candidates, applications, activities,
                organizations, transactionManager, Clock.systemUTC());
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.ownerConnection = ownerConnection;
    }

    /** The firm's id, after generating it if this database has none yet (the time it took goes to the report). */
    UUID ensure(List<String> report) {
        UUID account = accounts.findOrCreateAccount("bench@wecruit.example", "Bench Admin", "bench-password-1");
        var memberships = organizations.membershipsOfAccount(account);
        if (!memberships.isEmpty()) {
            vacuum();
            return memberships.getFirst().tenantId();
        }
        UUID firm = organizations.createOrganization("Benchmark Recruiting", "benchmark-recruiting",
                List.of(new Founder(account, Role.ADMIN)));
        long started = System.nanoTime();
        var scale = new RealisticFirmGenerator.Scale(30, 2, 25, CANDIDATES, 20_000);
        currentTenant.callAs(firm, () -> generator.generate(scale, 42));
        double seconds = (System.nanoTime() - started) / 1e9;
        String line = String.format(Locale.ROOT,
                "Generated the firm (%,d candidates, 20,000 activities) in %.0f s, %,.0f candidates a second",
                CANDIDATES, seconds, CANDIDATES / seconds);
        System.out.println(line);
        report.add(line);
        vacuum();
        return firm;
    }

    /**
     * What autovacuum does by itself soon after a large load, done now so that every run measures the same state:
     * statistics for the planner, and the visibility map that lets index-only scans skip the table. Quick when
     * nothing changed since the last run. The owner role does it: the app role may not.
     */
    private void vacuum() {
        try (Connection owner = DriverManager.getConnection(ownerConnection.getJdbcUrl(),
                ownerConnection.getUsername(), ownerConnection.getPassword());
                Statement statement = owner.createStatement()) {
            long started = System.nanoTime();
            statement.execute("vacuum (analyze) candidates, candidate_profile_terms, candidate_search_terms,"
                    + " candidate_match_profiles, candidate_match_lexemes, candidate_match_lexicon, candidate_match_vectors");
            System.out.printf(Locale.ROOT, "Vacuumed the candidate tables in %.0f s%n",
                    (System.nanoTime() - started) / 1e9);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not vacuum the benchmark database", e);
        }
    }

    /** Ids of {@code count} candidates of the current firm, spread over all of it, the same ones for a seed. */
    List<UUID> sampleIds(int count, long seed) {
        return transactions.execute(status -> jdbc.queryForList(
                """
                select id from candidates tablesample bernoulli (?) repeatable (?)
                 order by md5(id::text) limit ?""", UUID.class,
                Math.min(100.0, 300.0 * count / CANDIDATES), seed, count));
    }
}
