package dev.wecruit.activities.internal;

import dev.wecruit.activities.ActivityEntry;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.platform.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened, on the timelines of the records it is about. The table is a TimescaleDB hypertable on
 * {@code occurred_at} when the extension is present; nothing here depends on it.
 */
@Entity
@Table(name = "activities")
public class Activity extends TenantScopedEntity {

    /** The records an activity is about. */
    public record Links(UUID candidateId, UUID jobId, UUID companyId, UUID contactId) {
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityType type;

    private String subject;

    private String body;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private UUID actorId;

    @Column(name = "candidate_id")
    private UUID candidateId;

    @Column(name = "job_id")
    private UUID jobId;

    @Column(name = "company_id")
    private UUID companyId;

    @Column(name = "contact_id")
    private UUID contactId;

    protected Activity() {
    }

    public Activity(ActivityType type, String subject, String body, Instant occurredAt, UUID actorId, Links links) {
        this.type = type;
        this.subject = subject;
        this.body = body;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.candidateId = links.candidateId();
        this.jobId = links.jobId();
        this.companyId = links.companyId();
        this.contactId = links.contactId();
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public ActivityEntry toEntry() {
        return new ActivityEntry(getId(), type, subject, body, occurredAt, actorId, candidateId, jobId, companyId,
                contactId, getVersion());
    }
}
