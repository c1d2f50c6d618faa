package dev.wecruit.pipeline.internal;

import dev.wecruit.pipeline.BoardsMayBeBehind;
import dev.wecruit.pipeline.CandidateMoved;
import dev.wecruit.pipeline.MoveFromAnotherNode;
import dev.wecruit.pipeline.BoardChanged;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.ObjectMapper;

/**
 * Shares pipeline moves between app nodes on one database through PostgreSQL {@code LISTEN/NOTIFY}. A move's
 * notification is sent inside its own transaction, so PostgreSQL delivers it exactly when the move commits and never
 * for one rolled back. Each node listens on one connection of its own, outside the pool; what another node sent is published here as
 * {@link MoveFromAnotherNode}, and other changes of a job's board as {@link BoardChanged}. When the connection drops,
 * the node reconnects with a growing pause and publishes {@link BoardsMayBeBehind}, because moves made meanwhile were
 * not heard.
 *
 * <p>The payload carries ids, positions and times only, never a name: every node of every firm on the database can
 * listen, and each board keeps only its own firm's moves.
 */
@Component
class MoveFanOut implements SmartLifecycle {

    static final String CHANNEL = "wecruit_pipeline";
    static final String LISTENER_NAME = "wecruit-pipeline-listener";
    private static final Logger log = LoggerFactory.getLogger(MoveFanOut.class);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(30);

    /** What goes over the channel: which node sent it, and either a move or another change of a job's board. */
    record Notice(UUID node, CandidateMoved move, BoardChanged boardChanged) {
    }

    private final UUID node = UUID.randomUUID();
    private final JdbcConnectionDetails database;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private volatile boolean running;
    private Thread listener;

    MoveFanOut(JdbcConnectionDetails database, JdbcTemplate jdbc, ObjectMapper json,
            ApplicationEventPublisher events) {
        this.database = database;
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    /** Sends the move to the other nodes; PostgreSQL holds it until the move's transaction commits. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void announce(CandidateMoved move) {
        send(new Notice(node, move, null));
    }

    /** Sends a change of a job's board (stages edited, candidates added) to the other nodes, when it commits. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void announce(BoardChanged changed) {
        send(new Notice(node, null, changed));
    }

    private void send(Notice notice) {
        jdbc.queryForList("select pg_notify(?, ?)", CHANNEL, json.writeValueAsString(notice));
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
                    log.info("Listening to other nodes' pipeline moves again; open boards will reload");
                    events.publishEvent(new BoardsMayBeBehind());
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
                log.warn("Lost the connection that hears other nodes' pipeline moves; retrying in {} ms: {}",
                        pause.toMillis(), e.getMessage());
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

    private void hear(String payload) {
        try {
            Notice notice = json.readValue(payload, Notice.class);
            if (node.equals(notice.node())) {
                return;
            }
            if (notice.move() != null) {
                events.publishEvent(new MoveFromAnotherNode(notice.move()));
            } else if (notice.boardChanged() != null) {
                events.publishEvent(notice.boardChanged());
            }
        } catch (RuntimeException e) {
            // one unreadable notice must not stop the line; the boards it concerned catch up on their next read
            log.warn("Ignored a pipeline notice that could not be read: {}", e.getMessage());
        }
    }
}
