package dev.wecruit.privacy.internal;

import dev.wecruit.activities.ActivityEntry;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.TimelineOf;
import dev.wecruit.candidates.AccessLogEntry;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.candidates.DocumentSummary;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.Stage;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.pipeline.StageVisit;
import dev.wecruit.tenancy.OrganizationService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * Reads everything about a candidate through the services of the features that hold it, never their tables: the
 * record, the files with their text, the timeline, the pipelines with their stage history, who read the data.
 * A feature that starts holding something new about candidates adds a read method to its service and a line here.
 */
@Component
class ExportReader {

    /** Activities read per query; a candidate with thousands is read in a few. */
    static final int ACTIVITY_PAGE = 500;

    private final CandidateService candidates;
    private final DocumentService documents;
    private final ActivityService activities;
    private final ApplicationService applications;
    private final JobService jobs;
    private final CompanyService companies;
    private final OrganizationService organizations;
    private final PersonalDataExportRepository exports;
    private final Clock clock;

    ExportReader(CandidateService candidates, DocumentService documents, ActivityService activities,
            ApplicationService applications, JobService jobs, CompanyService companies,
            OrganizationService organizations, PersonalDataExportRepository exports, Clock clock) {
        this.candidates = candidates;
        this.documents = documents;
        this.activities = activities;
        this.applications = applications;
        this.jobs = jobs;
        this.companies = companies;
        this.organizations = organizations;
        this.exports = exports;
        this.clock = clock;
    }

    /**
     * Everything about the candidate, in the current transaction.
     *
     * @throws dev.wecruit.shared.RecordNotFoundException when the candidate is not (or no longer) in the firm
     */
    ExportContents read(UUID candidateId) {
        CandidateDetails candidate = candidates.get(candidateId);
        return new ExportContents(clock.instant(), organizations.currentOrganization().name(),
                organizations.timeZone(), candidate, documentsOf(candidateId), activitiesOf(candidateId),
                applicationsOf(candidateId), accessLogOf(candidateId), exports.allSummariesOf(candidateId),
                organizations.memberNames());
    }

    private List<ExportContents.Document> documentsOf(UUID candidateId) {
        List<DocumentSummary> files = new ArrayList<>(documents.documentsOf(candidateId));
        files.sort(Comparator.comparing(DocumentSummary::uploadedAt).thenComparing(DocumentSummary::id));
        List<ExportContents.Document> result = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (DocumentSummary file : files) {
            String path = "documents/" + (result.size() + 1) + "-" + safeFileName(file.fileName());
            if (!paths.add(path.toLowerCase(Locale.ROOT))) {
                path = "documents/" + (result.size() + 1) + "-" + file.id();
            }
            result.add(new ExportContents.Document(file, path, documents.text(file.id()),
                    documents.contentForExport(file.id())));
        }
        return result;
    }

    private List<ActivityEntry> activitiesOf(UUID candidateId) {
        List<ActivityEntry> result = new ArrayList<>();
        Page<ActivityEntry> page;
        int number = 0;
        do {
            page = activities.timeline(TimelineOf.candidate(candidateId), List.of(), number++, ACTIVITY_PAGE);
            result.addAll(page.getContent());
        } while (page.hasNext());
        return result;
    }

    private List<ExportContents.Application> applicationsOf(UUID candidateId) {
        List<ApplicationSummary> cards = applications.applicationsOfCandidate(candidateId);
        Map<UUID, JobDetails> byId = jobs.findAll(cards.stream().map(ApplicationSummary::jobId).toList()).stream()
                .collect(Collectors.toMap(JobDetails::id, Function.identity()));
        Map<UUID, String> clients = companies.names(byId.values().stream().map(JobDetails::companyId)
                .distinct().toList());
        Map<UUID, List<StageVisit>> histories = applications.stageHistories(cards.stream()
                .map(ApplicationSummary::id).toList());
        List<ExportContents.Application> result = new ArrayList<>();
        for (ApplicationSummary card : cards) {
            JobDetails job = byId.get(card.jobId());
            List<StageVisit> history = histories.getOrDefault(card.id(), List.of());
            String stage = job == null ? null : job.stages().stream().filter(s -> s.id().equals(card.stageId()))
                    .map(Stage::name).findFirst().orElse(null);
            if (stage == null && !history.isEmpty()) {
                stage = history.getLast().stageName();
            }
            result.add(new ExportContents.Application(card, job == null ? null : job.title(),
                    job == null ? null : clients.get(job.companyId()), stage, history));
        }
        result.sort(Comparator.comparing((ExportContents.Application a) -> a.stageHistory().isEmpty()
                ? Instant.MAX : a.stageHistory().getFirst().enteredAt()));
        return result;
    }

    /** Who saw the candidate's contact details: the firm's access log, per member or API key, channel and day. */
    private List<ExportContents.AccessRecord> accessLogOf(UUID candidateId) {
        List<AccessLogEntry> entries = candidates.accessLogOf(candidateId);
        return entries.stream().map(entry -> new ExportContents.AccessRecord(entry.who(), entry.channel().label(),
                entry.lastAt(), entry.times())).toList();
    }

    /** A file name safe in any unzip tool: no folders, no control or reserved characters, not hidden. */
    static String safeFileName(String name) {
        String safe = (name == null ? "" : name).replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "_").strip();
        while (safe.startsWith(".")) {
            safe = safe.substring(1);
        }
        if (safe.isEmpty()) {
            safe = "file";
        }
        return safe.length() > 120 ? safe.substring(safe.length() - 120) : safe;
    }
}
