package dev.wecruit.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.candidates.InactiveCandidate;
import dev.wecruit.pipeline.PipelineStanding;
import dev.wecruit.privacy.RetentionRule;
import dev.wecruit.privacy.RetentionRules;
import dev.wecruit.privacy.internal.RetentionPlanner.Notice;
import dev.wecruit.privacy.internal.RetentionPlanner.Plan;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RetentionPlannerTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final RetentionRules TWO_YEARS = new RetentionRules(24, null, 30);

    private final UUID id = UUID.randomUUID();

    @Test
    void a_candidate_inactive_for_the_period_is_noticed_and_anonymised_only_once_the_notice_has_run() {
        Plan first = plan(TWO_YEARS, inactiveSince(TODAY.minusMonths(24).minusDays(3), null), Map.of(), Map.of(),
                Map.of());

        assertThat(first.notices()).containsExactly(new Notice(id, TODAY, TODAY.plusDays(30), RetentionRule.RETENTION));
        assertThat(first.anonymise()).isEmpty();

        Plan later = RetentionPlanner.plan(TODAY.plusDays(30), HELSINKI, TWO_YEARS,
                List.of(inactiveSince(TODAY.minusMonths(24).minusDays(3), null)), Map.of(), Map.of(),
                Map.of(id, first.notices().getFirst()));
        assertThat(later.anonymise()).extracting(Notice::candidateId).containsExactly(id);
    }

    @Test
    void a_candidate_whose_period_ends_within_the_notice_is_due_on_the_day_it_ends() {
        Plan plan = plan(TWO_YEARS, inactiveSince(TODAY.minusMonths(24).plusDays(10), null), Map.of(), Map.of(),
                Map.of());

        assertThat(plan.notices()).extracting(Notice::dueOn).containsExactly(TODAY.plusDays(30));
        Plan early = plan(new RetentionRules(24, null, 5), inactiveSince(TODAY.minusMonths(24).plusDays(3), null),
                Map.of(), Map.of(), Map.of());
        assertThat(early.notices()).extracting(Notice::dueOn).containsExactly(TODAY.plusDays(5));
    }

    @Test
    void someone_active_in_an_open_job_is_never_due() {
        Plan plan = plan(TWO_YEARS, inactiveSince(TODAY.minusYears(5), null), Map.of(id, PipelineStanding.ACTIVE),
                Map.of(), Map.of());

        assertThat(plan.notices()).isEmpty();
    }

    @Test
    void consent_that_runs_longer_keeps_the_candidate_until_it_ends() {
        Plan kept = plan(TWO_YEARS, inactiveSince(TODAY.minusYears(5), TODAY.plusMonths(3)), Map.of(), Map.of(),
                Map.of());
        assertThat(kept.notices()).isEmpty();

        Plan endingSoon = plan(TWO_YEARS, inactiveSince(TODAY.minusYears(5), TODAY.plusDays(20)), Map.of(), Map.of(),
                Map.of(id, new Notice(id, TODAY.minusDays(20), TODAY.plusDays(10), RetentionRule.RETENTION)));
        assertThat(endingSoon.notices()).extracting(Notice::dueOn).containsExactly(TODAY.plusDays(20));
    }

    @Test
    void the_shorter_period_applies_only_to_candidates_rejected_from_every_job() {
        RetentionRules rules = new RetentionRules(24, 6, 0);
        UUID other = UUID.randomUUID();
        Plan plan = RetentionPlanner.plan(TODAY, HELSINKI, rules, List.of(inactiveSince(TODAY.minusMonths(7), null),
                new InactiveCandidate(other, TODAY.minusMonths(7).atStartOfDay(HELSINKI).toInstant(), null)),
                Map.of(id, PipelineStanding.REJECTED_EVERYWHERE, other, PipelineStanding.OTHER), Map.of(), Map.of());

        assertThat(plan.anonymise()).extracting(Notice::candidateId, Notice::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, RetentionRule.REJECTED));
    }

    @Test
    void an_extension_withdraws_the_notice_until_it_nears_its_end() {
        Notice given = new Notice(id, TODAY.minusDays(30), TODAY, RetentionRule.RETENTION);
        Plan plan = plan(TWO_YEARS, inactiveSince(TODAY.minusYears(3), null), Map.of(),
                Map.of(id, TODAY.plusMonths(6)), Map.of(id, given));

        assertThat(plan.notices()).isEmpty();
        assertThat(plan.anonymise()).isEmpty();
        assertThat(plan.withdraw()).containsExactly(id);
    }

    @Test
    void a_notice_of_someone_no_longer_inactive_is_withdrawn() {
        Notice given = new Notice(id, TODAY.minusDays(3), TODAY.plusDays(27), RetentionRule.RETENTION);

        assertThat(plan(TWO_YEARS, null, Map.of(), Map.of(), Map.of(id, given)).withdraw()).containsExactly(id);
    }

    @Test
    void only_candidates_inactive_before_the_shortest_period_and_notice_need_reading() {
        assertThat(RetentionPlanner.inactiveBefore(TODAY, HELSINKI, new RetentionRules(24, 6, 30)))
                .isEqualTo(LocalDate.of(2026, 10, 15).atStartOfDay(HELSINKI).toInstant());
    }

    private Plan plan(RetentionRules rules, InactiveCandidate candidate, Map<UUID, PipelineStanding> standings,
            Map<UUID, LocalDate> extensions, Map<UUID, Notice> given) {
        return RetentionPlanner.plan(TODAY, HELSINKI, rules, candidate == null ? List.of() : List.of(candidate),
                standings, extensions, given);
    }

    private InactiveCandidate inactiveSince(LocalDate lastActive, LocalDate consentExpiresOn) {
        return new InactiveCandidate(id, lastActive.atTime(12, 0).atZone(HELSINKI).toInstant(), consentExpiresOn);
    }
}
