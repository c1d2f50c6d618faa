package dev.wecruit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.activities.TimelineOf;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.TestCandidates;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.StageService;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageChange;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.tenancy.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class StageEditingIT extends FirmTest {

    @Autowired ApplicationService applications;
    @Autowired CandidateService candidates;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired StageService stageService;
    @Autowired ActivityService activities;

    JobDetails job;

    @BeforeEach
    void aJobTheAdminEdits() {
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        job = jobs.create(TestJobs.aJobAt(companies.create(TestCompanies.aCompany()).id()));
    }

    @Test
    void an_admin_renames_reorders_and_adds_stages_and_cards_keep_their_stage() {
        ApplicationSummary card = applications.add(newCandidate(), job.id());
        List<StageChange> wanted = new ArrayList<>(kept(job.stages()));
        wanted.set(0, new StageChange(job.stages().get(0).id(), "Longlist", StageKind.ACTIVE));
        wanted.add(1, new StageChange(null, "Phone screen", StageKind.ACTIVE));
        StageChange third = wanted.remove(3);
        wanted.add(2, third);

        List<Stage> after = applications.changeStages(job.id(), wanted, Map.of());

        assertThat(after).extracting(Stage::name).startsWith("Longlist", "Phone screen", third.name());
        assertThat(after).extracting(Stage::position).containsExactlyElementsOf(
                IntStream.range(0, after.size()).boxed().toList());
        assertThat(applications.applicationsOf(job.id())).singleElement().extracting(ApplicationSummary::stageId)
                .isEqualTo(card.stageId());
    }

    @Test
    void a_recruiter_who_does_not_own_the_job_cannot_change_its_stages() {
        SignedIn.as(signIn, firm.member(Role.RECRUITER));

        assertThatThrownBy(() -> applications.changeStages(job.id(), kept(job.stages()), Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stageService.canEditStages(job.id())).isFalse();
    }

    @Test
    void a_stage_with_candidates_is_removed_only_with_somewhere_for_them_to_go() {
        ApplicationSummary first = applications.add(newCandidate(), job.id());
        ApplicationSummary second = applications.add(newCandidate(), job.id());
        Stage sourced = job.stages().get(0);
        Stage screening = job.stages().get(1);
        List<StageChange> withoutSourced = kept(job.stages().subList(1, job.stages().size()));

        assertThatThrownBy(() -> applications.changeStages(job.id(), withoutSourced, Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("moveCardsTo", "Choose where the 2 candidates in \"" + sourced.name()
                                + "\" go"));
        assertThat(stageService.stagesOf(job.id())).hasSameSizeAs(job.stages());

        applications.changeStages(job.id(), withoutSourced, Map.of(sourced.id(), screening.id()));

        assertThat(stageService.stagesOf(job.id())).extracting(Stage::name).doesNotContain(sourced.name());
        assertThat(applications.applicationsOf(job.id())).extracting(ApplicationSummary::stageId)
                .containsOnly(screening.id());
        assertThat(applications.applicationsOf(job.id())).extracting(ApplicationSummary::position)
                .containsExactly(0, 1);
        assertThat(applications.stageHistory(first.id())).satisfiesExactly(
                stay -> {
                    assertThat(stay.stageName()).isEqualTo(sourced.name());
                    assertThat(stay.stageId()).as("the removed stage's id is gone, its name stays").isNull();
                },
                stay -> assertThat(stay.stageId()).isEqualTo(screening.id()));
        assertThat(activities.timeline(TimelineOf.candidate(second.candidateId()),
                List.of(ActivityType.STAGE_CHANGE), 0, 10).getContent()).hasSize(1);
    }

    @Test
    void a_board_without_a_hired_stage_is_refused_and_nothing_changes() {
        List<StageChange> noHired = kept(job.stages().stream().filter(stage -> stage.kind() != StageKind.HIRED)
                .toList());

        assertThatThrownBy(() -> applications.changeStages(job.id(), noHired, Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("stages"))
                        .contains("one hired"));
        assertThat(stageService.stagesOf(job.id())).isEqualTo(job.stages());
    }

    private static List<StageChange> kept(List<Stage> stages) {
        return stages.stream().map(stage -> new StageChange(stage.id(), stage.name(), stage.kind())).toList();
    }

    private UUID newCandidate() {
        return candidates.create(TestCandidates.aCandidate().draft()).id();
    }
}
