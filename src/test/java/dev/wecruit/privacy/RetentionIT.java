package dev.wecruit.privacy;

import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.activities.ActivityDraft;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditEntry;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.audit.AuditQuery;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateDraft;
import dev.wecruit.candidates.CandidateRemoval;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.candidates.TestDocuments;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.JobStatus;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Retention on a given day: who it picks, what anonymising leaves, notices and extensions, and who may do what. */
@IntegrationTest
class RetentionIT {

    @Autowired RetentionService retention;
    @Autowired CandidateService candidates;
    @Autowired CandidateRemoval removal;
    @Autowired DocumentService documents;
    @Autowired ActivityService activities;
    @Autowired ApplicationService applications;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired AuditLog audit;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    private TestFirms.CreatedFirm firm;
    private LocalDate today;

    @BeforeEach
    void signedInAsAnAdminOfAFreshFirm() {
        firm = TestFirms.aFirm("Retention Co").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .withMember(Role.VIEWER).create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        today = LocalDate.now(ZoneId.of("UTC"));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void the_run_anonymises_exactly_the_candidates_the_rules_make_due() {
        retention.changeRules(6, 0);
        JobDetails open = openJob();
        Stage active = stage(open, StageKind.ACTIVE);
        Stage rejected = stage(open, StageKind.REJECTED);

        UUID stale = candidate("Stale", today.minusYears(3));
        UUID recent = candidate("Recent", today.minusYears(1));
        UUID held = create(aCandidate().named("Held", "Person").draft().toBuilder().legalHold(true)
                .legalHoldReason("Tribunal claim").build(), today.minusYears(3));
        UUID inPipeline = candidate("Busy", null);
        applications.add(inPipeline, open.id(), active.id(), null);
        lastActive(inPipeline, today.minusYears(3));
        UUID consenting = create(aCandidate().named("Consenting", "Person").draft().toBuilder()
                .consentGivenOn(today.minusYears(3)).consentExpiresOn(today.plusMonths(2)).build(),
                today.minusYears(3));
        UUID rejectedEverywhere = candidate("Rejected", null);
        applications.add(rejectedEverywhere, open.id(), rejected.id(), "Not enough experience");
        lastActive(rejectedEverywhere, today.minusMonths(8));
        UUID rejectedButWithin = candidate("Rejected recently", null);
        applications.add(rejectedButWithin, open.id(), rejected.id(), "Salary too high");
        lastActive(rejectedButWithin, today.minusMonths(4));

        RetentionRunReport run = retention.run(today);

        assertThat(anonymised()).containsExactlyInAnyOrder(stale, rejectedEverywhere);
        assertThat(List.of(recent, held, inPipeline, consenting, rejectedButWithin))
                .allSatisfy(id -> assertThat(candidates.get(id).fullName()).doesNotStartWith("Anonymised"));
        assertThat(run.anonymised()).isEqualTo(2);
        assertThat(run.finishedAt()).isNotNull();
        assertThat(retention.run(today).anonymised()).as("a second run on the same day does nothing more")
                .isEqualTo(2);
    }

    @Test
    void a_due_candidate_shows_for_the_notice_period_and_an_admin_extension_keeps_them() {
        UUID stale = candidate("Stale", today.minusYears(3));
        UUID alsoStale = candidate("Also stale", today.minusYears(4));

        RetentionRunReport first = retention.run(today);

        assertThat(first.noticed()).isEqualTo(2);
        assertThat(first.anonymised()).isZero();
        assertThat(retention.dueCounts()).isEqualTo(new DueCounts(2, 0));
        assertThat(retention.due(0, 10)).extracting(DueCandidate::candidateId, DueCandidate::dueOn)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(stale, today.plusDays(30)),
                        org.assertj.core.groups.Tuple.tuple(alsoStale, today.plusDays(30)));
        assertThat(retention.of(stale).dueOn()).isEqualTo(today.plusDays(30));

        assertThatThrownBy(() -> retention.extend(stale, today.plusMonths(6), " "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("why");
        retention.extend(stale, today.plusMonths(6), "Placed last year: guarantee period");

        assertThat(retention.due(0, 10)).extracting(DueCandidate::candidateId).containsExactly(alsoStale);
        RetentionPreview preview = retention.preview();
        assertThat(preview.toAnonymise()).isEmpty();
        RetentionRunReport atTheEnd = retention.run(today.plusDays(30));
        assertThat(atTheEnd.anonymised()).isEqualTo(1);
        assertThat(anonymised()).containsExactly(alsoStale);
        assertThat(retention.of(stale).keptUntil()).isEqualTo(today.plusMonths(6));
        assertThat(audit.entries(AuditQuery.everything(), PageRequest.of(0, 20))).extracting(AuditEntry::action)
                .contains(AuditAction.RETENTION_EXTENDED, AuditAction.CANDIDATE_ANONYMISED);
    }

    @Test
    void an_activity_logged_after_the_notice_withdraws_it() {
        UUID stale = candidate("Stale", today.minusYears(3));
        retention.run(today);
        activities.log(new ActivityDraft(ActivityType.CALL, "Catch-up", null, null, stale, null, null, null));

        RetentionPreview preview = retention.preview();

        assertThat(preview.toWithdraw()).containsExactly(stale);
        assertThat(retention.run(today.plusDays(1)).withdrawn()).isEqualTo(1);
        assertThat(retention.dueCounts().due()).isZero();
    }

    @Test
    void an_anonymised_candidate_keeps_their_applications_and_history_but_nothing_that_names_them() {
        JobDetails job = openJob();
        CandidateDetails person = candidates.create(aCandidate().named("Wilhelmina", "Quartermaine")
                .withEmail("wilhelmina.q@example.com").withPhone("+44 7700 900555").withSkill("Payroll").draft());
        documents.attach(person.id(), "cv.pdf", TestDocuments.pdf("Wilhelmina Quartermaine", "Payroll lead"));
        ApplicationSummary card = applications.add(person.id(), job.id(), stage(job, StageKind.REJECTED).id(),
                "Wilhelmina asked for too much");
        activities.log(new ActivityDraft(ActivityType.NOTE, "Wilhelmina's call", "She prefers Leeds", null,
                person.id(), job.id(), null, null));

        assertThat(retention.anonymiseNow(person.id())).isTrue();
        assertThat(retention.anonymiseNow(person.id())).as("twice is once").isFalse();

        CandidateDetails after = candidates.get(person.id());
        assertThat(after.fullName()).isEqualTo("Anonymised candidate");
        assertThat(after.anonymised()).isTrue();
        assertThatThrownBy(() -> candidates.update(person.id(), after.version(),
                aCandidate().named("Wilhelmina", "Back").draft())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("anonymised");
        assertThat(after.emails()).isEmpty();
        assertThat(after.skills()).isEmpty();
        assertThat(candidates.findByEmail("wilhelmina.q@example.com")).isEmpty();
        assertThat(candidates.searchByName("Wilhelmina", 10)).isEmpty();
        assertThat(documents.documentsOf(person.id())).isEmpty();
        assertThat(applications.applicationsOfCandidate(person.id())).singleElement()
                .satisfies(application -> {
                    assertThat(application.id()).isEqualTo(card.id());
                    assertThat(application.rejectionReason()).isNull();
                });
        assertThat(applications.stageHistory(card.id())).isNotEmpty();
        String activityText = transactions.execute(status -> jdbc.queryForObject(
                "select string_agg(coalesce(subject, '') || coalesce(body, ''), '') from activities"
                        + " where candidate_id = ?", String.class, person.id()));
        assertThat(activityText).isEmpty();
        assertThat(audit.entries(AuditQuery.everything(), PageRequest.of(0, 5))).filteredOn(entry ->
                entry.action() == AuditAction.CANDIDATE_ANONYMISED).singleElement().satisfies(entry ->
                assertThat(entry.subject() + entry.detail()).startsWith("Candidate ")
                        .doesNotContain("Wilhelmina", "Quartermaine", person.id().toString()));
    }

    @Test
    void erasure_needs_the_name_typed_and_keeps_shared_activities_without_the_person() {
        JobDetails job = openJob();
        CandidateDetails person = candidates.create(aCandidate().named("Bartholomew", "Ixworth").draft());
        applications.add(person.id(), job.id());
        UUID shared = activities.log(new ActivityDraft(ActivityType.CALL, "Call about Bartholomew", "Details",
                null, person.id(), job.id(), null, null)).id();
        activities.log(new ActivityDraft(ActivityType.NOTE, "Only about him", "Private", null, person.id(), null,
                null, null));

        assertThatThrownBy(() -> erasure().erase(person.id(), "Bartholomew"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Bartholomew Ixworth");
        assertThat(candidates.exists(person.id())).isTrue();

        erasure().erase(person.id(), " bartholomew  IXWORTH ");

        assertThat(candidates.exists(person.id())).isFalse();
        assertThat(applications.applicationsOf(job.id())).isEmpty();
        assertThat(activities.findAll(List.of(shared))).containsKey(shared);
        assertThat(activities.findAll(List.of(shared)).get(shared).subject()).isNull();
        AuditEntry entry = audit.entries(AuditQuery.everything(), PageRequest.of(0, 5)).stream()
                .filter(e -> e.action() == AuditAction.CANDIDATE_ERASED).findFirst().orElseThrow();
        assertThat(entry.subject() + entry.detail()).doesNotContain("Bartholomew", "Ixworth",
                person.id().toString());
    }

    @Test
    void a_candidate_on_legal_hold_cannot_be_erased_or_anonymised() {
        UUID held = create(aCandidate().named("Held", "Person").draft().toBuilder().legalHold(true)
                .legalHoldReason("Tribunal claim").build(), null);

        assertThatThrownBy(() -> erasure().erase(held, "Held Person")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("legal hold");
        assertThatThrownBy(() -> retention.anonymiseNow(held)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("legal hold");
        assertThat(candidates.exists(held)).isTrue();
    }

    @Test
    void recruiters_and_viewers_neither_erase_nor_anonymise_and_another_firm_finds_nothing_to_erase() {
        UUID person = candidate("Protected", null);
        for (Role role : List.of(Role.RECRUITER, Role.VIEWER)) {
            SignedIn.as(signIn, firm.member(role));
            assertThatThrownBy(() -> erasure().erase(person, "Protected Person"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> retention.anonymiseNow(person)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> retention.extend(person, today.plusDays(5), "why"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        var other = TestFirms.aFirm("Other Co").withMember(Role.ADMIN).create(accounts, organizations);
        SignedIn.as(signIn, other.member(Role.ADMIN));
        assertThatThrownBy(() -> erasure().erase(person, "Protected Person"))
                .isInstanceOf(dev.wecruit.shared.RecordNotFoundException.class);
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        assertThat(candidates.exists(person)).isTrue();
    }

    @Autowired ErasureService erasureService;

    private ErasureService erasure() {
        return erasureService;
    }

    private JobDetails openJob() {
        UUID company = companies.create(TestCompanies.aCompany()).id();
        return jobs.create(TestJobs.withStatus(TestJobs.aJobAt(company), JobStatus.OPEN));
    }

    private static Stage stage(JobDetails job, StageKind kind) {
        return job.stages().stream().filter(stage -> stage.kind() == kind).findFirst().orElseThrow();
    }

    private UUID candidate(String firstName, LocalDate lastActive) {
        return create(aCandidate().named(firstName, "Person").draft(), lastActive);
    }

    private UUID create(CandidateDraft draft, LocalDate lastActive) {
        UUID id = candidates.create(draft).id();
        if (lastActive != null) {
            lastActive(id, lastActive);
        }
        return id;
    }

    /** What logging activities on those days would leave, without waiting years. */
    private void lastActive(UUID id, LocalDate day) {
        Instant at = day.atTime(10, 0).atZone(ZoneId.of("UTC")).toInstant();
        transactions.executeWithoutResult(status -> jdbc.update(
                "update candidates set last_activity_at = ?, created_at = least(created_at, ?) where id = ?",
                java.sql.Timestamp.from(at), java.sql.Timestamp.from(at), id));
    }

    private List<UUID> anonymised() {
        return transactions.execute(status -> jdbc.queryForList(
                "select id from candidates where anonymised_at is not null", UUID.class));
    }
}
