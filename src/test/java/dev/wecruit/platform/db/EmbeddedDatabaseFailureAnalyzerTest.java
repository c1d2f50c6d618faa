package dev.wecruit.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.platform.db.EmbeddedDatabaseStartupException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;

class EmbeddedDatabaseFailureAnalyzerTest {

    @TempDir
    Path directory;

    @Test
    void the_startup_report_names_the_cause_and_the_fix_instead_of_a_stack_trace() {
        var cause = new EmbeddedDatabaseStartupException(Reason.PORT_IN_USE,
                "port 54329 on localhost is already in use by another program", "Choose another port.");
        var wrapped = new BeanCreationException("embeddedPostgresServer", "failed", cause);

        var analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(wrapped);

        assertThat(analysis.getDescription()).contains("PORT_IN_USE").contains("port 54329");
        assertThat(analysis.getAction()).isEqualTo("Choose another port.");
    }

    @Test
    void a_full_disk_reported_by_postgres_is_recognised() throws Exception {
        Path data = Files.createDirectories(directory.resolve("data"));
        Files.writeString(directory.resolve("postgres.log"),
                "FATAL:  could not write to file \"pg_wal/xlogtemp.42\": No space left on device\n");

        var failure = EmbeddedPostgresServer.classifyStartFailure(
                new java.io.IOException("Gave up waiting for server to start"), data, directory.resolve("postgres.log"), 5);

        assertThat(failure.reason()).isEqualTo(Reason.DISK_FULL);
        assertThat(failure.action()).contains("Free some space");
    }

    @Test
    void an_unknown_failure_quotes_the_postgres_log() throws Exception {
        Path data = Files.createDirectories(directory.resolve("data"));
        Files.writeString(directory.resolve("postgres.log"), "FATAL:  database files are incompatible with server\n");

        var failure = EmbeddedPostgresServer.classifyStartFailure(
                new java.io.IOException("pg_ctl failed"), data, directory.resolve("postgres.log"), 5);

        assertThat(failure.reason()).isEqualTo(Reason.POSTGRES_FAILED);
        assertThat(failure.getMessage()).contains("database files are incompatible");
        assertThat(failure.action()).contains("postgres.log");
    }
}
