package dev.wecruit.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a firm's audit log.
 *
 * @param actor who did it, named as they were then (a member, an API key, Clerk)
 * @param subject what it was done to, such as the member whose role changed
 * @param sourceAddress the client's address, when it came through a web request
 */
public record AuditEntry(UUID id, Instant occurredAt, AuditAction action, String actor, String subject,
        String detail, String sourceAddress) {
}
