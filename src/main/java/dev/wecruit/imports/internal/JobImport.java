package dev.wecruit.imports.internal;

import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.ContactDetails;
import dev.wecruit.imports.ColumnMapping;
import dev.wecruit.imports.ImportField;
import dev.wecruit.imports.ImportKind;
import dev.wecruit.imports.RowCheck;
import dev.wecruit.jobs.FeeTerms;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobDraft;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.JobStatus;
import dev.wecruit.jobs.RemotePolicy;
import dev.wecruit.jobs.Seniority;
import dev.wecruit.platform.crypto.FieldRef;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.OrganizationService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Jobs, one a row (decision 0038): the client company by its name ({@link RecordCells#companyKey}, within the firm),
 * the hiring manager by their email among the client's contacts, the owner by the email they sign in with. A job is
 * matched by its title at its client: the one such job is updated, otherwise a job is created. Rows are checked with
 * the job form's rules ({@link JobService#validate}) and written through {@link JobService}. A client that is not in
 * the firm makes the row invalid: companies are imported first, with their contacts.
 */
@Component
class JobImport implements RecordImport {

    private static final Map<String, JobStatus> STATUSES = Map.ofEntries(
            Map.entry("open", JobStatus.OPEN), Map.entry("active", JobStatus.OPEN), Map.entry("live", JobStatus.OPEN),
            Map.entry("new", JobStatus.OPEN), Map.entry("onhold", JobStatus.ON_HOLD),
            Map.entry("hold", JobStatus.ON_HOLD), Map.entry("paused", JobStatus.ON_HOLD),
            Map.entry("filled", JobStatus.FILLED), Map.entry("placed", JobStatus.FILLED),
            Map.entry("closedfilled", JobStatus.FILLED), Map.entry("cancelled", JobStatus.CANCELLED),
            Map.entry("canceled", JobStatus.CANCELLED), Map.entry("closed", JobStatus.CANCELLED),
            Map.entry("lost", JobStatus.CANCELLED), Map.entry("closedlost", JobStatus.CANCELLED));
    private static final Map<String, Seniority> SENIORITIES = Map.ofEntries(
            Map.entry("intern", Seniority.INTERN), Map.entry("internship", Seniority.INTERN),
            Map.entry("junior", Seniority.JUNIOR), Map.entry("entry", Seniority.JUNIOR),
            Map.entry("entrylevel", Seniority.JUNIOR), Map.entry("graduate", Seniority.JUNIOR),
            Map.entry("mid", Seniority.MID), Map.entry("midlevel", Seniority.MID),
            Map.entry("intermediate", Seniority.MID), Map.entry("senior", Seniority.SENIOR),
            Map.entry("lead", Seniority.LEAD), Map.entry("principal", Seniority.LEAD),
            Map.entry("staff", Seniority.LEAD), Map.entry("executive", Seniority.EXECUTIVE),
            Map.entry("director", Seniority.EXECUTIVE), Map.entry("clevel", Seniority.EXECUTIVE));
    private static final Map<String, RemotePolicy> REMOTE = Map.ofEntries(
            Map.entry("onsite", RemotePolicy.ON_SITE), Map.entry("office", RemotePolicy.ON_SITE),
            Map.entry("inoffice", RemotePolicy.ON_SITE), Map.entry("no", RemotePolicy.ON_SITE),
            Map.entry("hybrid", RemotePolicy.HYBRID), Map.entry("remote", RemotePolicy.REMOTE),
            Map.entry("fullyremote", RemotePolicy.REMOTE), Map.entry("yes", RemotePolicy.REMOTE));

    private final JobService jobs;
    private final CompanyService companies;
    private final OrganizationService organizations;
    private final PiiCipher cipher;
    private final ObjectMapper json;

    JobImport(JobService jobs, CompanyService companies, OrganizationService organizations, PiiCipher cipher,
            ObjectMapper json) {
        this.jobs = jobs;
        this.companies = companies;
        this.organizations = organizations;
        this.cipher = cipher;
        this.json = json;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.JOBS;
    }

    @Override
    public String mappingProblem(ColumnMapping mapping) {
        if (!mapping.fields().contains(ImportField.JOB_TITLE) || !mapping.fields().contains(ImportField.CLIENT)) {
            return "Map a column to Job title and one to Client company";
        }
        return null;
    }

    /**
     * A row as read: the draft without its client and hiring manager, which are named, and which fields the row
     * gives (an update changes only those).
     */
    record Parsed(JobDraft draft, String client, String hiringManagerEmail, Set<ImportField> given,
            Map<Integer, String> cellErrors) {
    }

    static Parsed parse(List<String> row, ColumnMapping mapping, Map<String, UUID> membersByEmail) {
        Map<Integer, String> errors = new LinkedHashMap<>();
        Set<ImportField> given = new HashSet<>();
        JobDraft.Builder builder = JobDraft.builder();
        String client = null;
        String manager = null;
        List<String> skills = new ArrayList<>();
        List<String> niceToHave = new ArrayList<>();
        String currencyOfAmounts = null;
        boolean currencyGiven = false;
        for (int column = 0; column < row.size(); column++) {
            String value = row.get(column) == null ? "" : row.get(column).strip();
            ImportField field = mapping.field(column);
            if (value.isEmpty() || field == ImportField.SKIP) {
                continue;
            }
            given.add(field);
            switch (field) {
                case JOB_TITLE -> builder.title(value);
                case CLIENT -> client = value;
                case HIRING_MANAGER -> manager = value;
                case DESCRIPTION -> builder.description(value);
                case SKILLS -> skills.addAll(RecordCells.split(value, mapping.separator()));
                case NICE_TO_HAVE -> niceToHave.addAll(RecordCells.split(value, mapping.separator()));
                case SENIORITY -> {
                    Seniority seniority = RecordCells.choice(value, SENIORITIES);
                    if (seniority == null) {
                        errors.put(column, "Enter Intern, Junior, Mid, Senior, Lead or Executive");
                    }
                    builder.seniority(seniority);
                }
                case LOCATION -> builder.location(value);
                case REMOTE_POLICY -> {
                    RemotePolicy policy = RecordCells.choice(value, REMOTE);
                    if (policy == null) {
                        errors.put(column, "Enter On site, Hybrid or Remote");
                    }
                    builder.remotePolicy(policy);
                }
                case SALARY_MIN, SALARY_MAX -> {
                    RecordCells.Amount amount = RecordCells.amount(value);
                    if (amount == null) {
                        errors.put(column, "Enter an amount such as 55000");
                    } else {
                        currencyOfAmounts = amount.currency() != null ? amount.currency() : currencyOfAmounts;
                        if (field == ImportField.SALARY_MIN) {
                            builder.salaryMin(amount.value());
                        } else {
                            builder.salaryMax(amount.value());
                        }
                    }
                }
                case SALARY_CURRENCY -> {
                    builder.salaryCurrency(value.toUpperCase(Locale.ROOT));
                    currencyGiven = true;
                }
                case FEE -> {
                    FeeTerms fee = fee(value);
                    if (fee == null) {
                        errors.put(column, "Enter a percentage such as 20% or an amount with its currency such as"
                                + " 15000 EUR");
                    }
                    builder.fee(fee);
                }
                case JOB_STATUS -> {
                    JobStatus status = RecordCells.choice(value, STATUSES);
                    if (status == null) {
                        errors.put(column, "Enter Open, On hold, Filled or Cancelled");
                    }
                    builder.status(status);
                }
                case OWNER -> {
                    UUID owner = membersByEmail.get(value.toLowerCase(Locale.ROOT));
                    if (owner == null) {
                        errors.put(column, "No member of your firm signs in with this email");
                    }
                    builder.ownerId(owner);
                }
                case OPENED_ON, CLOSED_ON -> {
                    LocalDate date = RecordCells.date(value);
                    if (date == null) {
                        errors.put(column, "Enter a date such as 2026-03-31 or 31/03/2026");
                    } else if (field == ImportField.OPENED_ON) {
                        builder.openedOn(date);
                    } else {
                        builder.closedOn(date);
                    }
                }
                default -> { }
            }
        }
        if (!currencyGiven && currencyOfAmounts != null) {
            // "£55,000" says the currency the form asks for
            builder.salaryCurrency(currencyOfAmounts);
            given.add(ImportField.SALARY_CURRENCY);
        }
        return new Parsed(builder.skills(skills).niceToHave(niceToHave).build(), client, manager, given, errors);
    }

    /** "20%" or "20 %" is a percentage; "15,000 EUR", "EUR 15000" or "€15,000" a fixed fee. */
    static FeeTerms fee(String value) {
        String text = value.strip();
        if (text.endsWith("%")) {
            RecordCells.Amount percentage = RecordCells.amount(text.substring(0, text.length() - 1));
            return percentage == null || percentage.currency() != null ? null
                    : FeeTerms.percentage(percentage.value());
        }
        RecordCells.Amount amount = RecordCells.amount(text);
        return amount == null || amount.currency() == null ? null : FeeTerms.fixed(amount.value(), amount.currency());
    }

    private final class Pass {
        final Map<String, List<UUID>> companiesByKey = new HashMap<>();
        final Map<UUID, List<JobDetails>> jobsByClient = new HashMap<>();
        final Map<UUID, List<ContactDetails>> contactsByClient = new HashMap<>();
        final Map<String, Integer> jobLines = new HashMap<>();
        final Map<String, UUID> membersByEmail = new HashMap<>();
        final Set<UUID> touched;

        Pass(Set<UUID> touched) {
            this.touched = touched;
            companies.allNames().forEach((id, name) -> companiesByKey.computeIfAbsent(RecordCells.companyKey(name),
                    key -> new ArrayList<>()).add(id));
            for (MemberSummary member : organizations.members()) {
                if (member.email() != null) {
                    membersByEmail.put(member.email().toLowerCase(Locale.ROOT), member.id());
                }
            }
        }
    }

    private record Plan(RowCheck.Outcome outcome, String reason, Map<Integer, String> cellErrors, JobDetails before,
            JobDraft draft) {
    }

    private Plan plan(Parsed row, int line, ColumnMapping mapping, Pass pass) {
        Map<Integer, String> cellErrors = new LinkedHashMap<>(row.cellErrors());
        List<String> reasons = new ArrayList<>();
        row.cellErrors().forEach((column, message) -> reasons.add(mapping.field(column).label() + ": " + message));
        UUID clientId = null;
        if (row.client() != null) {
            List<UUID> clients = pass.companiesByKey.getOrDefault(RecordCells.companyKey(row.client()), List.of());
            String problem = clients.isEmpty() ? "No company called \"" + row.client() + "\" in your firm: import it"
                    + " with the companies first" : clients.size() > 1 ? clients.size() + " companies of your firm"
                    + " are called \"" + row.client() + "\": rename all but one first" : null;
            if (problem != null) {
                reasons.add(ImportField.CLIENT.label() + ": " + problem);
                RecordCells.columnsOf(mapping, List.of(ImportField.CLIENT)).forEach(column ->
                        cellErrors.putIfAbsent(column, problem));
            } else {
                clientId = clients.getFirst();
            }
        }
        UUID managerId = null;
        if (clientId != null && row.hiringManagerEmail() != null) {
            List<ContactDetails> managers = pass.contactsByClient.computeIfAbsent(clientId, companies::contactsOf)
                    .stream().filter(contact -> row.hiringManagerEmail().equalsIgnoreCase(contact.email())).toList();
            if (managers.size() == 1) {
                managerId = managers.getFirst().id();
            } else {
                String problem = managers.isEmpty() ? "No contact at " + row.client() + " has this email"
                        : "Several contacts at " + row.client() + " have this email";
                reasons.add(ImportField.HIRING_MANAGER.label() + ": " + problem);
                RecordCells.columnsOf(mapping, List.of(ImportField.HIRING_MANAGER)).forEach(column ->
                        cellErrors.putIfAbsent(column, problem));
            }
        }
        JobDetails before = null;
        if (clientId != null && row.draft().title() != null) {
            String title = RecordCells.folded(row.draft().title());
            List<JobDetails> same = pass.jobsByClient.computeIfAbsent(clientId, jobs::jobsOf).stream()
                    .filter(job -> title.equals(RecordCells.folded(job.title()))).toList();
            if (same.size() > 1) {
                return skipped(RowCheck.Outcome.DUPLICATE, same.size() + " jobs called \"" + row.draft().title()
                        + "\" at " + row.client() + " are in your firm: the row cannot say which to update");
            }
            before = same.isEmpty() ? null : same.getFirst();
        }
        JobDraft draft;
        if (before != null) {
            draft = merged(draftOf(before), row, managerId);
        } else {
            draft = row.draft().toBuilder().companyId(clientId).hiringManagerId(managerId)
                    .status(row.draft().status() != null ? row.draft().status() : JobStatus.OPEN).build();
        }
        if (reasons.isEmpty() || clientId != null) {
            Map<String, String> errors = new LinkedHashMap<>(jobs.validate(before == null ? null : before.id(), draft));
            if (clientId == null) {
                errors.remove("companyId");
            }
            errors.forEach((field, message) -> {
                List<ImportField> fields = fieldsOf(field);
                reasons.add((fields.isEmpty() ? field : fields.getFirst().label()) + ": " + message);
                RecordCells.columnsOf(mapping, fields).forEach(column -> cellErrors.putIfAbsent(column, message));
            });
        }
        if (!reasons.isEmpty()) {
            return new Plan(RowCheck.Outcome.INVALID, RecordCells.reason(reasons), cellErrors, null, null);
        }
        String key = clientId + "|" + RecordCells.folded(draft.title());
        Integer earlier = pass.jobLines.get(key);
        if (earlier != null) {
            return skipped(RowCheck.Outcome.DUPLICATE, "Same job as line " + earlier);
        }
        pass.jobLines.put(key, line);
        if (before == null) {
            return new Plan(RowCheck.Outcome.CREATE, null, Map.of(), null, draft);
        }
        if (pass.touched.contains(before.id()) || comparable(draft).equals(comparable(draftOf(before)))) {
            return skipped(RowCheck.Outcome.DUPLICATE, "Already in your firm as this row has it");
        }
        return new Plan(RowCheck.Outcome.UPDATE, "Updates " + before.title() + " at " + row.client(), Map.of(),
                before, draft);
    }

    /** The job with the row's values where it gives any; skills and nice-to-haves added to. */
    private static JobDraft merged(JobDraft current, Parsed row, UUID managerId) {
        JobDraft given = row.draft();
        Set<ImportField> has = row.given();
        return current.toBuilder()
                .title(given.title())
                .hiringManagerId(has.contains(ImportField.HIRING_MANAGER) ? managerId : current.hiringManagerId())
                .description(has.contains(ImportField.DESCRIPTION) ? given.description() : current.description())
                .skills(union(current.skills(), given.skills()))
                .niceToHave(union(current.niceToHave(), given.niceToHave()))
                .seniority(has.contains(ImportField.SENIORITY) ? given.seniority() : current.seniority())
                .location(has.contains(ImportField.LOCATION) ? given.location() : current.location())
                .remotePolicy(has.contains(ImportField.REMOTE_POLICY) ? given.remotePolicy() : current.remotePolicy())
                .salaryMin(has.contains(ImportField.SALARY_MIN) ? given.salaryMin() : current.salaryMin())
                .salaryMax(has.contains(ImportField.SALARY_MAX) ? given.salaryMax() : current.salaryMax())
                .salaryCurrency(has.contains(ImportField.SALARY_CURRENCY) ? given.salaryCurrency()
                        : current.salaryCurrency())
                .fee(has.contains(ImportField.FEE) ? given.fee() : current.fee())
                .status(has.contains(ImportField.JOB_STATUS) ? given.status() : current.status())
                .ownerId(has.contains(ImportField.OWNER) ? given.ownerId() : current.ownerId())
                .openedOn(has.contains(ImportField.OPENED_ON) ? given.openedOn() : current.openedOn())
                .closedOn(has.contains(ImportField.CLOSED_ON) ? given.closedOn() : current.closedOn())
                .build();
    }

    private static List<String> union(List<String> first, List<String> second) {
        Set<String> folded = new HashSet<>();
        List<String> values = new ArrayList<>();
        Stream.concat(first.stream(), second.stream()).forEach(value -> {
            if (folded.add(RecordCells.folded(value))) {
                values.add(value);
            }
        });
        return values;
    }

    private static Plan skipped(RowCheck.Outcome outcome, String reason) {
        return new Plan(outcome, reason, Map.of(), null, null);
    }

    @Override
    public List<RowCheck> check(List<List<String>> rows, List<Integer> lines, ColumnMapping mapping) {
        Pass pass = new Pass(Set.of());
        List<RowCheck> checks = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Plan plan = plan(parse(rows.get(i), mapping, pass.membersByEmail), lines.get(i), mapping, pass);
            checks.add(new RowCheck(i, lines.get(i), plan.outcome(), plan.reason(), plan.cellErrors(),
                    plan.before() == null ? null : plan.before().id()));
        }
        return checks;
    }

    @Override
    public Written write(Map<Integer, List<String>> rows, ColumnMapping mapping, Set<UUID> touched) {
        Pass pass = new Pass(touched);
        List<ImportRecords.Entry> entries = new ArrayList<>();
        List<ImportChanges.Change> changes = new ArrayList<>();
        for (var row : rows.entrySet()) {
            int number = row.getKey() + 1;
            Plan plan = plan(parse(row.getValue(), mapping, pass.membersByEmail), number, mapping, pass);
            if (plan.outcome() == RowCheck.Outcome.CREATE) {
                JobDetails created = jobs.create(plan.draft());
                changes.add(new ImportChanges.Change(number, ImportChanges.Entity.JOB, created.id(),
                        ImportChanges.Action.CREATED, null, created.version()));
                entries.add(new ImportRecords.Entry(number, ImportRecords.Outcome.CREATED, null, null, null, null));
                pass.jobsByClient.remove(created.companyId());
            } else if (plan.outcome() == RowCheck.Outcome.UPDATE) {
                JobDetails after = jobs.update(plan.before().id(), plan.before().version(), plan.draft());
                changes.add(new ImportChanges.Change(number, ImportChanges.Entity.JOB, after.id(),
                        ImportChanges.Action.UPDATED, cipher.seal(json.writeValueAsString(draftOf(plan.before()))),
                        after.version()));
                entries.add(new ImportRecords.Entry(number, ImportRecords.Outcome.UPDATED, null, null, null, null));
                pass.jobsByClient.remove(after.companyId());
            } else {
                entries.add(new ImportRecords.Entry(number, ImportRecords.Outcome.SKIPPED, plan.reason(), null, null,
                        null));
            }
        }
        return new Written(entries, changes);
    }

    @Override
    public Undone undo(ImportChanges.Change change) {
        JobDetails current = jobs.find(change.entityId()).orElse(null);
        if (current == null) {
            return new Undone(Undone.Result.GONE, "job");
        }
        String name = "job " + current.title();
        if (current.version() != change.versionAfter()) {
            return new Undone(Undone.Result.KEPT, name);
        }
        if (change.action() == ImportChanges.Action.CREATED) {
            return new Undone(jobs.removeImported(current.id(), change.versionAfter()) ? Undone.Result.REMOVED
                    : Undone.Result.KEPT, name);
        }
        JobDraft previous = json.readValue(cipher.open(change.previous(), new FieldRef("Import change",
                change.entityId(), "previous_enc")), JobDraft.class);
        if (!jobs.validate(current.id(), previous).isEmpty()) {
            return new Undone(Undone.Result.KEPT, name);
        }
        jobs.update(current.id(), change.versionAfter(), previous);
        return new Undone(Undone.Result.RESTORED, name);
    }

    /** The draft with its amounts at their least scale: 55000 and 55000.00 are one salary. */
    private static JobDraft comparable(JobDraft draft) {
        FeeTerms fee = draft.fee();
        return draft.toBuilder().salaryMin(least(draft.salaryMin())).salaryMax(least(draft.salaryMax()))
                .fee(fee == null ? null : new FeeTerms(fee.type(), least(fee.percentage()), least(fee.amount()),
                        fee.currency())).build();
    }

    private static java.math.BigDecimal least(java.math.BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    static JobDraft draftOf(JobDetails job) {
        return new JobDraft(job.title(), job.companyId(), job.hiringManagerId(), job.description(), job.skills(),
                job.niceToHave(), job.seniority(), job.location(), job.remotePolicy(), job.salaryMin(),
                job.salaryMax(), job.salaryCurrency(), job.fee(), job.status(), job.ownerId(), job.openedOn(),
                job.closedOn());
    }

    private static List<ImportField> fieldsOf(String field) {
        String name = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
        return switch (name) {
            case "title" -> List.of(ImportField.JOB_TITLE);
            case "companyId" -> List.of(ImportField.CLIENT);
            case "hiringManagerId" -> List.of(ImportField.HIRING_MANAGER);
            case "description" -> List.of(ImportField.DESCRIPTION);
            case "skills" -> List.of(ImportField.SKILLS);
            case "niceToHave" -> List.of(ImportField.NICE_TO_HAVE);
            case "seniority" -> List.of(ImportField.SENIORITY);
            case "location" -> List.of(ImportField.LOCATION);
            case "remotePolicy" -> List.of(ImportField.REMOTE_POLICY);
            case "salaryMin" -> List.of(ImportField.SALARY_MIN);
            case "salaryMax" -> List.of(ImportField.SALARY_MAX);
            case "salaryCurrency" -> List.of(ImportField.SALARY_CURRENCY);
            case "fee" -> List.of(ImportField.FEE);
            case "status" -> List.of(ImportField.JOB_STATUS);
            case "ownerId" -> List.of(ImportField.OWNER);
            case "openedOn" -> List.of(ImportField.OPENED_ON);
            case "closedOn" -> List.of(ImportField.CLOSED_ON);
            default -> List.of();
        };
    }

}
