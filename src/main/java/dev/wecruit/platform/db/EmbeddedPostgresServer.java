package dev.wecruit.platform.db;

import static dev.wecruit.platform.db.EmbeddedDatabaseStartupException.Reason.DIRECTORY_LOCKED;
import static dev.wecruit.platform.db.EmbeddedDatabaseStartupException.Reason.DIRECTORY_NOT_WRITABLE;
import static dev.wecruit.platform.db.EmbeddedDatabaseStartupException.Reason.DISK_FULL;
import static dev.wecruit.platform.db.EmbeddedDatabaseStartupException.Reason.ORPHAN_WOULD_NOT_STOP;
import static dev.wecruit.platform.db.EmbeddedDatabaseStartupException.Reason.PORT_IN_USE;
import static dev.wecruit.platform.db.EmbeddedDatabaseStartupException.Reason.POSTGRES_FAILED;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;

/**
 * A PostgreSQL cluster that Wecruit runs itself, so a developer needs no database server (see
 * {@code docs/decisions/0001-embedded-postgresql.md}).
 *
 * <p>It keeps its data in {@code <directory>/data} across restarts, writes the server log to
 * {@code <directory>/postgres.log}, runs with fsync and synchronous_commit on (the library's defaults are off), and
 * takes over the postgres left running by a JVM that was killed. Every cause a person can fix (port taken,
 * directory unwritable or in use, disk full) becomes an {@link EmbeddedDatabaseStartupException} naming the cause
 * and the fix.
 *
 * <p>On first start it creates the database and the two roles: the owner, which runs the migrations and owns the
 * schema, and the app role, which the application connects as and which row-level security applies to.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String LOCK_FILE = "epg-lock";
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path directory;
    private final String database;
    private final boolean ephemeral;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path directory, String database, boolean ephemeral) {
        this.postgres = postgres;
        this.directory = directory;
        this.database = database;
        this.ephemeral = ephemeral;
    }

    /**
     * Starts (and on first use creates) the embedded cluster, then makes sure the database and both roles exist.
     *
     * @throws EmbeddedDatabaseStartupException for every cause a person can fix
     */
    public static EmbeddedPostgresServer start(DatabaseProperties.Embedded settings, String ownerRole, String appRole) {
        requireRoleName(ownerRole);
        requireRoleName(appRole);
        Path directory = settings.ephemeral() ? createTemporaryDirectory() : settings.directory().toAbsolutePath();
        Path dataDirectory = directory.resolve("data");
        Path logFile = directory.resolve("postgres.log");

        prepareDirectory(directory, dataDirectory);
        requireFreeSpace(directory, settings.minFreeSpace());
        requireUnlocked(dataDirectory);
        stopOrphanedPostmaster(dataDirectory);
        int port = settings.port() == 0 ? anyFreePort() : requireFreePort(settings.port());

        long started = System.nanoTime();
        EmbeddedPostgres postgres = startPostgres(settings, dataDirectory, logFile, port);
        var server = new EmbeddedPostgresServer(postgres, directory, settings.database(), settings.ephemeral());
        try {
            server.createRolesAndDatabase(ownerRole, appRole);
        } catch (SQLException e) {
            server.close();
            throw new EmbeddedDatabaseStartupException(POSTGRES_FAILED,
                    "could not create the database or its roles: " + e.getMessage(),
                    "See " + logFile + " for the server's side of the story.", e);
        }
        log.info("Embedded PostgreSQL ready on localhost:{} in {} ms, data in {}",
                port, Duration.ofNanos(System.nanoTime() - started).toMillis(), dataDirectory);
        return server;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return directory.resolve("data");
    }

    /** JDBC URL of the application database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL cleanly", e);
        }
        if (ephemeral) {
            try {
                FileSystemUtils.deleteRecursively(directory);
            } catch (IOException e) {
                log.warn("Could not delete the temporary database directory {}", directory, e);
            }
        }
    }

    private void createRolesAndDatabase(String ownerRole, String appRole) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            // The owner bypasses row-level security only inside the few SECURITY DEFINER functions it owns
            // (looking up one account's memberships at sign-in); the app role never does.
            createRoleIfMissing(c, ownerRole, "LOGIN NOSUPERUSER BYPASSRLS NOCREATEDB NOCREATEROLE");
            createRoleIfMissing(c, appRole, "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE");
            if (!exists(c, "select 1 from pg_database where datname = ?", database)) {
                s.execute("create database \"" + database + "\" owner \"" + ownerRole + "\"");
                s.execute("revoke all on database \"" + database + "\" from public");
                s.execute("grant connect, temporary on database \"" + database + "\" to \"" + appRole + "\"");
                log.info("Created database {} owned by {}, app role {}", database, ownerRole, appRole);
            }
        }
    }

    private static void createRoleIfMissing(Connection c, String role, String attributes) throws SQLException {
        if (!exists(c, "select 1 from pg_roles where rolname = ?", role)) {
            try (Statement s = c.createStatement()) {
                s.execute("create role \"" + role + "\" " + attributes);
            }
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static EmbeddedPostgres startPostgres(
            DatabaseProperties.Embedded settings, Path dataDirectory, Path logFile, int port) {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(settings.startupTimeout())
                    // the library starts postgres with -F (fsync off); a crash would then lose committed data
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("encoding", "UTF8")
                    .setRegisterShutdownHook(false) // Spring closes us; two hooks would race
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw classifyStartFailure(e, dataDirectory, logFile, port);
        }
    }

    static EmbeddedDatabaseStartupException classifyStartFailure(
            Exception e, Path dataDirectory, Path logFile, int port) {
        String logTail = tail(logFile, 30);
        String evidence = (messages(e) + "\n" + logTail).toLowerCase(Locale.ROOT);
        if (evidence.contains("no space left on device") || evidence.contains("disk quota exceeded")) {
            return diskFull(dataDirectory.getParent(), e);
        }
        if (evidence.contains("address already in use") || evidence.contains("could not bind")) {
            return portInUse(port, e);
        }
        if (evidence.contains("could not lock")) {
            return locked(dataDirectory, e);
        }
        if (evidence.contains("permission denied") || evidence.contains("read-only file system")) {
            return notWritable(dataDirectory.getParent(), e.getMessage(), e);
        }
        return new EmbeddedDatabaseStartupException(POSTGRES_FAILED,
                "PostgreSQL did not start: " + e.getMessage()
                        + (logTail.isBlank() ? "" : "\nLast lines of " + logFile + ":\n" + logTail),
                "Read " + logFile + ". If the data directory is damaged and holds nothing you need, delete "
                        + dataDirectory + " to start afresh.", e);
    }

    private static void prepareDirectory(Path directory, Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            Path probe = Files.createTempFile(directory, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            String reason = messages(e).toLowerCase(Locale.ROOT);
            if (reason.contains("no space left")) {
                throw diskFull(directory, e);
            }
            throw notWritable(directory, e.toString(), e);
        }
    }

    private static void requireFreeSpace(Path directory, DataSize minimum) {
        try {
            long usable = Files.getFileStore(directory).getUsableSpace();
            if (usable < minimum.toBytes()) {
                throw new EmbeddedDatabaseStartupException(DISK_FULL,
                        "only " + DataSize.ofBytes(usable).toMegabytes() + " MB free on the disk of " + directory
                                + ", less than the " + minimum.toMegabytes() + " MB the database needs to run safely",
                        freeSpaceAction(directory));
            }
        } catch (IOException e) {
            log.debug("Could not read the free space of {}", directory, e);
        }
    }

    /** Fails when another live process (another Wecruit, say) holds the data directory's lock. */
    private static void requireUnlocked(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw locked(dataDirectory, null);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw locked(dataDirectory, e);
        } catch (IOException e) {
            throw notWritable(dataDirectory, e.toString(), e);
        }
    }

    /**
     * A JVM killed with SIGKILL leaves its postgres running, holding the port and the data directory. The data
     * directory's lock is free again (the lock died with the JVM), so a live postmaster of that directory is an
     * orphan: ask it to shut down (SIGTERM, a smart shutdown: its clients died with the JVM) and wait.
     */
    static void stopOrphanedPostmaster(Path dataDirectory) {
        Optional<ProcessHandle> orphan = PostmasterPidFile.read(dataDirectory).flatMap(PostmasterPidFile::liveProcess);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        if (!PostmasterPidFile.looksLikePostgres(process)) {
            // the pid was reused by an unrelated process after a reboot: the pid file is stale
            PostmasterPidFile.delete(dataDirectory);
            return;
        }
        log.warn("Found an orphaned embedded PostgreSQL (pid {}) left by an earlier Wecruit that did not shut down;"
                + " stopping it before starting afresh", process.pid());
        process.destroy();
        if (!awaitExit(process, ORPHAN_STOP_TIMEOUT)) {
            log.warn("The orphaned PostgreSQL (pid {}) ignored SIGTERM; killing it", process.pid());
            process.destroyForcibly();
            if (!awaitExit(process, Duration.ofSeconds(10))) {
                throw new EmbeddedDatabaseStartupException(ORPHAN_WOULD_NOT_STOP,
                        "an orphaned PostgreSQL (pid " + process.pid() + ") still runs on " + dataDirectory
                                + " and would not stop",
                        "Stop it by hand (kill " + process.pid() + ") and start Wecruit again.");
            }
        }
        log.info("Stopped the orphaned PostgreSQL (pid {})", process.pid());
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }

    private static int requireFreePort(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw portInUse(port, e);
        }
    }

    private static int anyFreePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createTemporaryDirectory() {
        try {
            return Files.createTempDirectory("wecruit-postgres-");
        } catch (IOException e) {
            throw notWritable(Path.of(System.getProperty("java.io.tmpdir")), e.toString(), e);
        }
    }

    private static EmbeddedDatabaseStartupException portInUse(int port, Throwable cause) {
        return new EmbeddedDatabaseStartupException(PORT_IN_USE,
                "port " + port + " on localhost is already in use by another program",
                "Stop the program that uses port " + port + ", or choose another port with wecruit.db.embedded.port"
                        + " (env WECRUIT_DB_EMBEDDED_PORT); 0 picks any free port.", cause);
    }

    private static EmbeddedDatabaseStartupException notWritable(Path directory, String reason, Throwable cause) {
        return new EmbeddedDatabaseStartupException(DIRECTORY_NOT_WRITABLE,
                "cannot create or write to " + directory + " (" + reason + ")",
                "Make " + directory + " writable for this user, or point wecruit.db.embedded.directory"
                        + " (env WECRUIT_DB_EMBEDDED_DIRECTORY) at a directory that is.", cause);
    }

    private static EmbeddedDatabaseStartupException locked(Path dataDirectory, Throwable cause) {
        return new EmbeddedDatabaseStartupException(DIRECTORY_LOCKED,
                dataDirectory + " is in use by another running Wecruit",
                "Stop the other Wecruit first, or give this one its own directory with"
                        + " wecruit.db.embedded.directory (env WECRUIT_DB_EMBEDDED_DIRECTORY).", cause);
    }

    private static EmbeddedDatabaseStartupException diskFull(Path directory, Throwable cause) {
        return new EmbeddedDatabaseStartupException(DISK_FULL,
                "the disk holding " + directory + " is full", freeSpaceAction(directory), cause);
    }

    private static String freeSpaceAction(Path directory) {
        return "Free some space on the disk of " + directory + ", or move the database with"
                + " wecruit.db.embedded.directory (env WECRUIT_DB_EMBEDDED_DIRECTORY) to a disk with room.";
    }

    private static void requireRoleName(String role) {
        if (!ROLE_NAME.matcher(role).matches()) {
            throw new IllegalArgumentException("Not a plain PostgreSQL role name: " + role);
        }
    }

    private static String messages(Throwable e) {
        var text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
