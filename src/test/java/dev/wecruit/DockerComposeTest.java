package dev.wecruit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where the tests run, so the compose file is checked by reading it: the database image ships
 * pgvector and TimescaleDB, the init script creates both roles, and the app is wired to them the way the app reads
 * its settings.
 */
class DockerComposeTest {

    static final Path COMPOSE_FILE = Path.of("docker-compose.yml");

    @SuppressWarnings("unchecked")
    final Map<String, Object> compose = (Map<String, Object>) load();

    @Test
    void the_database_image_ships_pgvector_and_timescaledb_and_runs_the_role_init_script() throws IOException {
        Map<String, Object> db = service("db");
        assertThat((String) db.get("image")).startsWith("timescale/timescaledb-ha:");
        List<String> volumes = list(db.get("volumes"));
        String initMount = volumes.stream().filter(v -> v.contains("/docker-entrypoint-initdb.d")).findFirst()
                .orElseThrow();
        Path initDirectory = Path.of(initMount.substring(0, initMount.indexOf(':')));
        assertThat(initDirectory).isDirectory();
        String script;
        try (var files = Files.list(initDirectory)) {
            script = files.map(DockerComposeTest::read).reduce("", String::concat);
        }
        assertThat(script).contains("BYPASSRLS").contains("NOBYPASSRLS").contains("NOSUPERUSER");
        assertThat(db).containsKey("healthcheck");
    }

    @Test
    void the_app_connects_as_the_app_role_and_migrates_as_the_owner() {
        Map<String, Object> app = service("app");
        Map<String, Object> environment = (Map<String, Object>) app.get("environment");
        assertThat(environment).containsKeys("WECRUIT_DB_URL", "WECRUIT_DB_USERNAME", "WECRUIT_DB_PASSWORD",
                "WECRUIT_DB_OWNER_USERNAME", "WECRUIT_DB_OWNER_PASSWORD");
        assertThat(environment.get("WECRUIT_DB_URL").toString()).startsWith("jdbc:postgresql://db:5432/");
        assertThat(environment.get("WECRUIT_DB_USERNAME")).isNotEqualTo(environment.get("WECRUIT_DB_OWNER_USERNAME"));
        assertThat(app.get("depends_on").toString()).contains("db").contains("service_healthy");
        assertThat(list(app.get("ports"))).anyMatch(port -> port.endsWith(":8080"));
        assertThat(Path.of(((Map<String, Object>) app.get("build")).get("dockerfile").toString())).exists();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_app_gets_its_pii_keys_from_the_environment_with_no_default() {
        Map<String, Object> environment = (Map<String, Object>) service("app").get("environment");

        assertThat(environment.get("WECRUIT_CRYPTO_KEYS_1")).isEqualTo("${WECRUIT_CRYPTO_KEYS_1:-}");
        assertThat(environment.get("WECRUIT_CRYPTO_BLIND_INDEX_KEY")).isEqualTo("${WECRUIT_CRYPTO_BLIND_INDEX_KEY:-}");
    }


    private Map<String, Object> service(String name) {
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    private static List<String> list(Object value) {
        return ((List<?>) value).stream().map(Object::toString).toList();
    }

    private static Object load() {
        try {
            return new Yaml().load(Files.readString(COMPOSE_FILE));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
