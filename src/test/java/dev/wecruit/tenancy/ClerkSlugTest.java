package dev.wecruit.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A firm made from a Clerk organization always gets a slug the organizations table accepts. */
class ClerkSlugTest {

    @Test
    void clerk_slugs_and_names_become_valid_firm_slugs() {
        assertThat(ClerkDirectory.slugBase("acme-corp")).isEqualTo("acme-corp");
        assertThat(ClerkDirectory.slugBase("Acme Corp & Partners!")).isEqualTo("acme-corp-partners");
        assertThat(ClerkDirectory.slugBase("--x--")).isEqualTo("firm-x");
        assertThat(ClerkDirectory.slugBase("Äöü")).isEqualTo("firm");
        assertThat(ClerkDirectory.slugBase(null)).isEqualTo("firm");
        assertThat(ClerkDirectory.slugBase("a".repeat(100))).hasSize(63).matches("[a-z0-9][a-z0-9-]{1,62}");
        assertThat(ClerkDirectory.slugBase("a".repeat(62) + "-b")).isEqualTo("a".repeat(62))
                .matches("[a-z0-9][a-z0-9-]{1,62}");
    }
}
