package dev.wecruit.platform.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.springframework.util.unit.DataSize;

/**
 * Run in a separate JVM by {@link EmbeddedPostgresServerIT}: starts the embedded server on a directory, writes a
 * row, says READY and waits to be killed.
 */
public final class EmbeddedPostgresChild {

    public static void main(String[] args) throws Exception {
        var settings = new DatabaseProperties.Embedded(Path.of(args[0]), 0, "wecruit", null, DataSize.ofMegabytes(1), false);
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings, "wecruit_owner", "wecruit_app");
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "wecruit_owner", "");
                Statement s = c.createStatement()) {
            s.execute("create table if not exists survivors (name text)");
            s.execute("insert into survivors values ('" + args[1] + "')");
        }
        System.out.println("READY " + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }

    private EmbeddedPostgresChild() {
    }
}
