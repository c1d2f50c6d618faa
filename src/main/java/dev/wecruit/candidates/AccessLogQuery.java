package dev.wecruit.candidates;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What an admin searches the access log for. Every part is optional; the parts given must all hold.
 *
 * @param candidateId one candidate's entries
 * @param accessorId one member's or one API key's entries
 * @param channels entries of any of these channels; empty for all
 * @param from first day, inclusive, in the firm's time zone
 * @param until last day, inclusive
 */
public record AccessLogQuery(UUID candidateId, UUID accessorId, Set<AccessChannel> channels, LocalDate from,
        LocalDate until) {

    /** The whole log. */
    public static final AccessLogQuery ALL = new AccessLogQuery(null, null, Set.of(), null, null);

    public AccessLogQuery {
        channels = channels == null ? Set.of() : Set.copyOf(channels);
    }
}
