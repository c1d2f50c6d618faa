package dev.wecruit.demo;

import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.tenancy.Founder;
import dev.wecruit.tenancy.OrganizationService;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the demo firms once (it finds them on later starts) and prints their logins. Each firm is created in one
 * transaction; accounts are created first and found again on a rerun, so an interrupted seed completes next time.
 */
class DemoDataSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final LocalAccountService accounts;
    private final OrganizationService organizations;

    DemoDataSeeder(LocalAccountService accounts, OrganizationService organizations) {
        this.accounts = accounts;
        this.organizations = organizations;
    }

    void seed() {
        for (DemoFirms.Firm firm : DemoFirms.ALL) {
            List<Founder> founders = new ArrayList<>();
            for (DemoFirms.Person person : firm.people()) {
                UUID accountId = accounts.findOrCreateAccount(person.email(), person.displayName(), person.password());
                founders.add(new Founder(accountId, person.role()));
            }
            boolean exists = !organizations.membershipsOfAccount(founders.getFirst().accountId()).isEmpty();
            if (!exists) {
                organizations.createOrganization(firm.name(), firm.slug(), founders);
                log.info("Seeded demo firm {}", firm.name());
            }
        }
    }

    String banner(String baseUrl) {
        var text = new StringBuilder("\n\n  Wecruit is ready at ").append(baseUrl).append("\n  Demo logins:\n");
        for (DemoFirms.Firm firm : DemoFirms.ALL) {
            for (DemoFirms.Person person : firm.people()) {
                text.append(String.format("    %-24s %-10s %-30s %s%n",
                        firm.name(), person.role().name().toLowerCase(java.util.Locale.ROOT),
                        person.email(), person.password()));
            }
        }
        return text.toString();
    }
}
