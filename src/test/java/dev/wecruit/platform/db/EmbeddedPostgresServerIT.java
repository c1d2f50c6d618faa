package dev.wecruit.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.platform.db.EmbeddedDatabaseStartupException.Reason;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class EmbeddedPostgresServerIT {

    @TempDir
    Path directory;

    @Test
    void keeps_its_data_across_a_restart_and_runs_with_fsync_and_synchronous_commit_on() throws Exception {
        try (var server = start(settings(0))) {
            execute(server, "create table notes (text text)", "insert into notes values ('still here')");
            assertThat(query(server, "show fsync")).containsExactly("on");
            assertThat(query(server, "show synchronous_commit")).containsExactly("on");
        }
        try (var server = start(settings(0))) {
            assertThat(query(server, "select text from notes")).containsExactly("still here");
        }
        assertThat(directory.resolve("postgres.log")).exists();
    }

    @Test
    void creates_an_app_role_that_is_neither_superuser_nor_bypassing_row_level_security() throws Exception {
        try (var server = start(settings(0))) {
            assertThat(query(server, "select rolsuper::text || ' ' || rolbypassrls::text from pg_roles"
                    + " where rolname = 'wecruit_app'")).containsExactly("false false");
            assertThat(query(server, "select pg_catalog.pg_get_userbyid(datdba) from pg_database"
                    + " where datname = 'wecruit'")).containsExactly("wecruit_owner");
        }
    }

    @Test
    void takes_over_the_postgres_orphaned_by_a_killed_jvm() throws Exception {
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresChild.class.getName(), directory.toString(), "written before kill -9")
                .redirectErrorStream(true)
                .start();
        var output = new BufferedReader(new InputStreamReader(child.getInputStream()));
        List<String> seen = new ArrayList<>();
        String line;
        while ((line = output.readLine()) != null && !line.startsWith("READY")) {
            seen.add(line);
        }
        assertThat(line).as("child output: %s", seen).startsWith("READY");

        child.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long orphanPid = PostmasterPidFile.read(directory.resolve("data")).orElseThrow();
        ProcessHandle orphan = ProcessHandle.of(orphanPid).orElseThrow();
        assertThat(orphan.isAlive()).as("the killed JVM's postgres lives on").isTrue();

        try (var server = start(settings(0))) {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(query(server, "select name from survivors")).containsExactly("written before kill -9");
        }
    }

    @Test
    void refuses_a_port_that_is_taken_and_says_how_to_fix_it() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> start(settings(taken.getLocalPort())))
                    .isInstanceOfSatisfying(EmbeddedDatabaseStartupException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.PORT_IN_USE);
                        assertThat(e.getMessage()).contains("port " + taken.getLocalPort());
                        assertThat(e.action()).contains("WECRUIT_DB_EMBEDDED_PORT");
                    });
        }
    }

    @Test
    void refuses_a_directory_it_cannot_create_and_says_how_to_fix_it() throws Exception {
        Path aFile = Files.writeString(directory.resolve("not-a-directory"), "x");
        var settings = new DatabaseProperties.Embedded(aFile.resolve("postgres"), 0, null, null, null, false);

        assertThatThrownBy(() -> start(settings))
                .isInstanceOfSatisfying(EmbeddedDatabaseStartupException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DIRECTORY_NOT_WRITABLE);
                    assertThat(e.getMessage()).contains(aFile.resolve("postgres").toString());
                    assertThat(e.action()).contains("WECRUIT_DB_EMBEDDED_DIRECTORY");
                });
    }

    @Test
    void refuses_a_directory_that_another_running_wecruit_holds() throws Exception {
        try (var running = start(settings(0))) {
            // a second JVM would see the lock; in one JVM the lock shows up as overlapping
            assertThatThrownBy(() -> start(settings(0)))
                    .isInstanceOfSatisfying(EmbeddedDatabaseStartupException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.DIRECTORY_LOCKED);
                        assertThat(e.action()).contains("Stop the other Wecruit");
                    });
            assertThat(query(running, "select 1")).containsExactly("1");
        }
    }

    @Test
    void refuses_to_start_on_a_disk_without_room_and_says_how_to_fix_it() {
        var settings = new DatabaseProperties.Embedded(directory, 0, null, null, DataSize.ofTerabytes(1024), false);

        assertThatThrownBy(() -> start(settings))
                .isInstanceOfSatisfying(EmbeddedDatabaseStartupException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DISK_FULL);
                    assertThat(e.action()).contains("Free some space");
                });
    }

    private DatabaseProperties.Embedded settings(int port) {
        return new DatabaseProperties.Embedded(directory, port, null, null, DataSize.ofMegabytes(1), false);
    }

    private static EmbeddedPostgresServer start(DatabaseProperties.Embedded settings) {
        return EmbeddedPostgresServer.start(settings, "wecruit_owner", "wecruit_app");
    }

    private static void execute(EmbeddedPostgresServer server, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "wecruit_owner", "");
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static List<String> query(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "wecruit_owner", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
