package dev.wecruit.platform.db;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Where Wecruit's PostgreSQL is. Without {@code wecruit.db.url} (env {@code WECRUIT_DB_URL}) and without
 * {@code spring.datasource.url}, Wecruit starts an embedded PostgreSQL of its own.
 *
 * <p>Two database roles: the app connects as {@code username} (not the owner, not a superuser, no BYPASSRLS, so
 * row-level security applies to it), Flyway migrates as {@code ownerUsername}.
 *
 * @param url JDBC URL of an external PostgreSQL; empty means embedded
 * @param username the app role
 * @param password the app role's password
 * @param ownerUsername the role that owns the schema and runs the migrations
 * @param ownerPassword its password
 * @param embedded settings of the embedded PostgreSQL
 */
@ConfigurationProperties("wecruit.db")
public record DatabaseProperties(
        String url,
        String username,
        String password,
        String ownerUsername,
        String ownerPassword,
        Embedded embedded) {

    public static final String DEFAULT_APP_ROLE = "wecruit_app";
    public static final String DEFAULT_OWNER_ROLE = "wecruit_owner";
    public static final String DEFAULT_DATABASE = "wecruit";

    public DatabaseProperties {
        username = StringUtils.hasText(username) ? username : DEFAULT_APP_ROLE;
        ownerUsername = StringUtils.hasText(ownerUsername) ? ownerUsername : DEFAULT_OWNER_ROLE;
        embedded = embedded != null ? embedded : new Embedded(null, null, null, null, null, false);
    }

    /**
     * @param directory where the embedded cluster lives ({@code data/} and {@code postgres.log} inside)
     * @param port TCP port on localhost; 0 picks a free one
     * @param database database name
     * @param startupTimeout how long to wait for postgres to accept connections
     * @param minFreeSpace refuse to start when the disk has less free space than this
     * @param ephemeral use a fresh temporary directory and delete it on shutdown (tests)
     */
    public record Embedded(
            Path directory,
            Integer port,
            String database,
            Duration startupTimeout,
            DataSize minFreeSpace,
            boolean ephemeral) {

        public static final int DEFAULT_PORT = 54329;

        public Embedded {
            directory = directory != null ? directory : Path.of(System.getProperty("user.home"), ".wecruit", "postgres");
            port = port != null ? port : DEFAULT_PORT;
            database = StringUtils.hasText(database) ? database : DEFAULT_DATABASE;
            startupTimeout = startupTimeout != null ? startupTimeout : Duration.ofSeconds(60);
            minFreeSpace = minFreeSpace != null ? minFreeSpace : DataSize.ofMegabytes(256);
        }
    }
}
