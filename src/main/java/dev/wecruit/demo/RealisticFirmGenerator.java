package dev.wecruit.demo;

import static dev.wecruit.demo.DemoCatalog.BENEFITS;
import static dev.wecruit.demo.DemoCatalog.CALL_SUBJECTS;
import static dev.wecruit.demo.DemoCatalog.CITIES;
import static dev.wecruit.demo.DemoCatalog.CLIENTS;
import static dev.wecruit.demo.DemoCatalog.CONTACT_TITLES;
import static dev.wecruit.demo.DemoCatalog.EMAIL_SUBJECTS;
import static dev.wecruit.demo.DemoCatalog.FIRST_NAMES;
import static dev.wecruit.demo.DemoCatalog.JOB_INTROS;
import static dev.wecruit.demo.DemoCatalog.LAST_NAMES;
import static dev.wecruit.demo.DemoCatalog.MEETING_SUBJECTS;
import static dev.wecruit.demo.DemoCatalog.NOTE_BODIES;
import static dev.wecruit.demo.DemoCatalog.PROFESSIONS;
import static dev.wecruit.demo.DemoCatalog.REJECTION_REASONS;
import static dev.wecruit.demo.DemoCatalog.RESPONSIBILITIES_BY_PROFESSION;
import static dev.wecruit.demo.DemoCatalog.SOURCES;
import static dev.wecruit.demo.DemoCatalog.TAGS;
import static dev.wecruit.demo.DemoCatalog.UNIVERSITIES;
import static dev.wecruit.demo.DemoCatalog.fill;
import static dev.wecruit.demo.DemoCatalog.pick;
import static java.util.Map.entry;

import dev.wecruit.activities.ActivityDraft;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.activities.RecordedActivity;
import dev.wecruit.candidates.CandidateDraft;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.Education;
import dev.wecruit.candidates.LawfulBasis;
import dev.wecruit.candidates.WorkExperience;
import dev.wecruit.companies.CompanyDraft;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanyStatus;
import dev.wecruit.companies.ContactDraft;
import dev.wecruit.demo.DemoCatalog.City;
import dev.wecruit.demo.DemoCatalog.Client;
import dev.wecruit.demo.DemoCatalog.Profession;
import dev.wecruit.jobs.FeeTerms;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobDraft;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.JobStatus;
import dev.wecruit.jobs.RemotePolicy;
import dev.wecruit.jobs.Seniority;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.PastStay;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a firm with a realistic desk: clients and their contacts, mandates with descriptions, fees and pipelines,
 * candidates with histories, and two years of recruiter activity. Everything goes through the real services, so
 * the data passes the same validation, encryption and blind indexing as typed input, and the demo and the benchmarks
 * exercise the code paths users do.
 *
 * <p>Work is done in batches of one transaction each: a large firm does not need one transaction per record, and
 * memory stays bounded because only ids and the few facts needed to link later records are kept.
 */
public class RealisticFirmGenerator {

    private static final Logger log = LoggerFactory.getLogger(RealisticFirmGenerator.class);

    private static final int COMPANIES_PER_TRANSACTION = 50;
    private static final int JOBS_PER_TRANSACTION = 50;
    private static final int CANDIDATES_PER_TRANSACTION = 250;
    private static final int PIPELINES_PER_TRANSACTION = 10;
    private static final int ACTIVITIES_PER_TRANSACTION = 1_000;
    private static final int PROGRESS_EVERY = 500;
    private static final int HISTORY_DAYS = 730;
    /** Mixed into the seed for the stream that dates the history, so the records' contents do not depend on it. */
    private static final long TIMELINE_SALT = 0x7E11_5EED_0036L;
    private static final long HOUR = 3_600L;
    private static final long DAY = 86_400L;

    private static final List<String> PERSONAL_EMAIL_DOMAINS = List.of(
            "example.com", "mail.example", "inbox.example", "post.example");
    private static final List<String> STREETS = List.of(
            "High Street", "Station Road", "Church Lane", "Park Avenue", "Market Square", "Mill Road", "King Street",
            "Queen's Road", "Harbour View", "Elm Grove", "Canal Walk", "Victoria Terrace");
    private static final List<String> CONSENT_NOTES = List.of(
            "Consent given by email after the screening call.",
            "Ticked the consent box when applying through the website.",
            "Verbal consent on the intro call, confirmed in writing the same day.",
            "Consent renewed after the annual data review.");
    private static final List<String> NOTE_SUBJECTS = List.of(
            "Screening notes", "Call notes", "Update", "Availability", "Interview feedback");
    private static final List<String> CLIENT_NOTES = List.of(
            "Spoke to {first}: they want to see three CVs by Friday.",
            "Terms of business agreed: fee payable within 30 days of the start date.",
            "Hiring freeze until the next budget round. Check back next quarter.",
            "Client prefers candidates who can start within a month.",
            "Met {first} at the industry dinner; two new roles expected in the spring.",
            "Feedback on the shortlist: strong on skills, light on sector experience.",
            "Retained search agreed for the leadership hire, a third of the fee up front.");
    private static final Set<String> ON_SITE_INDUSTRIES = Set.of(
            "Healthcare", "Manufacturing", "Construction", "Logistics");

    private static final List<CompanyStatus> COMPANY_STATUSES = List.of(
            CompanyStatus.CLIENT, CompanyStatus.PROSPECT, CompanyStatus.FORMER);
    private static final List<JobStatus> JOB_STATUSES = List.of(
            JobStatus.OPEN, JobStatus.ON_HOLD, JobStatus.FILLED, JobStatus.CANCELLED);
    private static final List<RemotePolicy> REMOTE_POLICIES = List.of(
            RemotePolicy.HYBRID, RemotePolicy.ON_SITE, RemotePolicy.REMOTE);
    private static final List<ActivityType> CANDIDATE_ACTIVITY_TYPES = List.of(
            ActivityType.NOTE, ActivityType.CALL, ActivityType.EMAIL, ActivityType.MEETING);
    private static final List<ActivityType> COMPANY_ACTIVITY_TYPES = List.of(
            ActivityType.CALL, ActivityType.EMAIL, ActivityType.MEETING, ActivityType.NOTE);

    private static final List<Map.Entry<Seniority, Set<String>>> SENIORITY_WORDS = List.of(
            entry(Seniority.EXECUTIVE, Set.of("Director", "VP", "Chief", "CFO", "CTO", "CMO", "Partner")),
            entry(Seniority.LEAD, Set.of("Lead", "Principal", "Head", "Manager", "Matron")),
            entry(Seniority.SENIOR, Set.of("Senior")),
            entry(Seniority.JUNIOR, Set.of("Junior", "Graduate", "Trainee", "Assistant")));

    /** Mobile numbers by country calling code: the leading digits and the national number's length. */
    private static final Map<String, PhonePlan> MOBILE_PLANS = Map.ofEntries(
            entry("+1", new PhonePlan("", 10)),
            entry("+44", new PhonePlan("77009", 10)),
            entry("+353", new PhonePlan("85", 9)),
            entry("+49", new PhonePlan("17", 10)),
            entry("+33", new PhonePlan("6", 9)),
            entry("+31", new PhonePlan("6", 9)),
            entry("+34", new PhonePlan("6", 9)),
            entry("+351", new PhonePlan("91", 9)),
            entry("+39", new PhonePlan("3", 10)),
            entry("+41", new PhonePlan("79", 9)),
            entry("+48", new PhonePlan("60", 9)),
            entry("+46", new PhonePlan("70", 9)),
            entry("+45", new PhonePlan("2", 8)),
            entry("+47", new PhonePlan("4", 8)),
            entry("+971", new PhonePlan("50", 9)),
            entry("+91", new PhonePlan("9", 10)),
            entry("+65", new PhonePlan("9", 8)),
            entry("+61", new PhonePlan("4", 9)));
    private static final PhonePlan DEFAULT_PHONE_PLAN = new PhonePlan("", 9);

    /** Salaries are set in thousands of pounds and converted roughly, so each country's figures look local. */
    private static final Map<String, Pay> PAY_BY_COUNTRY = Map.ofEntries(
            entry("United Kingdom", new Pay("GBP", 1.0)),
            entry("Ireland", new Pay("EUR", 1.15)),
            entry("Germany", new Pay("EUR", 1.15)),
            entry("France", new Pay("EUR", 1.1)),
            entry("Netherlands", new Pay("EUR", 1.15)),
            entry("Spain", new Pay("EUR", 0.85)),
            entry("Portugal", new Pay("EUR", 0.7)),
            entry("Italy", new Pay("EUR", 0.9)),
            entry("Switzerland", new Pay("CHF", 1.6)),
            entry("Poland", new Pay("PLN", 2.5)),
            entry("Sweden", new Pay("SEK", 11)),
            entry("Denmark", new Pay("DKK", 8.5)),
            entry("Norway", new Pay("NOK", 11)),
            entry("United States", new Pay("USD", 1.5)),
            entry("Canada", new Pay("CAD", 1.6)),
            entry("United Arab Emirates", new Pay("AED", 5)),
            entry("India", new Pay("INR", 25)),
            entry("Singapore", new Pay("SGD", 1.8)),
            entry("Australia", new Pay("AUD", 1.9)));
    private static final Pay DEFAULT_PAY = new Pay("EUR", 1.15);

    /**
     * How much to generate.
     *
     * @param contactsPerCompany each company gets exactly this many
     * @param activities logged by recruiters (calls, emails, meetings, notes), about candidates as well as companies;
     *     the pipelines' moves add a stage change each on top
     */
    public record Scale(int companies, int contactsPerCompany, int jobs, int candidates, int activities) {

        /** The main demo firm: a busy desk of a few dozen clients and a two-thousand-candidate database. */
        public static final Scale DEMO = new Scale(30, 2, 25, 2_000, 10_000);

        /** A second, smaller firm: enough to show that firms do not see each other's records. */
        public static final Scale SMALL = new Scale(6, 2, 4, 60, 300);

        public Scale {
            if (companies < 0 || contactsPerCompany < 0 || jobs < 0 || candidates < 0 || activities < 0) {
                throw new IllegalArgumentException("A scale cannot be negative: " + List.of(companies,
                        contactsPerCompany, jobs, candidates, activities));
            }
        }

        /** {@link #DEMO}'s clients and jobs with a database of the given size, five activities per candidate. */
        public static Scale ofCandidates(int candidates) {
            return new Scale(DEMO.companies(), DEMO.contactsPerCompany(), DEMO.jobs(), candidates, 5 * candidates);
        }
    }

    /** What was created, for logs and for benchmarks that need to know the size of what they measure. */
    public record Result(int companies, int contacts, int jobs, int candidates, int applications, int activities) {
    }

    private record PhonePlan(String leading, int length) {
    }

    private record Pay(String currency, double perPound) {
    }

    private record Salary(BigDecimal min, BigDecimal max, String currency) {
    }

    private record Employer(String name, String domain) {
    }

    private record Text(String subject, String body) {
    }

    private record ContactRef(UUID id, String firstName) {
    }

    private record CompanyRef(UUID id, String name, String industry, City city, CompanyStatus status, String domain,
            List<ContactRef> contacts) {
    }

    /** A job and the time it took candidates: from its opening day to its closing day, or to now. */
    private record JobRef(UUID id, int professionIndex, List<Stage> stages, int daysOpen, JobStatus status,
            UUID ownerId, Instant openedAt, Instant endsAt) {
    }

    private record CandidateRef(UUID id, String firstName, int professionIndex) {
    }

    private record ApplicationRef(CandidateRef candidate, JobRef job, Stage stage, String rejectionReason) {
    }

    private final CompanyService companies;
    private final JobService jobs;
    private final CandidateService candidates;
    private final ApplicationService applications;
    private final ActivityService activities;
    private final OrganizationService organizations;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public RealisticFirmGenerator(CompanyService companies, JobService jobs, CandidateService candidates,
            ApplicationService applications, ActivityService activities, OrganizationService organizations,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.companies = companies;
        this.jobs = jobs;
        this.candidates = candidates;
        this.applications = applications;
        this.activities = activities;
        this.organizations = organizations;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Fills the current firm. Call it inside {@code CurrentTenant.callAs(firmId, ...)}: it acts for whichever firm
     * is current. The same seed gives the same records, apart from ids and times, which are relative to the clock.
     * Records are owned by, and activities done by, the firm's active members (none when it has none).
     *
     * @throws dev.wecruit.shared.InvalidInputException if a service refuses a generated record: a bug here; the
     *     batches committed before it stay
     */
    public Result generate(Scale scale, long seed) {
        long started = System.nanoTime();
        Result result = new Generation(scale, seed).run();
        log.info("Generated {} companies, {} contacts, {} jobs, {} candidates, {} applications and {} activities"
                        + " in {} ms", result.companies(), result.contacts(), result.jobs(), result.candidates(),
                result.applications(), result.activities(), (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    /** One run: its random source and what it has created so far. */
    private final class Generation {

        private final Scale scale;
        private final RandomGenerator random;
        /** Dates the jobs and the pipelines' moves: a stream of its own, so the records read as they always did. */
        private final RandomGenerator timeline;
        private final List<RecordedActivity> moves = new ArrayList<>();
        private final LocalDate today = LocalDate.now(clock);
        private final Instant now = Instant.now(clock);
        private final List<UUID> members;
        private final List<CompanyRef> createdCompanies = new ArrayList<>();
        private final List<JobRef> createdJobs = new ArrayList<>();
        private final List<CandidateRef> createdCandidates = new ArrayList<>();
        private final List<List<CandidateRef>> candidatesByProfession = new ArrayList<>();
        private final List<ApplicationRef> createdApplications = new ArrayList<>();
        private final Map<UUID, List<ApplicationRef>> applicationsByCandidate = new HashMap<>();
        private int contactCount;
        private int activityCount;

        Generation(Scale scale, long seed) {
            this.scale = scale;
            this.random = new SplittableRandom(seed);
            this.timeline = new SplittableRandom(seed ^ TIMELINE_SALT);
            // viewers do no recruiting: records and activities belong to the members who do
            this.members = organizations.members().stream().filter(MemberSummary::active)
                    .filter(member -> member.role() != Role.VIEWER).map(MemberSummary::id).sorted().toList();
            PROFESSIONS.forEach(profession -> candidatesByProfession.add(new ArrayList<>()));
        }

        Result run() {
            inBatches(scale.companies(), COMPANIES_PER_TRANSACTION, this::createCompany);
            if (!createdCompanies.isEmpty()) {
                List<CompanyRef> clients = createdCompanies.stream()
                        .filter(company -> company.status() == CompanyStatus.CLIENT).toList();
                inBatches(scale.jobs(), JOBS_PER_TRANSACTION, index -> createJob(clients));
            }
            for (int start = 0; start < scale.candidates(); start += CANDIDATES_PER_TRANSACTION) {
                int size = Math.min(CANDIDATES_PER_TRANSACTION, scale.candidates() - start);
                transactions.executeWithoutResult(status -> createCandidates(size));
                if ((start + size) / PROGRESS_EVERY > start / PROGRESS_EVERY) {
                    log.info("Generated {} of {} candidates", start + size, scale.candidates());
                }
            }
            inBatches(createdJobs.size(), PIPELINES_PER_TRANSACTION, index -> fillPipeline(createdJobs.get(index)));
            for (int start = 0; start < moves.size(); start += ACTIVITIES_PER_TRANSACTION) {
                activityCount += activities.recordAll(
                        moves.subList(start, Math.min(moves.size(), start + ACTIVITIES_PER_TRANSACTION)));
            }
            if (!createdCandidates.isEmpty() || !createdCompanies.isEmpty()) {
                int logged = scale.activities();
                for (int start = 0; start < logged; start += ACTIVITIES_PER_TRANSACTION) {
                    List<RecordedActivity> batch = new ArrayList<>();
                    int size = Math.min(ACTIVITIES_PER_TRANSACTION, logged - start);
                    for (int i = 0; i < size; i++) {
                        batch.add(nextActivity());
                    }
                    activityCount += activities.recordAll(batch);
                }
            }
            return new Result(createdCompanies.size(), contactCount, createdJobs.size(), createdCandidates.size(),
                    createdApplications.size(), activityCount);
        }

        private void inBatches(int total, int batchSize, IntConsumer each) {
            for (int start = 0; start < total; start += batchSize) {
                int from = start;
                int to = Math.min(total, start + batchSize);
                transactions.executeWithoutResult(status -> IntStream.range(from, to).forEach(each));
            }
        }

        // Companies and contacts

        private void createCompany(int index) {
            Client client = CLIENTS.get(index % CLIENTS.size());
            int cycle = index / CLIENTS.size();
            String name = cycle == 0 ? client.name() : client.name() + " " + roman(cycle + 1);
            City city = pick(random, CITIES);
            CompanyStatus status = weighted(random, COMPANY_STATUSES, 70, 20, 10);
            UUID id = companies.create(new CompanyDraft(name, client.website(), client.industry(), location(city),
                    status, member())).id();
            var company = new CompanyRef(id, name, client.industry(), city, status, domainOf(client.website()),
                    new ArrayList<>());
            for (int i = 0; i < scale.contactsPerCompany(); i++) {
                company.contacts().add(createContact(company));
            }
            createdCompanies.add(company);
        }

        private ContactRef createContact(CompanyRef company) {
            String first = pick(random, FIRST_NAMES);
            String last = pick(random, LAST_NAMES);
            String title = pick(random, CONTACT_TITLES);
            String email = emailPart(first) + "." + emailPart(last) + "@" + company.domain();
            String phone = mobile(company.city());
            String linkedin = random.nextBoolean() ? linkedinUrl(first, last) : null;
            UUID id = companies.createContact(
                    new ContactDraft(company.id(), first, last, title, email, phone, linkedin)).id();
            contactCount++;
            return new ContactRef(id, first);
        }

        // Jobs

        private void createJob(List<CompanyRef> clients) {
            CompanyRef company = !clients.isEmpty() && random.nextInt(100) < 85
                    ? pick(random, clients) : pick(random, createdCompanies);
            int professionIndex = professionOf(company);
            Profession profession = PROFESSIONS.get(professionIndex);
            String title = pick(random, profession.titles());
            Seniority seniority = seniorityOf(title);
            UUID hiringManagerId = company.contacts().isEmpty() ? null : pick(random, company.contacts()).id();
            String description = description(profession, title, company);
            List<String> skills = sample(random, profession.skills(), random.nextInt(5, 9));
            RemotePolicy remotePolicy = ON_SITE_INDUSTRIES.contains(company.industry()) && random.nextInt(100) < 80
                    ? RemotePolicy.ON_SITE : weighted(random, REMOTE_POLICIES, 60, 25, 15);
            Salary salary = salary(seniority, PAY_BY_COUNTRY.getOrDefault(company.city().country(), DEFAULT_PAY));
            FeeTerms fee = fee(salary);
            JobStatus status = weighted(random, JOB_STATUSES, 70, 10, 15, 5);
            // mandates still open are the recent ones; filled and cancelled ones go back two years
            int daysOpen = status.isClosed() ? timeline.nextInt(60, HISTORY_DAYS) : timeline.nextInt(7, 241);
            LocalDate openedOn = today.minusDays(daysOpen);
            LocalDate closedOn = status.isClosed()
                    ? openedOn.plusDays(Math.min(daysOpen - 1, timeline.nextInt(21, 151))) : null;
            UUID ownerId = member();
            JobDetails job = jobs.create(JobDraft.builder().title(title).companyId(company.id())
                    .hiringManagerId(hiringManagerId).description(description).skills(skills).seniority(seniority)
                    .location(location(company.city())).remotePolicy(remotePolicy).salaryMin(salary.min())
                    .salaryMax(salary.max()).salaryCurrency(salary.currency()).fee(fee).status(status)
                    .ownerId(ownerId).openedOn(openedOn).closedOn(closedOn).build());
            Instant openedAt = openedOn.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(9 * HOUR);
            Instant endsAt = closedOn == null ? now
                    : min(now, closedOn.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(17 * HOUR));
            createdJobs.add(new JobRef(job.id(), professionIndex, job.stages(), daysOpen, status, ownerId, openedAt,
                    endsAt));
        }

        private int professionOf(CompanyRef company) {
            return IntStream.range(0, PROFESSIONS.size())
                    .filter(i -> PROFESSIONS.get(i).industry().equals(company.industry()))
                    .findFirst()
                    .orElseGet(() -> random.nextInt(PROFESSIONS.size()));
        }

        private String description(Profession profession, String title, CompanyRef company) {
            String intro = fill(pick(random, JOB_INTROS),
                    Map.of("company", company.name(), "title", title, "city", company.city().name()));
            List<String> duties = RESPONSIBILITIES_BY_PROFESSION.getOrDefault(profession.name(), List.of());
            return intro
                    + "\n\nWhat you will do:\n" + bullets(sample(random, duties, random.nextInt(4, 7)))
                    + "\n\nWhat we offer:\n" + bullets(sample(random, BENEFITS, 3));
        }

        private Salary salary(Seniority seniority, Pay pay) {
            int[] band = switch (seniority) {
                case INTERN -> new int[] {20, 28};
                case JUNIOR -> new int[] {30, 45};
                case MID -> new int[] {45, 70};
                case SENIOR -> new int[] {65, 95};
                case LEAD -> new int[] {85, 130};
                case EXECUTIVE -> new int[] {130, 220};
            };
            int slack = (band[1] - band[0]) / 3;
            int min = band[0] + random.nextInt(slack + 1);
            int max = band[1] - random.nextInt(slack + 1);
            return new Salary(thousands(min * pay.perPound()), thousands(max * pay.perPound()), pay.currency());
        }

        private FeeTerms fee(Salary salary) {
            if (random.nextInt(100) < 75) {
                return FeeTerms.percentage(BigDecimal.valueOf(180 + 5L * random.nextInt(25), 1));
            }
            long amount = Math.max(500, Math.round(salary.max().doubleValue() * 0.2 / 500) * 500);
            return FeeTerms.fixed(BigDecimal.valueOf(amount), salary.currency());
        }

        // Candidates

        /** A batch of candidates, created together (the service's batched path: same checks, sealing and terms). */
        private void createCandidates(int count) {
            List<CandidateDraft> drafts = new ArrayList<>(count);
            List<CandidateRef> refs = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int professionIndex = random.nextInt(PROFESSIONS.size());
                CandidateDraft draft = candidateDraft(professionIndex);
                drafts.add(draft);
                refs.add(new CandidateRef(null, draft.firstName(), professionIndex));
            }
            List<UUID> ids = candidates.createAll(drafts);
            for (int i = 0; i < count; i++) {
                var candidate = new CandidateRef(ids.get(i), refs.get(i).firstName(), refs.get(i).professionIndex());
                createdCandidates.add(candidate);
                candidatesByProfession.get(candidate.professionIndex()).add(candidate);
            }
        }

        private CandidateDraft candidateDraft(int professionIndex) {
            Profession profession = PROFESSIONS.get(professionIndex);
            String first = pick(random, FIRST_NAMES);
            String last = pick(random, LAST_NAMES);
            City city = pick(random, CITIES);
            int level = random.nextInt(profession.titles().size());
            int years = Math.min(30, 1 + 3 * level + random.nextInt(4));
            Employer employer = employer(profession, city);

            List<String> emails = new ArrayList<>(List.of(personalEmail(first, last)));
            if (random.nextInt(100) < 35) {
                emails.add(emailPart(first) + "." + emailPart(last) + "@" + employer.domain());
            }
            List<String> phones = new ArrayList<>(List.of(mobile(city)));
            if (random.nextInt(100) < 30) {
                phones.add(mobile(city));
            }
            String address = random.nextInt(100) < 60
                    ? random.nextInt(1, 181) + " " + pick(random, STREETS) + ", " + city.name() : null;
            String linkedin = random.nextInt(100) < 70 ? linkedinUrl(first, last) : null;
            List<String> skills = sample(random, profession.skills(), random.nextInt(4, 11));
            List<WorkExperience> history = workHistory(profession, level, employer.name(), years);
            List<Education> education = education(profession, today.getYear() - years);
            String source = pick(random, SOURCES);
            UUID ownerId = member();
            List<String> tags = sample(random, TAGS, random.nextInt(4));
            boolean consent = random.nextInt(100) < 20;

            return CandidateDraft.builder().firstName(first).lastName(last).emails(emails).phones(phones)
                    .address(address).linkedinUrl(linkedin).location(location(city))
                    .currentTitle(profession.titles().get(level)).currentCompany(employer.name()).skills(skills)
                    .yearsOfExperience(years).workHistory(history).education(education).source(source)
                    .ownerId(ownerId).tags(tags)
                    .lawfulBasis(consent ? LawfulBasis.CONSENT : LawfulBasis.LEGITIMATE_INTEREST)
                    // from yesterday back: "today" in UTC can be tomorrow in the zone that validates @PastOrPresent
                    .consentGivenOn(consent ? today.minusDays(1 + random.nextInt(HISTORY_DAYS)) : null)
                    .consentNote(consent ? pick(random, CONSENT_NOTES) : null)
                    .build();
        }

        /** Newest role first, the current one open-ended; earlier roles step down the profession's titles. */
        private List<WorkExperience> workHistory(Profession profession, int level, String currentCompany,
                int years) {
            int roles = Math.min(random.nextInt(1, 5), years);
            List<String> duties = RESPONSIBILITIES_BY_PROFESSION.getOrDefault(profession.name(), List.of());
            List<WorkExperience> history = new ArrayList<>();
            Integer endYear = null;
            for (int role = 0; role < roles; role++) {
                int startYear = today.getYear() - years * (role + 1) / roles;
                String title = profession.titles().get(Math.max(0, level - role));
                String company = role == 0 ? currentCompany : employer(profession, pick(random, CITIES)).name();
                String summary = duties.isEmpty() ? null : pick(random, duties);
                history.add(new WorkExperience(title, company, startYear, endYear, summary));
                endYear = startYear;
            }
            return history;
        }

        private List<Education> education(Profession profession, int careerStart) {
            List<Education> education = new ArrayList<>();
            int year = careerStart;
            for (String degree : sample(random, profession.degrees(), random.nextInt(1, 3))) {
                education.add(new Education(pick(random, UNIVERSITIES), degree, year));
                year = Math.min(today.getYear(), year + random.nextInt(1, 5));
            }
            return education;
        }

        private Employer employer(Profession profession, City city) {
            int style = random.nextInt(10);
            if (style < 4) {
                Client client = pick(random, CLIENTS);
                return new Employer(client.name(), domainOf(client.website()));
            }
            String name = style < 7
                    ? pick(random, LAST_NAMES) + " & Co"
                    : city.name() + " " + profession.industry() + " Group";
            return new Employer(name, slug(name) + ".example");
        }

        private String personalEmail(String first, String last) {
            String separator = pick(random, List.of(".", "", "_"));
            String number = random.nextInt(100) < 30 ? String.valueOf(random.nextInt(10, 100)) : "";
            return emailPart(first) + separator + emailPart(last) + number + "@"
                    + pick(random, PERSONAL_EMAIL_DOMAINS);
        }

        // Pipelines

        /** Every stage gets a card when there are enough candidates; the rest lean towards the early stages. */
        private void fillPipeline(JobRef job) {
            int count = Math.min(createdCandidates.size(), random.nextInt(6, 21));
            List<CandidateRef> chosen = chooseCandidates(job.professionIndex(), count);
            List<Stage> stages = new ArrayList<>();
            if (count >= job.stages().size()) {
                stages.addAll(job.stages());
            }
            int[] weights = stageWeights(job.stages());
            while (stages.size() < count) {
                stages.add(weighted(random, job.stages(), weights));
            }
            for (int i = 0; i < count; i++) {
                CandidateRef candidate = chosen.get(i);
                Stage stage = stages.get(i);
                String reason = stage.kind() == StageKind.REJECTED ? pick(random, REJECTION_REASONS) : null;
                List<Stage> path = path(job, stage);
                List<Instant> entered = entries(job, path);
                List<PastStay> stays = new ArrayList<>();
                for (int step = 0; step < path.size(); step++) {
                    stays.add(new PastStay(path.get(step).id(), entered.get(step)));
                    if (step > 0) {
                        moves.add(new RecordedActivity(new ActivityDraft(ActivityType.STAGE_CHANGE,
                                path.get(step - 1).name() + " → " + path.get(step).name(),
                                path.get(step).kind() == StageKind.REJECTED ? reason : null, entered.get(step),
                                candidate.id(), job.id(), null, null), mover(job)));
                    }
                }
                applications.addWithHistory(candidate.id(), job.id(), stays, reason);
                var application = new ApplicationRef(candidate, job, stage, reason);
                createdApplications.add(application);
                applicationsByCandidate.computeIfAbsent(candidate.id(), id -> new ArrayList<>()).add(application);
            }
        }

        /**
         * The stages a card went through to reach its stage now: the funnel's stages in order up to it, or, for a
         * rejection, up to the active stage it was turned down in.
         */
        private List<Stage> path(JobRef job, Stage now) {
            List<Stage> funnel = job.stages().stream().filter(stage -> stage.kind() != StageKind.REJECTED)
                    .sorted(Comparator.comparingInt(Stage::position)).toList();
            if (now.kind() != StageKind.REJECTED) {
                return funnel.subList(0, funnel.indexOf(now) + 1);
            }
            int active = (int) funnel.stream().filter(stage -> stage.kind() == StageKind.ACTIVE).count();
            List<Stage> path = new ArrayList<>(funnel.subList(0, timeline.nextInt(1, Math.max(1, active) + 1)));
            path.add(now);
            return path;
        }

        /**
         * When the card entered each stage of its path, within the time the job took candidates: days to a few weeks
         * in each stage. A card still in an active stage of an open job entered it recently: a quarter of them today,
         * the others up to two months ago. A placement in a filled job is made on the day it closed.
         */
        private List<Instant> entries(JobRef job, List<Stage> path) {
            long[] stays = new long[path.size() - 1];
            long total = 0;
            for (int i = 0; i < stays.length; i++) {
                stays[i] = timeline.nextLong(DAY, 21 * DAY) + timeline.nextLong(8 * HOUR);
                total += stays[i];
            }
            long window = Math.max(0, job.endsAt().getEpochSecond() - job.openedAt().getEpochSecond());
            Stage current = path.getLast();
            long age;
            if (current.kind() == StageKind.HIRED && job.status() == JobStatus.FILLED) {
                age = timeline.nextLong(4 * HOUR);
            } else if (current.kind() == StageKind.ACTIVE && !job.status().isClosed()) {
                age = timeline.nextInt(4) == 0 ? timeline.nextLong(1, 20 * HOUR)
                        : timeline.nextLong(DAY, Math.max(DAY + 1, Math.min(60 * DAY, window - total)));
            } else {
                age = timeline.nextLong(Math.max(1, window - total));
            }
            long last = job.endsAt().getEpochSecond() - Math.min(age, window);
            long room = last - job.openedAt().getEpochSecond();
            if (total > room) {
                double shrink = (double) Math.max(0, room) / total;
                for (int i = 0; i < stays.length; i++) {
                    stays[i] = (long) (stays[i] * shrink);
                }
            }
            Instant[] entered = new Instant[path.size()];
            entered[path.size() - 1] = Instant.ofEpochSecond(last);
            for (int i = path.size() - 2; i >= 0; i--) {
                entered[i] = entered[i + 1].minusSeconds(stays[i]);
            }
            return List.of(entered);
        }

        /** Who moved the job's cards: mostly its owner, sometimes a colleague. */
        private UUID mover(JobRef job) {
            if (members.isEmpty()) {
                return null;
            }
            return job.ownerId() != null && timeline.nextInt(100) < 80 ? job.ownerId()
                    : members.get(timeline.nextInt(members.size()));
        }

        /** Candidates of the job's profession first, topped up with any others. */
        private List<CandidateRef> chooseCandidates(int professionIndex, int count) {
            List<CandidateRef> chosen = new ArrayList<>(
                    sample(random, candidatesByProfession.get(professionIndex), count));
            Set<UUID> taken = chosen.stream().map(CandidateRef::id).collect(Collectors.toCollection(HashSet::new));
            while (chosen.size() < count) {
                CandidateRef candidate = pick(random, createdCandidates);
                if (taken.add(candidate.id())) {
                    chosen.add(candidate);
                }
            }
            return sample(random, chosen, count);
        }

        // Activities

        private RecordedActivity nextActivity() {
            boolean aboutCandidate = !createdCandidates.isEmpty()
                    && (createdCompanies.isEmpty() || random.nextInt(100) < 75);
            return new RecordedActivity(aboutCandidate ? candidateActivity() : companyActivity(), member());
        }

        private ActivityDraft candidateActivity() {
            CandidateRef candidate = pick(random, createdCandidates);
            List<ApplicationRef> applied = applicationsByCandidate.getOrDefault(candidate.id(), List.of());
            JobRef job = !applied.isEmpty() && random.nextBoolean() ? pick(random, applied).job() : null;
            ActivityType type = weighted(random, CANDIDATE_ACTIVITY_TYPES, 35, 30, 25, 10);
            Text text = text(type, candidate.firstName(), NOTE_BODIES);
            Instant occurredAt = occurredWithin(job == null ? HISTORY_DAYS : job.daysOpen());
            return new ActivityDraft(type, text.subject(), text.body(), occurredAt, candidate.id(),
                    job == null ? null : job.id(), null, null);
        }

        private ActivityDraft companyActivity() {
            CompanyRef company = pick(random, createdCompanies);
            ContactRef contact = !company.contacts().isEmpty() && random.nextInt(100) < 60
                    ? pick(random, company.contacts()) : null;
            ActivityType type = weighted(random, COMPANY_ACTIVITY_TYPES, 35, 35, 20, 10);
            Text text = text(type, contact == null ? "the hiring manager" : contact.firstName(), CLIENT_NOTES);
            return new ActivityDraft(type, text.subject(), text.body(), occurredWithin(HISTORY_DAYS), null, null,
                    company.id(), contact == null ? null : contact.id());
        }

        private Text text(ActivityType type, String firstName, List<String> notes) {
            String note = fill(pick(random, notes), Map.of("first", firstName));
            return switch (type) {
                case NOTE -> new Text(random.nextInt(100) < 30 ? pick(random, NOTE_SUBJECTS) : null, note);
                case CALL -> new Text(pick(random, CALL_SUBJECTS), random.nextInt(100) < 40 ? note : null);
                case EMAIL -> new Text(pick(random, EMAIL_SUBJECTS), null);
                case MEETING -> new Text(pick(random, MEETING_SUBJECTS), null);
                default -> throw new IllegalArgumentException("Not a type recruiters log: " + type);
            };
        }

        /** A moment in the last {@code days} days, never in the future. */
        private Instant occurredWithin(int days) {
            return now.minusSeconds(random.nextLong(1, Math.max(1, days) * 86_400L + 1));
        }

        // Shared

        private UUID member() {
            return members.isEmpty() ? null : pick(random, members);
        }

        private String mobile(City city) {
            PhonePlan plan = MOBILE_PLANS.getOrDefault(city.phonePrefix(), DEFAULT_PHONE_PLAN);
            var digits = new StringBuilder(plan.leading());
            if (digits.isEmpty()) {
                digits.append(random.nextInt(2, 10));
            }
            while (digits.length() < plan.length()) {
                digits.append(random.nextInt(10));
            }
            return city.phonePrefix() + " " + digits;
        }

        private String linkedinUrl(String first, String last) {
            return "https://www.linkedin.com/in/" + slug(first + " " + last) + "-"
                    + String.format("%04x", random.nextInt(0x10000));
        }
    }

    private static Instant min(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }

    static Seniority seniorityOf(String title) {
        List<String> words = Arrays.asList(title.split("[^\\p{L}]+"));
        return SENIORITY_WORDS.stream()
                .filter(level -> !Collections.disjoint(level.getValue(), words))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(Seniority.MID);
    }

    private static <T> T weighted(RandomGenerator random, List<T> values, int... weights) {
        int roll = random.nextInt(IntStream.of(weights).sum());
        for (int i = 0; i < values.size(); i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values.get(i);
            }
        }
        throw new IllegalArgumentException("Fewer weights than values");
    }

    /** Up to {@code count} distinct entries in random order. */
    private static <T> List<T> sample(RandomGenerator random, List<T> values, int count) {
        List<T> copy = new ArrayList<>(values);
        int size = Math.min(count, copy.size());
        for (int i = 0; i < size; i++) {
            Collections.swap(copy, i, random.nextInt(i, copy.size()));
        }
        return List.copyOf(copy.subList(0, size));
    }

    /** Earlier active stages weigh more; a few hires; rejections are common, as on a real board. */
    private static int[] stageWeights(List<Stage> stages) {
        int activeStages = (int) stages.stream().filter(stage -> stage.kind() == StageKind.ACTIVE).count();
        int[] weights = new int[stages.size()];
        int active = 0;
        for (int i = 0; i < stages.size(); i++) {
            weights[i] = switch (stages.get(i).kind()) {
                case ACTIVE -> activeStages - active++ + 1;
                case HIRED -> 1;
                case REJECTED -> 4;
            };
        }
        return weights;
    }

    private static String bullets(List<String> lines) {
        return lines.stream().map(line -> "- " + line).collect(Collectors.joining("\n"));
    }

    private static BigDecimal thousands(double count) {
        return BigDecimal.valueOf(Math.round(count) * 1_000L);
    }

    private static String location(City city) {
        return city.name() + ", " + city.country();
    }

    private static String domainOf(String website) {
        return website.replaceFirst("^https?://", "").replaceFirst("^www\\.", "").split("/")[0];
    }

    /** Lower-case ASCII: accents stripped, and the few letters that do not decompose spelled out. */
    private static String ascii(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT)
                .replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("ß", "ss");
    }

    /** A name as it appears in an email address: "O'Brien" becomes "obrien", "de Vries" "devries". */
    private static String emailPart(String name) {
        return ascii(name).replaceAll("[^a-z0-9-]", "");
    }

    private static String slug(String text) {
        return ascii(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String roman(int number) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        var text = new StringBuilder();
        int rest = number;
        for (int i = 0; i < values.length; i++) {
            for (; rest >= values[i]; rest -= values[i]) {
                text.append(symbols[i]);
            }
        }
        return text.toString();
    }
}
