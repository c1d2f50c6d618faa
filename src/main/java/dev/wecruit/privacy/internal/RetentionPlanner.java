package dev.wecruit.privacy.internal;

import dev.wecruit.candidates.InactiveCandidate;
import dev.wecruit.pipeline.PipelineStanding;
import dev.wecruit.privacy.RetentionRule;
import dev.wecruit.privacy.RetentionRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The retention rule, as plain Java on a given day: which candidates become due, which are anonymised, which notices
 * are withdrawn. A candidate is kept until the later of: their last activity plus the firm's period (or the shorter
 * one when rejected from every job), the end of their consent, an admin's extension. They are never anonymised
 * while active in an open job's pipeline or on legal hold (those never reach the planner), nor before they have
 * shown as due for the notice period.
 */
public final class RetentionPlanner {

    /** A notice already given. */
    public record Notice(UUID candidateId, LocalDate noticedOn, LocalDate dueOn, RetentionRule rule) {
    }

    /**
     * What a run does.
     *
     * @param notices every notice the run leaves: new ones, and older ones with their due day worked out again
     * @param anonymise the candidates due today, from {@code notices}
     * @param withdraw the candidates whose notice goes: no longer due
     */
    public record Plan(List<Notice> notices, List<Notice> anonymise, Set<UUID> withdraw) {

        public List<Notice> newNotices(Map<UUID, Notice> before) {
            return notices.stream().filter(notice -> !before.containsKey(notice.candidateId())).toList();
        }
    }

    private RetentionPlanner() {
    }

    /**
     * The earliest last activity that can make a candidate due on {@code today}: whoever was active later is kept
     * whatever else holds, so only those before it need to be read.
     */
    public static Instant inactiveBefore(LocalDate today, ZoneId zone, RetentionRules rules) {
        int shortest = rules.rejectedMonths() == null ? rules.retentionMonths()
                : Math.min(rules.retentionMonths(), rules.rejectedMonths());
        return today.plusDays(rules.noticeDays() + 1L).minusMonths(shortest).atStartOfDay(zone).toInstant();
    }

    public static Plan plan(LocalDate today, ZoneId zone, RetentionRules rules, List<InactiveCandidate> inactive,
            Map<UUID, PipelineStanding> standings, Map<UUID, LocalDate> extensions, Map<UUID, Notice> given) {
        LocalDate noticeHorizon = today.plusDays(rules.noticeDays());
        List<Notice> notices = new ArrayList<>();
        List<Notice> anonymise = new ArrayList<>();
        Set<UUID> due = new HashSet<>();
        for (InactiveCandidate candidate : inactive) {
            PipelineStanding standing = standings.getOrDefault(candidate.id(), PipelineStanding.OTHER);
            if (standing == PipelineStanding.ACTIVE) {
                continue;
            }
            RetentionRule rule = standing == PipelineStanding.REJECTED_EVERYWHERE && rules.rejectedMonths() != null
                    && rules.rejectedMonths() < rules.retentionMonths() ? RetentionRule.REJECTED
                    : RetentionRule.RETENTION;
            int months = rule == RetentionRule.REJECTED ? rules.rejectedMonths() : rules.retentionMonths();
            LocalDate keepUntil = later(later(candidate.lastActiveAt().atZone(zone).toLocalDate().plusMonths(months),
                    candidate.consentExpiresOn()), extensions.get(candidate.id()));
            if (keepUntil.isAfter(noticeHorizon)) {
                continue;
            }
            Notice before = given.get(candidate.id());
            LocalDate noticedOn = before == null ? today : before.noticedOn();
            Notice notice = new Notice(candidate.id(), noticedOn,
                    later(keepUntil, noticedOn.plusDays(rules.noticeDays())), rule);
            notices.add(notice);
            due.add(candidate.id());
            if (!notice.dueOn().isAfter(today)) {
                anonymise.add(notice);
            }
        }
        Set<UUID> withdraw = new HashSet<>(given.keySet());
        withdraw.removeAll(due);
        return new Plan(notices, anonymise, withdraw);
    }

    private static LocalDate later(LocalDate day, LocalDate other) {
        return other != null && other.isAfter(day) ? other : day;
    }
}
