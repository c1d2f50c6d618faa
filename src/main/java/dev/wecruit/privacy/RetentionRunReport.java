package dev.wecruit.privacy;

import java.time.Instant;
import java.time.LocalDate;

/** What a firm's retention run did on a day; {@code finishedAt} is null while it runs or after it was cut off. */
public record RetentionRunReport(LocalDate runOn, Instant startedAt, Instant finishedAt, int noticed, int withdrawn,
        int anonymised) {
}
