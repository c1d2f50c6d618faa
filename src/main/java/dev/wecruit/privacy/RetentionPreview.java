package dev.wecruit.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the next run would do, worked out without writing anything.
 *
 * @param runOn the day of the run previewed
 * @param toAnonymise the due candidates it anonymises
 * @param toNotice the candidates it newly notices as due, with the day each becomes due
 * @param toWithdraw the notices it withdraws (an activity, a hold, an extension or a new job since)
 */
public record RetentionPreview(LocalDate runOn, List<DueCandidate> toAnonymise, List<DueCandidate> toNotice,
        List<UUID> toWithdraw) {
}
