package dev.wecruit.auth.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pauses sign-in for an email after repeated failures. It treats every email alike, whether or not an account has
 * it, so the pause reveals nothing about which accounts exist. State lives in the database, so every app node
 * enforces the same pause; emails are stored only as SHA-256 hashes.
 */
public class SignInThrottle {

    private final JdbcTemplate jdbc;
    private final SignInThrottleProperties policy;
    private final Clock clock;

    public SignInThrottle(JdbcTemplate jdbc, SignInThrottleProperties policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Duration> remainingBlock(String normalizedEmail) {
        return load(key(normalizedEmail), false).flatMap(state -> state.remainingBlock(clock.instant()));
    }

    @Transactional
    public void recordFailure(String normalizedEmail) {
        String key = key(normalizedEmail);
        Instant now = clock.instant();
        jdbc.update("""
                insert into sign_in_throttle (key_hash, failures, window_started_at) values (?, 0, ?)
                on conflict (key_hash) do nothing""", key, Timestamp.from(now));
        ThrottleState next = load(key, true).orElse(ThrottleState.none(now)).afterFailure(now, policy);
        jdbc.update("update sign_in_throttle set failures = ?, window_started_at = ?, blocked_until = ? where key_hash = ?",
                next.failures(), Timestamp.from(next.windowStartedAt()),
                next.blockedUntil() == null ? null : Timestamp.from(next.blockedUntil()), key);
    }

    @Transactional
    public void recordSuccess(String normalizedEmail) {
        jdbc.update("delete from sign_in_throttle where key_hash = ?", key(normalizedEmail));
    }

    private Optional<ThrottleState> load(String key, boolean forUpdate) {
        return jdbc.query("select failures, window_started_at, blocked_until from sign_in_throttle where key_hash = ?"
                        + (forUpdate ? " for update" : ""),
                (rs, row) -> new ThrottleState(
                        rs.getInt("failures"),
                        rs.getTimestamp("window_started_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("blocked_until")).map(Timestamp::toInstant).orElse(null)),
                key).stream().findFirst();
    }

    private static String key(String normalizedEmail) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalizedEmail.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
