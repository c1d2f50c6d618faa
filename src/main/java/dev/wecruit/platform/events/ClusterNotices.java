package dev.wecruit.platform.events;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Tells the other app nodes on the same database what happened here, through PostgreSQL {@code LISTEN/NOTIFY}:
 * pipeline moves, progress of background work. A notice sent inside a transaction is delivered exactly when that
 * transaction commits, and never for one rolled back. Each node listens on one connection of its own, outside the
 * pool, and hands what another node sent to the listeners of its topic; its own notices it ignores, since the
 * sender handled them locally. When the connection drops, the node reconnects with a growing pause and tells every
 * listener that it may have missed notices meanwhile.
 *
 * <p>Every node of every firm on the database hears every notice: payloads carry ids, counts and times, never a
 * name or any other personal data, and receivers keep only what concerns their own firm's views.
 */
@Component
public class ClusterNotices implements SmartLifecycle {

    /** The one channel all topics share; a node needs one listening connection, not one per feature. */
    public static final String CHANNEL = "wecruit_cluster";
    /** The listening connection's {@code application_name}, to find it in {@code pg_stat_activity}. */
    public static final String LISTENER_NAME = "wecruit-cluster-listener";
    private static final Logger log = LoggerFactory.getLogger(ClusterNotices.class);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(30);

    /** What goes over the channel: which node sent it, about what, and the payload as JSON. */
    record Notice(UUID node, String topic, JsonNode payload) {
    }

    private record Subscription<T>(Class<T> type, Consumer<T> onNotice) {
    }

    private final UUID node = UUID.randomUUID();
    private final JdbcConnectionDetails database;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Map<String, List<Subscription<?>>> subscriptions = new ConcurrentHashMap<>();
    private final List<Runnable> onMissed = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private Thread listener;

    ClusterNotices(JdbcConnectionDetails database, JdbcTemplate jdbc, ObjectMapper json) {
        this.database = database;
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Sends a notice to the other nodes. Called inside a transaction, PostgreSQL holds it until the commit; outside
     * one, it goes at once.
     */
    public void send(String topic, Object payload) {
        jdbc.queryForList("select pg_notify(?, ?)", CHANNEL,
                json.writeValueAsString(new Notice(node, topic, json.valueToTree(payload))));
    }

    /** Hands other nodes' notices of {@code topic} to {@code onNotice}, on the listening thread: keep it short. */
    public <T> void listen(String topic, Class<T> type, Consumer<T> onNotice) {
        subscriptions.computeIfAbsent(topic, key -> new CopyOnWriteArrayList<>())
                .add(new Subscription<>(type, onNotice));
    }

    /** Runs {@code action} after the node reconnected: notices sent while it was away were not heard. */
    public void onMissedNotices(Runnable action) {
        onMissed.add(action);
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().name(LISTENER_NAME).daemon().start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration pause = Duration.ofMillis(250);
        boolean reconnecting = false;
        while (running) {
            try (Connection connection = listeningConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                if (reconnecting) {
                    log.info("Listening to other nodes again; what they sent meanwhile is read again");
                    onMissed.forEach(ClusterNotices::runQuietly);
                }
                pause = Duration.ofMillis(250);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                long checked = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(1000);
                    if (System.nanoTime() - checked > CHECK_EVERY.toNanos()) {
                        // waiting for notifications would not notice a connection that died silently; a query does
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("select 1");
                        }
                        checked = System.nanoTime();
                    }
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            hear(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                reconnecting = true;
                log.warn("Lost the connection that hears other nodes; retrying in {} ms: {}", pause.toMillis(),
                        e.getMessage());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /**
     * A connection of the listener's own, outside the pool: it is held for as long as the node runs, and a pooled one
     * would take a slot from requests and go back to the pool still listening.
     */
    private Connection listeningConnection() throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", database.getUsername());
        if (database.getPassword() != null) {
            properties.setProperty("password", database.getPassword());
        }
        properties.setProperty("ApplicationName", LISTENER_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = DriverManager.getConnection(database.getJdbcUrl(), properties);
        connection.setAutoCommit(true);
        return connection;
    }

    private void hear(String text) {
        try {
            Notice notice = json.readValue(text, Notice.class);
            if (node.equals(notice.node())) {
                return;
            }
            for (Subscription<?> subscription : subscriptions.getOrDefault(notice.topic(), List.of())) {
                deliver(subscription, notice.payload());
            }
        } catch (RuntimeException e) {
            // one unreadable notice must not stop the line; the views it concerned catch up on their next read
            log.warn("Ignored a notice from another node that could not be read: {}", e.getMessage());
        }
    }

    private <T> void deliver(Subscription<T> subscription, JsonNode payload) {
        subscription.onNotice().accept(json.treeToValue(payload, subscription.type()));
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("A listener failed to catch up after a reconnect: {}", e.getMessage());
        }
    }
}
