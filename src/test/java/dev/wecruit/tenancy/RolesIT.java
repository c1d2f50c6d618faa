package dev.wecruit.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.TestRecords;
import dev.wecruit.activities.ActivityDraft;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.candidates.CandidateQuery;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSort;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.candidates.TestCandidates;
import dev.wecruit.candidates.TestDocuments;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.StageService;
import dev.wecruit.jobs.StageDefinition;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.pipeline.ApplicationService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** What each role may do, enforced by the services whatever a view shows. */
@IntegrationTest
class RolesIT {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired TestRecords records;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired StageService stageService;
    @Autowired CandidateService candidates;
    @Autowired DocumentService documents;
    @Autowired ApplicationService applications;
    @Autowired ActivityService activities;

    TestFirms.CreatedFirm firm;
    TestRecords.Set existing;

    @BeforeEach
    void aFirmWithOneMemberOfEachRoleAndSomeRecords() {
        firm = TestFirms.aFirm("Roles").withMember(Role.ADMIN).withMember(Role.RECRUITER).withMember(Role.VIEWER)
                .create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        existing = records.createAll();
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void a_viewer_reads_everything_recruiters_see() {
        SignedIn.as(signIn, firm.member(Role.VIEWER));

        // the set's candidate, the long-quiet one it has for retention, and the one kept of its merged pair
        assertThat(candidates.search(CandidateQuery.text(""), CandidateSort.Order.DEFAULT, 0, 10)).hasSize(3);
        assertThat(companies.find(existing.company())).isPresent();
        assertThat(jobs.find(existing.job())).isPresent();
        assertThat(applications.applicationsOf(existing.job())).hasSize(1);
        assertThat(documents.content(existing.document())).isNotEmpty();
    }

    @Test
    void a_viewer_changes_nothing_and_every_refusal_leaves_the_records_as_they_were() {
        SignedIn.as(signIn, firm.member(Role.VIEWER));
        var job = jobs.get(existing.job());
        var application = applications.applicationsOf(existing.job()).getFirst();

        Map<String, Runnable> attempts = Map.of(
                "create a company", () -> companies.create(TestCompanies.aCompany()),
                "add a contact", () -> companies.createContact(TestCompanies.aContactAt(existing.company())),
                "create a job", () -> jobs.create(TestJobs.aJobAt(existing.company())),
                "create a candidate", () -> candidates.create(TestCandidates.aCandidate().draft()),
                "upload a CV", () -> documents.attach(existing.candidate(), "cv.pdf", TestDocuments.pdf("A", "b")),
                "delete a CV", () -> documents.delete(existing.document()),
                "add a candidate to a job", () -> applications.add(existing.candidate(), existing.job()),
                "move a card", () -> applications.move(application.id(), application.version(),
                        job.stages().get(1).id(), 0, null),
                "log a call", () -> activities.log(new ActivityDraft(ActivityType.CALL, "Call", null, null,
                        existing.candidate(), null, null, null)));
        attempts.forEach((attempt, call) -> assertThatThrownBy(call::run).as(attempt)
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("viewer cannot"));

        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        // the set's company, and the one its company import created
        assertThat(companies.search("", List.of(), org.springframework.data.domain.Pageable.unpaged()).getTotalElements())
                .isEqualTo(2);
        // the set's candidate, the long-quiet one it has for retention, and the one kept of its merged pair
        assertThat(candidates.search(CandidateQuery.text(""), CandidateSort.Order.DEFAULT, 0, 10)).hasSize(3);
        assertThat(documents.documentsOf(existing.candidate())).hasSize(1);
        assertThat(applications.applicationsOf(existing.job())).singleElement()
                .satisfies(card -> assertThat(card.stageId()).isEqualTo(application.stageId()));
    }

    @Test
    void a_recruiter_does_all_recruiting_work_but_cannot_change_the_firms_stage_template() {
        var company = companies.create(TestCompanies.aCompany());
        var job = jobs.create(TestJobs.aJobAt(company.id()));
        var candidate = candidates.create(TestCandidates.aCandidate().draft());
        applications.add(candidate.id(), job.id());
        activities.log(new ActivityDraft(ActivityType.NOTE, "Met", null, null, candidate.id(), null, null, null));

        assertThatThrownBy(() -> stageService.replaceStageTemplate(List.of(new StageDefinition("One", StageKind.ACTIVE),
                new StageDefinition("Hired", StageKind.HIRED), new StageDefinition("Out", StageKind.REJECTED))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("admin");
        assertThat(stageService.stageTemplate()).extracting(StageDefinition::name).doesNotContain("One");
    }

    @Test
    void an_admin_changes_the_stage_template_and_does_recruiting_work_too() {
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        stageService.replaceStageTemplate(List.of(new StageDefinition("One", StageKind.ACTIVE),
                new StageDefinition("Hired", StageKind.HIRED), new StageDefinition("Out", StageKind.REJECTED)));
        var company = companies.create(TestCompanies.aCompany());

        assertThat(jobs.create(TestJobs.aJobAt(company.id())).stages()).extracting(s -> s.name())
                .containsExactly("One", "Hired", "Out");
    }
}
