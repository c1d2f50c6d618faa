package dev.wecruit.audit;

import java.time.Instant;
import java.util.Set;

/**
 * Which audit entries to list; every part is optional.
 *
 * @param actions only these actions; empty for all
 * @param text words found in the actor, the subject or the detail
 * @param from entries at or after this instant
 * @param until entries before this instant
 */
public record AuditQuery(Set<AuditAction> actions, String text, Instant from, Instant until) {

    public AuditQuery {
        actions = actions == null ? Set.of() : Set.copyOf(actions);
        text = text == null ? "" : text.strip();
    }

    public static AuditQuery everything() {
        return new AuditQuery(Set.of(), "", null, null);
    }
}
