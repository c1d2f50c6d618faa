package dev.wecruit.demo;

import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.demo.RealisticFirmGenerator.Result;
import dev.wecruit.demo.RealisticFirmGenerator.Scale;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Founder;
import dev.wecruit.tenancy.OrganizationService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the demo firms once (it finds them on later starts), fills each with generated records, and prints their
 * logins. Each firm is created in one transaction; accounts are created first and found again on a rerun, so an
 * interrupted seed completes next time. Records are generated for a firm that has none (a new firm, or one made by
 * an older version of Wecruit), so restarts never add more: a firm whose generation failed half-way stays as far as
 * it got until the database is reset.
 */
class DemoDataSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final LocalAccountService accounts;
    private final OrganizationService organizations;
    private final RealisticFirmGenerator generator;
    private final CurrentTenant currentTenant;
    private final int candidatesOfMainFirm;
    private final CompanyService companies;
    private final CandidateService candidates;

    /** @param candidatesOfMainFirm the size of the main demo firm; the other firms get at most as many */
    DemoDataSeeder(LocalAccountService accounts, OrganizationService organizations, RealisticFirmGenerator generator,
            CurrentTenant currentTenant, CompanyService companies, CandidateService candidates,
            int candidatesOfMainFirm) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.generator = generator;
        this.currentTenant = currentTenant;
        this.companies = companies;
        this.candidates = candidates;
        this.candidatesOfMainFirm = candidatesOfMainFirm;
    }

    void seed() {
        for (DemoFirms.Firm firm : DemoFirms.ALL) {
            List<Founder> founders = new ArrayList<>();
            for (DemoFirms.Person person : firm.people()) {
                UUID accountId = accounts.findOrCreateAccount(person.email(), person.displayName(), person.password());
                founders.add(new Founder(accountId, person.role()));
            }
            var memberships = organizations.membershipsOfAccount(founders.getFirst().accountId());
            UUID firmId = memberships.isEmpty()
                    ? organizations.createOrganization(firm.name(), firm.slug(), founders)
                    : memberships.getFirst().tenantId();
            if (currentTenant.callAs(firmId, () -> companies.count() == 0 && candidates.count() == 0)) {
                fill(firm, firmId);
            }
        }
    }

    /** The main firm has a database of the configured size; the others are small, for showing tenant isolation. */
    Scale scaleOf(DemoFirms.Firm firm) {
        if (firm.equals(DemoFirms.NORTHWIND)) {
            return Scale.ofCandidates(candidatesOfMainFirm);
        }
        Scale small = Scale.SMALL;
        return new Scale(small.companies(), small.contactsPerCompany(), small.jobs(),
                Math.min(small.candidates(), candidatesOfMainFirm),
                Math.min(small.activities(), 5 * candidatesOfMainFirm));
    }

    private void fill(DemoFirms.Firm firm, UUID firmId) {
        long started = System.nanoTime();
        Result result = currentTenant.callAs(firmId, () -> generator.generate(scaleOf(firm), firm.slug().hashCode()));
        log.info("Seeded demo firm {}: {} companies, {} jobs, {} candidates, {} activities in {} ms", firm.name(),
                result.companies(), result.jobs(), result.candidates(), result.activities(),
                (System.nanoTime() - started) / 1_000_000);
    }

    String banner(String baseUrl) {
        var text = new StringBuilder("\n\n  Wecruit is ready at ").append(baseUrl).append("\n  Demo logins:\n");
        for (DemoFirms.Firm firm : DemoFirms.ALL) {
            for (DemoFirms.Person person : firm.people()) {
                text.append(String.format("    %-24s %-10s %-30s %s%n",
                        firm.name(), person.role().name().toLowerCase(Locale.ROOT),
                        person.email(), person.password()));
            }
        }
        return text.toString();
    }
}
