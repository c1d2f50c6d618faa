package dev.wecruit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.activities.ActivityEntry;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.activities.TimelineOf;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.TestCandidates;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.platform.persistence.StaleRecordException;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class CardMoveIT extends FirmTest {

    @Autowired ApplicationService applications;
    @Autowired CandidateService candidates;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired ActivityService activities;
    @Autowired ApplicationEvents events;

    JobDetails job;
    Stage sourced;
    Stage screening;
    Stage rejected;

    @BeforeEach
    void aJobWithItsBoard() {
        job = jobs.create(TestJobs.aJobAt(companies.create(TestCompanies.aCompany()).id()));
        sourced = job.stages().get(0);
        screening = job.stages().get(1);
        rejected = job.stages().stream().filter(stage -> stage.kind() == StageKind.REJECTED).findFirst()
                .orElseThrow();
    }

    @Test
    void a_card_moved_to_another_stage_leaves_both_columns_numbered_without_gaps_and_its_stay_recorded() {
        List<ApplicationSummary> cards = cards(3);
        ApplicationSummary middle = cards.get(1);

        ApplicationSummary moved = applications.move(middle.id(), middle.version(), screening.id(), 0, null);

        assertThat(moved.stageId()).isEqualTo(screening.id());
        assertThat(moved.position()).isZero();
        assertThat(moved.version()).isGreaterThan(middle.version());
        assertThat(columns()).containsEntry(sourced.id(), List.of(cards.get(0).id(), cards.get(2).id()))
                .containsEntry(screening.id(), List.of(middle.id()));
        assertThat(applications.stageHistory(middle.id())).satisfiesExactly(
                stay -> assertThat(stay.stageName()).isEqualTo(sourced.name()).isNotNull(),
                stay -> assertThat(stay.exitedAt()).isNull());
        assertThat(applications.stageHistory(middle.id()).getFirst().exitedAt())
                .isEqualTo(applications.stageHistory(middle.id()).get(1).enteredAt());
        List<ActivityEntry> changes = activities.timeline(TimelineOf.candidate(middle.candidateId()),
                List.of(ActivityType.STAGE_CHANGE), 0, 10).getContent();
        assertThat(changes).singleElement().extracting(ActivityEntry::subject)
                .isEqualTo(sourced.name() + " → " + screening.name());
        assertThat(candidates.get(middle.candidateId()).lastActivityAt()).isNotNull();
        assertThat(events.stream(CandidateMoved.class)).singleElement().satisfies(event -> {
            assertThat(event.tenantId()).isEqualTo(firm.id());
            assertThat(event.jobId()).isEqualTo(job.id());
            assertThat(event.sequence()).as("the job's first move").isEqualTo(1);
            assertThat(event.fromStageId()).isEqualTo(sourced.id());
            assertThat(event.toStageId()).isEqualTo(screening.id());
            assertThat(event.fromPosition()).isEqualTo(1);
            assertThat(event.version()).isEqualTo(moved.version());
            assertThat(event.actorId()).isNotNull();
        });
    }

    @Test
    void a_card_moved_within_its_column_takes_its_new_place_and_is_no_stage_change() {
        List<ApplicationSummary> cards = cards(4);
        ApplicationSummary first = cards.getFirst();

        applications.move(first.id(), first.version(), sourced.id(), 2, null);
        assertThat(columns().get(sourced.id())).containsExactly(cards.get(1).id(), cards.get(2).id(), first.id(),
                cards.get(3).id());

        ApplicationSummary second = current(cards.get(1).id());
        applications.move(second.id(), second.version(), sourced.id(), 99, null);
        assertThat(columns().get(sourced.id())).as("a place beyond the end means last")
                .containsExactly(cards.get(2).id(), first.id(), cards.get(3).id(), second.id());
        assertThat(applications.stageHistory(first.id())).hasSize(1);
        assertThat(activities.timeline(TimelineOf.job(job.id()), List.of(ActivityType.STAGE_CHANGE), 0, 10))
                .isEmpty();
    }

    @Test
    void a_move_based_on_an_old_version_is_refused_and_changes_nothing() {
        ApplicationSummary card = cards(2).getFirst();
        applications.move(card.id(), card.version(), screening.id(), 0, null);
        Map<UUID, List<UUID>> before = columns();

        assertThatThrownBy(() -> applications.move(card.id(), card.version(), sourced.id(), 0, null))
                .isInstanceOf(StaleRecordException.class);

        assertThat(columns()).isEqualTo(before);
        assertThat(applications.stageHistory(card.id())).hasSize(2);
    }

    @Test
    void a_rejection_needs_a_reason_and_a_stage_of_another_job_is_refused() {
        ApplicationSummary card = cards(1).getFirst();
        JobDetails otherJob = jobs.create(TestJobs.aJobAt(job.companyId()));

        assertThatThrownBy(() -> applications.move(card.id(), card.version(), rejected.id(), 0, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("rejectionReason", "Give a reason for the rejection"));
        assertThatThrownBy(() -> applications.move(card.id(), card.version(),
                otherJob.stages().get(1).id(), 0, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("stageId"));
        assertThat(applications.applicationsOf(job.id())).singleElement()
                .extracting(ApplicationSummary::stageId).isEqualTo(sourced.id());

        ApplicationSummary out = applications.move(card.id(), card.version(), rejected.id(), 0, "Salary too high");
        assertThat(out.rejectionReason()).isEqualTo("Salary too high");
    }

    @Test
    void another_firms_card_cannot_be_moved() {
        ApplicationSummary card = cards(1).getFirst();
        SignedIn.out();
        var other = TestFirms.aFirm("Rival Search").withMember(Role.RECRUITER).create(accounts, organizations);
        SignedIn.as(signIn, other.member(Role.RECRUITER));

        assertThatThrownBy(() -> applications.move(card.id(), card.version(), screening.id(), 0, null))
                .isInstanceOf(RecordNotFoundException.class);

        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        assertThat(applications.applicationsOf(job.id())).singleElement()
                .extracting(ApplicationSummary::stageId).isEqualTo(sourced.id());
    }

    @Test
    void many_moves_at_once_leave_every_column_numbered_without_gaps_or_duplicates() throws Exception {
        cards(12);
        List<Stage> active = job.stages().stream().filter(stage -> stage.kind() == StageKind.ACTIVE).toList();
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var start = new CountDownLatch(1);
        var done = new AtomicInteger();
        var refused = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int worker = 0; worker < 4; worker++) {
                var random = new SplittableRandom(worker);
                workers.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(authentication);
                    start.await();
                    for (int i = 0; i < 15; i++) {
                        List<ApplicationSummary> now = applications.applicationsOf(job.id());
                        ApplicationSummary card = now.get(random.nextInt(now.size()));
                        Stage to = active.get(random.nextInt(active.size()));
                        try {
                            applications.move(card.id(), card.version(), to.id(), random.nextInt(6), null);
                            done.incrementAndGet();
                        } catch (StaleRecordException e) {
                            // someone moved that card first: the board would snap back and refresh
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(120, TimeUnit.SECONDS);
            }
        }

        assertThat(done.get() + refused.get()).isEqualTo(60);
        assertThat(done.get()).isPositive();
        List<ApplicationSummary> board = applications.applicationsOf(job.id());
        assertThat(board).hasSize(12);
        board.stream().collect(Collectors.groupingBy(ApplicationSummary::stageId)).forEach((stage, column) ->
                assertThat(column).extracting(ApplicationSummary::position).as("positions in a column")
                        .containsExactlyElementsOf(IntStream.range(0, column.size()).boxed()
                                .toList()));
        for (ApplicationSummary card : board) {
            List<StageVisit> stays = applications.stageHistory(card.id());
            assertThat(stays.stream().filter(stay -> stay.exitedAt() == null)).as("open stays").singleElement()
                    .extracting(StageVisit::stageId).isEqualTo(card.stageId());
        }
    }

    private List<ApplicationSummary> cards(int count) {
        List<ApplicationSummary> cards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cards.add(applications.add(candidates.create(TestCandidates.aCandidate().draft()).id(), job.id()));
        }
        return cards;
    }

    private ApplicationSummary current(UUID cardId) {
        return applications.applicationsOf(job.id()).stream().filter(card -> card.id().equals(cardId)).findFirst()
                .orElseThrow();
    }

    /** Each stage's cards in board order. */
    private Map<UUID, List<UUID>> columns() {
        return applications.applicationsOf(job.id()).stream().collect(Collectors.groupingBy(
                ApplicationSummary::stageId, Collectors.mapping(ApplicationSummary::id, Collectors.toList())));
    }
}
