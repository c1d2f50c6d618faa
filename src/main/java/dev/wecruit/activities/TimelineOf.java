package dev.wecruit.activities;

import java.util.Objects;
import java.util.UUID;

/** The record whose timeline is wanted. */
public record TimelineOf(Kind kind, UUID id) {

    public enum Kind {
        CANDIDATE,
        JOB,
        COMPANY,
        CONTACT
    }

    public TimelineOf {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static TimelineOf candidate(UUID id) {
        return new TimelineOf(Kind.CANDIDATE, id);
    }

    public static TimelineOf job(UUID id) {
        return new TimelineOf(Kind.JOB, id);
    }

    public static TimelineOf company(UUID id) {
        return new TimelineOf(Kind.COMPANY, id);
    }

    public static TimelineOf contact(UUID id) {
        return new TimelineOf(Kind.CONTACT, id);
    }
}
