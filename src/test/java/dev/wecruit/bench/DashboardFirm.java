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
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The dashboard benchmark's firm: {@link BenchmarkFirm#CANDIDATES} candidates, {@value #ACTIVITIES_PROPERTY}
 * activities (1,000,000 unless set) logged by four
 * recruiters over two years, 400 jobs with their pipelines' history, made by the demo's generator (the same seed
 * gives the same firm, dated from the day it is generated). Generated once into {@link DashboardFirmDatabase}.
 */
@Component
class DashboardFirm {

    static final String ACTIVITIES_PROPERTY = "wecruit.bench.activities";
    static final int ACTIVITIES = Integer.getInteger(ACTIVITIES_PROPERTY, 1_000_000);
    static final RealisticFirmGenerator.Scale SCALE = new RealisticFirmGenerator.Scale(100, 2, 400,
            BenchmarkFirm.CANDIDATES, ACTIVITIES);
    private static final List<Role> MEMBERS = List.of(Role.ADMIN, Role.RECRUITER, Role.RECRUITER, Role.RECRUITER);

    private final LocalAccountService accounts;
    private final OrganizationService organizations;
    private final CurrentTenant currentTenant;
    private final RealisticFirmGenerator generator;
    private final FlywayConnectionDetails ownerConnection;

    DashboardFirm(LocalAccountService accounts, OrganizationService organizations, CurrentTenant currentTenant,
            CompanyService companies, JobService jobs, CandidateService candidates, ApplicationService applications,
            ActivityService activities, PlatformTransactionManager transactionManager,
            FlywayConnectionDetails ownerConnection) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.currentTenant = currentTenant;
        this.generator = new RealisticFirmGenerator(companies, jobs, candidates, applications, activities,
                organizations, transactionManager, Clock.systemUTC());
        this.ownerConnection = ownerConnection;
    }

    /** The firm's id, after generating it if this database has none yet (the time it took goes to the report). */
    UUID ensure(List<String> report) {
        List<Founder> founders = new java.util.ArrayList<>();
        for (int i = 0; i < MEMBERS.size(); i++) {
            UUID account = accounts.findOrCreateAccount(email(i), MEMBERS.get(i).name().charAt(0)
                    + MEMBERS.get(i).name().substring(1).toLowerCase(Locale.ROOT) + " " + (i + 1), password(i));
            founders.add(new Founder(account, MEMBERS.get(i)));
        }
        var memberships = organizations.membershipsOfAccount(founders.getFirst().accountId());
        if (!memberships.isEmpty()) {
            return memberships.getFirst().tenantId();
        }
        UUID firm = organizations.createOrganization("Dashboard Recruiting", "dashboard-recruiting", founders);
        long started = System.nanoTime();
        var result = currentTenant.callAs(firm, () -> generator.generate(SCALE, 20));
        double seconds = (System.nanoTime() - started) / 1e9;
        String line = String.format(Locale.ROOT, "Generated the firm (%,d candidates, %,d jobs, %,d cards, %,d"
                        + " activities with the stage changes) in %.0f s", result.candidates(), result.jobs(),
                result.applications(), result.activities(), seconds);
        System.out.println(line);
        report.add(line);
        vacuum();
        return firm;
    }

    /** The sign-in of the firm's {@code index}th member: 0 is the admin, the others recruiters. */
    static String email(int index) {
        return "dashboard-" + index + "@wecruit.example";
    }

    static String password(int index) {
        return "dashboard-password-" + index;
    }

    /** Statistics and the visibility map after the load, as autovacuum would soon make them; the owner does it. */
    private void vacuum() {
        try (Connection owner = DriverManager.getConnection(ownerConnection.getJdbcUrl(),
                ownerConnection.getUsername(), ownerConnection.getPassword());
                Statement statement = owner.createStatement()) {
            long started = System.nanoTime();
            statement.execute("vacuum (analyze) activities, applications, application_stage_history, jobs,"
                    + " job_stages, candidates");
            System.out.printf(Locale.ROOT, "Vacuumed in %.0f s%n", (System.nanoTime() - started) / 1e9);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not vacuum the benchmark database", e);
        }
    }
}
