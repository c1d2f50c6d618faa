package dev.wecruit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.TestCandidates;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.JobStatus;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class ApplicationServiceIT extends FirmTest {

    @Autowired ApplicationService applications;
    @Autowired CandidateService candidates;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;

    JobDetails job;

    @BeforeEach
    void anOpenJob() {
        job = jobs.create(TestJobs.aJobAt(companies.create(TestCompanies.aCompany()).id()));
    }

    @Test
    void added_candidates_enter_the_first_stage_one_after_another() {
        UUID first = newCandidate();
        UUID second = newCandidate();

        ApplicationSummary a = applications.add(first, job.id());
        ApplicationSummary b = applications.add(second, job.id());

        assertThat(a.stageId()).isEqualTo(job.entryStage().id());
        assertThat(a.position()).isZero();
        assertThat(b.position()).isEqualTo(1);
        assertThat(applications.applicationsOf(job.id())).extracting(ApplicationSummary::candidateId)
                .containsExactly(first, second);
        assertThat(applications.countsByStage(job.id())).hasSize(7)
                .containsEntry(job.entryStage(), 2L);
        assertThat(applications.applicationsOfCandidate(first)).extracting(ApplicationSummary::jobId)
                .containsExactly(job.id());
    }

    @Test
    void a_candidate_already_in_the_job_is_refused_with_a_message() {
        UUID candidate = newCandidate();
        applications.add(candidate, job.id());

        assertThatThrownBy(() -> applications.add(candidate, job.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("candidateId", "This candidate is already in this job's pipeline"));
        assertThat(applications.applicationsOf(job.id())).hasSize(1);
    }

    @Test
    void a_filled_or_cancelled_job_takes_no_more_candidates() {
        JobDetails filled = jobs.create(TestJobs.withStatus(TestJobs.aJobAt(job.companyId()), JobStatus.FILLED));

        assertThatThrownBy(() -> applications.add(newCandidate(), filled.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("jobId", "This job is filled: reopen it to add candidates"));
        assertThatThrownBy(() -> applications.addAll(List.of(newCandidate()), filled.id()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(applications.applicationsOf(filled.id())).isEmpty();
    }

    @Test
    void several_candidates_are_added_together_or_not_at_all() {
        UUID inAlready = newCandidate();
        UUID first = newCandidate();
        UUID second = newCandidate();
        applications.add(inAlready, job.id());

        assertThatThrownBy(() -> applications.addAll(List.of(first, inAlready, second), job.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .hasEntrySatisfying("candidateIds", message -> assertThat(message)
                                .endsWith("is already in this job's pipeline")));
        assertThatThrownBy(() -> applications.addAll(List.of(first, UUID.randomUUID()), job.id()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(applications.applicationsOf(job.id())).hasSize(1);

        assertThat(applications.addAll(List.of(first, second), job.id()))
                .extracting(ApplicationSummary::position).containsExactly(1, 2);
        assertThat(applications.countsByStage(job.id())).containsEntry(job.entryStage(), 3L);
    }

    @Test
    void a_rejected_stage_needs_a_reason_and_a_stage_of_another_job_is_refused() {
        Stage rejected = job.stages().stream().filter(s -> s.kind() == StageKind.REJECTED).findFirst().orElseThrow();
        UUID candidate = newCandidate();
        JobDetails otherJob = jobs.create(TestJobs.aJobAt(job.companyId()));

        assertThatThrownBy(() -> applications.add(candidate, job.id(), rejected.id(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("rejectionReason", "Give a reason for the rejection"));
        assertThatThrownBy(() -> applications.add(candidate, job.id(), otherJob.entryStage().id(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("stageId", "Not a stage of this job"));
        ApplicationSummary added = applications.add(candidate, job.id(), rejected.id(), "Salary expectations");
        assertThat(added.rejectionReason()).isEqualTo("Salary expectations");
    }

    @Test
    void recruiters_adding_candidates_to_one_job_at_the_same_time_get_distinct_positions() throws Exception {
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(newCandidate());
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> adds = new ArrayList<>();
            for (int worker = 0; worker < 2; worker++) {
                List<UUID> mine = people.subList(worker * 4, worker * 4 + 4);
                adds.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(authentication);
                    start.await();
                    mine.forEach(candidate -> applications.add(candidate, job.id()));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> add : adds) {
                add.get(30, TimeUnit.SECONDS);
            }
        }

        assertThat(applications.applicationsOf(job.id())).extracting(ApplicationSummary::position)
                .containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void a_card_added_with_its_history_has_a_stay_per_stage_each_ending_when_the_next_began() {
        UUID candidate = newCandidate();
        List<Stage> stages = job.stages();
        Instant sourced = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        Instant screened = sourced.plus(Duration.ofDays(9));
        Instant submitted = screened.plus(Duration.ofDays(12));

        ApplicationSummary card = applications.addWithHistory(candidate, job.id(), List.of(
                new PastStay(stages.get(0).id(), sourced), new PastStay(stages.get(1).id(), screened),
                new PastStay(stages.get(2).id(), submitted)), null);

        assertThat(card.stageId()).isEqualTo(stages.get(2).id());
        assertThat(card.stageEnteredAt()).as("time in stage counts from the last move").isEqualTo(submitted);
        assertThat(applications.stageHistory(card.id())).containsExactly(
                new StageVisit(stages.get(0).id(), stages.get(0).name(), sourced, screened),
                new StageVisit(stages.get(1).id(), stages.get(1).name(), screened, submitted),
                new StageVisit(stages.get(2).id(), stages.get(2).name(), submitted, null));
    }

    @Test
    void a_history_out_of_order_in_the_future_in_another_jobs_stage_or_rejected_without_a_reason_is_refused() {
        UUID candidate = newCandidate();
        List<Stage> stages = job.stages();
        Stage rejected = stages.stream().filter(stage -> stage.kind() == StageKind.REJECTED).findFirst().orElseThrow();
        JobDetails other = jobs.create(TestJobs.aJobAt(job.companyId()));
        Instant now = Instant.now();

        assertRefused(candidate, List.of(new PastStay(stages.get(0).id(), now.minus(Duration.ofDays(2))),
                new PastStay(stages.get(1).id(), now.minus(Duration.ofDays(3)))), null,
                "Stay 2 begins before the one before it");
        assertRefused(candidate, List.of(new PastStay(stages.get(0).id(), now.plus(Duration.ofDays(1)))), null,
                "Stay 1 needs a time that is not in the future");
        assertRefused(candidate, List.of(new PastStay(other.entryStage().id(), now.minus(Duration.ofDays(1)))), null,
                "Stay 1 is not in a stage of this job");
        assertRefused(candidate, List.of(), null, "Give at least one stage the candidate was in");
        assertThatThrownBy(() -> applications.addWithHistory(candidate, job.id(), List.of(
                new PastStay(stages.get(0).id(), now.minus(Duration.ofDays(5))),
                new PastStay(rejected.id(), now.minus(Duration.ofDays(1)))), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("rejectionReason", "Give a reason for the rejection"));
        assertThat(applications.applicationsOf(job.id())).as("nothing written").isEmpty();
    }

    private void assertRefused(UUID candidate, List<PastStay> path, String reason, String message) {
        assertThatThrownBy(() -> applications.addWithHistory(candidate, job.id(), path, reason))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("path", message));
    }

    private UUID newCandidate() {
        return candidates.create(TestCandidates.aCandidate().draft()).id();
    }
}
