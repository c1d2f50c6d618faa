package dev.wecruit.bench;

import dev.wecruit.IntegrationTest;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.TestCandidates;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Founder;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What creating one candidate costs, as the form's save does it (its own transaction, the service's checks,
 * sealing, blind-index and profile terms), in a firm of its own inside the benchmark database: the write side of
 * the term index (issue 14). Self-contained, so the same class can be run on an earlier commit for comparison.
 * Results go to the console and {@code target/benchmarks/writes.md}.
 */
@IntegrationTest
@BenchmarkFirmDatabase
class CandidateWritesBenchmark {

    static final int WARM_UP = 50;
    static final int WRITES = 500;

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CurrentTenant currentTenant;
    @Autowired CandidateService candidates;

    @Test
    void measures_creating_a_candidate() throws IOException {
        UUID account = accounts.findOrCreateAccount("bench-writes@wecruit.example", "Bench Writer",
                "bench-password-1");
        var memberships = organizations.membershipsOfAccount(account);
        UUID firm = memberships.isEmpty() ? organizations.createOrganization("Benchmark Writes",
                "benchmark-writes", List.of(new Founder(account, Role.ADMIN))) : memberships.getFirst().tenantId();
        Timings timings = new Timings(WRITES);
        currentTenant.callAs(firm, () -> {
            for (int i = 0; i < WARM_UP + WRITES; i++) {
                var draft = TestCandidates.aCandidate().named("Writer", "Number" + i)
                        .withEmail("writer." + UUID.randomUUID() + "@example.com")
                        .titled("Senior Java Developer", "Acme Digital Ltd").withSkill("Java")
                        .withSkill("Spring Boot").withSkill("PostgreSQL").withTag("Benchmark")
                        .locatedIn("Manchester, United Kingdom").draft();
                if (i < WARM_UP) {
                    candidates.create(draft);
                } else {
                    timings.time(() -> candidates.create(draft));
                }
            }
            return null;
        });
        String line = String.format(Locale.ROOT,
                "| create a candidate through the service, own transaction (p50 / p95 of %d) | %.2f / %.2f ms |",
                WRITES, timings.medianMillis(), timings.p95Millis());
        System.out.println(line);
        Path file = Path.of("target/benchmarks/writes.md");
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(line));
    }
}
