package dev.wecruit;

import dev.wecruit.activities.ActivityDraft;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.api.ApiKeyPrincipal;
import dev.wecruit.api.ApiKeyService;
import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.candidates.TestCandidates;
import dev.wecruit.candidates.TestDocuments;
import dev.wecruit.duplicates.DuplicateService;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.StageService;
import dev.wecruit.jobs.StageDefinition;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.ai.AiProvider;
import dev.wecruit.ai.AiSettingsDraft;
import dev.wecruit.ai.AiSettingsService;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.privacy.PersonalDataExportService;
import dev.wecruit.privacy.RetentionService;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Membership;
import dev.wecruit.tenancy.Role;
import dev.wecruit.intake.CvIntakeService;
import dev.wecruit.intake.CvUpload;
import dev.wecruit.matching.MatchFilters;
import dev.wecruit.matching.MatchingService;
import dev.wecruit.matching.Verdict;
import dev.wecruit.matching.internal.MatchIndexing;
import dev.wecruit.work.BackgroundWork;
import dev.wecruit.work.NewItem;
import dev.wecruit.work.TestWorkHandler;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * One record of every kind for the current firm, made through the services: what the isolation suite tries to
 * reach from another firm. Every tenant table gets at least one row.
 */
@Component
public class TestRecords {

    public record Set(UUID company, UUID contact, UUID job, UUID candidate, String candidateEmail,
            String candidateLastName, UUID document, UUID application, UUID activity) {
    }

    private final CompanyService companies;
    private final JobService jobs;
    private final StageService stageService;
    private final CandidateService candidates;
    private final DocumentService documents;
    private final ApplicationService applications;
    private final ActivityService activities;
    private final CurrentTenant currentTenant;
    private final ApiKeyService apiKeys;
    private final AiSettingsService ai;
    private final AuditLog audit;
    private final BackgroundWork work;
    private final CvIntakeService intake;
    private final MatchingService matching;
    private final MatchIndexing matchIndex;
    private final PersonalDataExportService exports;
    private final RetentionService retention;
    private final DuplicateService duplicates;
    private final dev.wecruit.imports.ImportService imports;
    private final dev.wecruit.duplicates.CandidateMergeService merges;

    TestRecords(CurrentTenant currentTenant, ApiKeyService apiKeys, AiSettingsService ai, AuditLog audit,
            BackgroundWork work, CvIntakeService intake, CompanyService companies, JobService jobs,
            StageService stageService, CandidateService candidates, DocumentService documents,
            ApplicationService applications, ActivityService activities, MatchingService matching, MatchIndexing matchIndex,
            PersonalDataExportService exports, RetentionService retention, DuplicateService duplicates,
            dev.wecruit.imports.ImportService imports, dev.wecruit.duplicates.CandidateMergeService merges) {
        this.merges = merges;
        this.retention = retention;
        this.duplicates = duplicates;
        this.imports = imports;
        this.companies = companies;
        this.jobs = jobs;
        this.stageService = stageService;
        this.candidates = candidates;
        this.documents = documents;
        this.applications = applications;
        this.activities = activities;
        this.currentTenant = currentTenant;
        this.apiKeys = apiKeys;
        this.ai = ai;
        this.audit = audit;
        this.work = work;
        this.intake = intake;
        this.matching = matching;
        this.matchIndex = matchIndex;
        this.exports = exports;
    }

    /** One of everything, for the signed-in member's firm. */
    public Set createAll() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        // the template is the admins' to change; the records below are a recruiter's work
        currentTenant.runAs(currentTenant.currentTenantId().orElseThrow(), () -> {
            stageService.replaceStageTemplate(List.of(new StageDefinition("New " + unique, StageKind.ACTIVE),
                    new StageDefinition("Hired", StageKind.HIRED), new StageDefinition("Out", StageKind.REJECTED)));
            apiKeys.create("Sync " + unique, Role.VIEWER, LocalDate.now(ZoneOffset.UTC).plusMonths(1));
            // a loopback port where nothing listens: the dropped CV below is read offline at once, with a note
            ai.save(new AiSettingsDraft(AiProvider.OPENAI_COMPATIBLE, "http://127.0.0.1:9/v1", "chat-model",
                    null, "sk-" + unique, false), ai.settings().version());
            audit.record(AuditAction.SETTINGS_CHANGED, "Test records", null);
        });
        UUID company = companies.create(TestCompanies.aCompany()).id();
        UUID contact = companies.createContact(TestCompanies.aContactAt(company)).id();
        UUID job = jobs.create(TestJobs.aJobAt(company, contact)).id();
        String email = "cand-" + unique + "@example.com";
        String lastName = "Zed" + unique.replaceAll("[0-9]", "x");
        UUID candidate = candidates.create(TestCandidates.aCandidate().named("Quinn", lastName).withEmail(email)
                .withPhone("+44 7700 900" + String.valueOf(Math.abs(unique.hashCode() % 900) + 100)).draft()).id();
        UUID document = documents.attach(candidate, "cv.pdf", TestDocuments.pdf("Quinn " + lastName, unique)).id();
        readContactDetailsThroughAKey(candidate, unique);
        exports.start(candidate);
        UUID application = applications.add(candidate, job).id();
        work.start(TestWorkHandler.KIND, "ok", List.of(NewItem.of("cv-" + unique + ".pdf")));
        intake.addCvs(List.of(new CvUpload("dropped-" + unique + ".pdf", TestDocuments.pdf("Robin " + lastName,
                "Warehouse Supervisor, Northern Logistics", "robin-" + unique + "@example.com",
                "Forklift, stock control and health and safety"))));
        // matching's index of the candidate and the job, a thumbs up, and the logged request
        matchIndex.indexStaleNow(10);
        matching.judge(job, candidate, Verdict.UP);
        matching.candidatesFor(job, MatchFilters.none(), 5);
        UUID activity = activities.log(new ActivityDraft(ActivityType.CALL, "Screening call", "Keen, notice 1 month",
                null, candidate, job, null, contact)).id();
        // retention's rules, a run that notices a long-quiet candidate as due, and an admin's extension
        UUID quiet = candidates.create(TestCandidates.aCandidate().named("Quiet", "Hushby"
                + unique.replaceAll("[0-9]", "q")).draft()).id();
        candidates.recordActivity(quiet, Instant.now().minus(Duration.ofDays(3_000)));
        currentTenant.runAs(currentTenant.currentTenantId().orElseThrow(), () -> {
            retention.changeRules(null, 30);
            retention.run(LocalDate.now(ZoneOffset.UTC));
            retention.extend(candidate, LocalDate.now(ZoneOffset.UTC).plusMonths(1), "Test records");
        });
        // the two are not the same person: a dismissed pair of possible duplicates
        duplicates.dismiss(candidate, quiet);
        // two records of one person merged, the merge still undoable: its sealed snapshot and a retired candidate
        String twinName = lastName.replace("Zed", "Twin");
        var twin = candidates.create(TestCandidates.aCandidate().named("Merle", twinName).draft());
        var twinAgain = candidates.create(TestCandidates.aCandidate().named("Merle", twinName).draft());
        merges.merge(twin.id(), twin.version(), twinAgain.id(), twinAgain.version(), java.util.Map.of());
        // an import whose one row is skipped (no last name): its batch and record, nothing written; a template
        var importTable = imports.read("import-" + unique + ".csv", ("First Name,Last Name,Email\r\nRobin,,robin-"
                + unique + "@example.org\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        imports.start(importTable, imports.suggest(importTable), dev.wecruit.imports.ImportMode.SKIP_INVALID);
        imports.saveTemplate("Template " + unique, importTable.headers(), imports.suggest(importTable));
        // an import of a company with a contact, finished: what it created (import_batch_changes)
        var companyTable = imports.read("companies-" + unique + ".csv", ("Company,First Name,Last Name\r\nImported "
                + unique + ",Robin,Imported\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        UUID companyImport = imports.start(dev.wecruit.imports.ImportKind.COMPANIES, companyTable,
                imports.suggest(dev.wecruit.imports.ImportKind.COMPANIES, companyTable),
                dev.wecruit.imports.ImportMode.ALL_OR_NOTHING).batchId();
        org.awaitility.Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> imports
                .find(companyImport).orElseThrow().status() != dev.wecruit.imports.ImportSummary.Status.RUNNING);
        return new Set(company, contact, job, candidate, email, lastName, document, application, activity);
    }

    /** A recruiter key's read of the candidate's contact details, which the API's roll-up counts. */
    private void readContactDetailsThroughAKey(UUID candidate, String unique) {
        UUID firm = currentTenant.currentTenantId().orElseThrow();
        UUID keyId = currentTenant.callAs(firm, () -> apiKeys.create("Reader " + unique, Role.RECRUITER,
                LocalDate.now(ZoneOffset.UTC).plusMonths(1)).key().id());
        var member = SecurityContextHolder.getContext().getAuthentication();
        var key = new ApiKeyPrincipal(keyId, "Reader " + unique, new Membership(null, firm,
                currentTenant.requireMember().membership().organizationName(), Role.RECRUITER));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(key,
                null, List.of()));
        try {
            candidates.contactsOf(List.of(candidate));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(member);
        }
    }
}
