package dev.wecruit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The production jar, started as a user would start it: {@code java -jar}, on its own embedded PostgreSQL in a
 * fresh directory, on a free port.
 */
final class RunningApp implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Duration startup;

    private RunningApp(Process process, int port, Duration startup) {
        this.process = process;
        this.port = port;
        this.startup = startup;
    }

    static RunningApp start(Path workDirectory) throws IOException {
        Path jar = Path.of(System.getProperty("wecruit.e2e.jar", "target/wecruit-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).as("the production jar (./mvnw -Pproduction package)").exists();
        int port = freePort();
        Files.createDirectories(workDirectory);
        Path log = workDirectory.resolve("app.log");
        var builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector",
                "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--wecruit.db.embedded.directory=" + workDirectory.resolve("postgres").toAbsolutePath(),
                "--wecruit.crypto.key-file=" + workDirectory.resolve("secrets/pii-keys.properties").toAbsolutePath(),
                "--wecruit.db.embedded.port=0",
                // the demo's 2,000 candidates are not read for matching while the other tests run: the matching
                // test has its admin re-index their own small firm, as after a change of model
                "--wecruit.matching.index-on-change=false")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("WECRUIT_") || name.startsWith("SPRING_"));
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                    .until(() -> !process.isAlive() || loginPageAnswers(port));
            assertThat(process.isAlive()).as("the app is running; see %s", log).isTrue();
        } catch (RuntimeException | AssertionError e) {
            stop(process);
            throw e;
        }
        return new RunningApp(process, port, Duration.ofNanos(System.nanoTime() - started));
    }

    String url(String path) {
        return url(port, path);
    }

    private static String url(int port, String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** From {@code java -jar} to the login page answering. */
    Duration startup() {
        return startup;
    }

    private static boolean loginPageAnswers(int port) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url(port, "login"))).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        stop(process);
    }

    private static void stop(Process process) {
        process.destroy(); // SIGTERM: Spring shuts down and stops its PostgreSQL
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
