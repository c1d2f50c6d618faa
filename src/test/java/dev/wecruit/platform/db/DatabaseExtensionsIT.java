package dev.wecruit.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wecruit.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The production-like database (docker compose, CI) offers pgvector and TimescaleDB, which matching and the activity
 * timeline will need. The embedded PostgreSQL has neither, so this is skipped there, unless
 * {@code WECRUIT_TEST_REQUIRE_EXTENSIONS=true} (CI) turns the skip into a failure.
 */
@IntegrationTest
class DatabaseExtensionsIT {

    @Autowired JdbcTemplate jdbc;

    @Value("${WECRUIT_TEST_REQUIRE_EXTENSIONS:false}")
    boolean required;

    @Test
    void the_database_offers_pgvector_and_timescaledb() {
        List<String> available = jdbc.queryForList(
                "select name from pg_available_extensions where name in ('vector', 'timescaledb')", String.class);
        if (!required) {
            assumeTrue(available.size() == 2, "pgvector and TimescaleDB are not installed in this PostgreSQL");
        }
        assertThat(available).containsExactlyInAnyOrder("vector", "timescaledb");
        assertThat(jdbc.queryForObject("show shared_preload_libraries", String.class)).contains("timescaledb");
    }
}
