package dev.wecruit.platform.db;

import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the database: the embedded PostgreSQL unless {@code wecruit.db.url} or {@code spring.datasource.url} is
 * set. Either way the app connects as the app role and Flyway migrates as the owner role, and the migrations grant
 * the app role what it needs through the {@code app_role} placeholder.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedDatabaseCondition.class)
    EmbeddedPostgresServer embeddedPostgresServer(DatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties.embedded(), properties.ownerUsername(), properties.username());
    }

    @Bean
    @Conditional(EmbeddedDatabaseCondition.class)
    JdbcConnectionDetails embeddedJdbcConnectionDetails(EmbeddedPostgresServer server, DatabaseProperties properties) {
        // the embedded cluster trusts local connections: it listens on localhost only
        return new AppConnection(server.jdbcUrl(), properties.username(), null);
    }

    @Bean
    @Conditional(EmbeddedDatabaseCondition.class)
    FlywayConnectionDetails embeddedFlywayConnectionDetails(EmbeddedPostgresServer server, DatabaseProperties properties) {
        return new MigrationConnection(server.jdbcUrl(), properties.ownerUsername(), null);
    }

    @Bean
    @Conditional(WecruitDbUrlCondition.class)
    JdbcConnectionDetails externalJdbcConnectionDetails(DatabaseProperties properties) {
        return new AppConnection(properties.url(), properties.username(), properties.password());
    }

    @Bean
    @Conditional(WecruitDbUrlCondition.class)
    FlywayConnectionDetails externalFlywayConnectionDetails(DatabaseProperties properties) {
        return new MigrationConnection(properties.url(), properties.ownerUsername(), properties.ownerPassword());
    }

    @Bean
    FlywayConfigurationCustomizer appRolePlaceholder(JdbcConnectionDetails app) {
        return configuration -> configuration.placeholders(Map.of("app_role", app.getUsername()));
    }

    @Bean
    DatabaseRoleGuard databaseRoleGuard(DataSource dataSource) {
        return new DatabaseRoleGuard(dataSource);
    }

    /** How the app's pool connects: as the app role. */
    record AppConnection(String getJdbcUrl, String getUsername, String getPassword) implements JdbcConnectionDetails {
    }

    /** How Flyway connects: as the owner role. */
    record MigrationConnection(String getJdbcUrl, String getUsername, String getPassword)
            implements FlywayConnectionDetails {
    }
}
