package dev.wecruit.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wecruit.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The production-like database (docker compose, CI) has pgvector and TimescaleDB working, which matching and the
 * activity timeline will need. The embedded PostgreSQL has neither, so this is skipped there, unless
 * {@code WECRUIT_TEST_REQUIRE_EXTENSIONS=true} (CI) turns the skip into a failure.
 */
@IntegrationTest
class DatabaseExtensionsIT {

    @Autowired JdbcTemplate jdbc;

    @Value("${WECRUIT_TEST_REQUIRE_EXTENSIONS:false}")
    boolean required;

    @Test
    void the_app_can_use_pgvector_and_timescaledb() {
        List<String> installed = jdbc.queryForList(
                "select extname from pg_extension where extname in ('vector', 'timescaledb')", String.class);
        if (!required) {
            assumeTrue(installed.size() == 2, "pgvector and TimescaleDB are not installed in this PostgreSQL");
        }
        assertThat(installed).containsExactlyInAnyOrder("vector", "timescaledb");

        assertThat(jdbc.queryForObject("select '[1,2,3]'::vector <-> '[1,2,5]'::vector", Double.class))
                .isEqualTo(2.0);
        // TimescaleDB only creates its extension when preloaded, and time_bucket is its function
        assertThat(jdbc.queryForObject("select time_bucket('1 hour', timestamptz '2026-11-24 10:42:00+00')",
                Timestamp.class).toInstant()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
    }
}
