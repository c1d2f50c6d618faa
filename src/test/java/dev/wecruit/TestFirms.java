package dev.wecruit;

import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.tenancy.Founder;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds firms with members for tests, through the same services the app uses. Names are unique per call, so tests
 * can share one database (also an external one that outlives the run).
 */
public final class TestFirms {

    public record CreatedMember(UUID accountId, String email, String password, Role role) {
    }

    public record CreatedFirm(UUID id, String name, List<CreatedMember> members) {

        public CreatedMember member(Role role) {
            return members.stream().filter(m -> m.role() == role).findFirst().orElseThrow();
        }
    }

    public static Builder aFirm(String name) {
        return new Builder(name);
    }

    public static final class Builder {

        private final String name;
        private final List<Role> roles = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder withMember(Role role) {
            roles.add(role);
            return this;
        }

        public CreatedFirm create(LocalAccountService accounts, OrganizationService organizations) {
            String unique = UUID.randomUUID().toString().substring(0, 8);
            List<CreatedMember> members = new ArrayList<>();
            for (Role role : roles) {
                String email = role.name().toLowerCase() + "-" + unique + "@" + slug(name) + ".test";
                String password = "password-" + unique;
                UUID accountId = accounts.findOrCreateAccount(email, role.name() + " of " + name, password);
                members.add(new CreatedMember(accountId, email, password, role));
            }
            UUID id = organizations.createOrganization(name, slug(name) + "-" + unique,
                    members.stream().map(m -> new Founder(m.accountId(), m.role())).toList());
            return new CreatedFirm(id, name, members);
        }

        private static String slug(String name) {
            return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        }
    }

    private TestFirms() {
    }
}
