package dev.wecruit.candidates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * How often one member or API key saw a candidate's contact details on one day (in the firm's time zone) through one
 * channel: a row of the access log, which answers "who saw my data, and when" in a subject-access export, and which
 * admins search.
 *
 * @param candidateName the candidate's name, decrypted
 * @param memberId the member who saw them; null for an API key
 * @param apiKeyId the API key that read them; null for a member
 * @param who the member's name, or the key's ("API key "Payroll sync"")
 * @param times how many times that day
 * @param lastAt the last time that day; for reads recorded before the access log, the start of the last hour
 */
public record AccessLogEntry(UUID candidateId, String candidateName, LocalDate day, AccessChannel channel,
        UUID memberId, UUID apiKeyId, String who, int times, Instant lastAt) {
}
