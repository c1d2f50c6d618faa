package dev.wecruit.privacy;

import java.time.LocalDate;

/**
 * Where one candidate stands with retention, for their page.
 *
 * @param dueOn the day a run anonymises them, when they are due; null otherwise
 * @param rule which period made them due; null when not due
 * @param keptUntil the day an admin kept them until, if one did
 * @param keptBecause why
 */
public record CandidateRetention(LocalDate dueOn, RetentionRule rule, LocalDate keptUntil, String keptBecause) {
}
