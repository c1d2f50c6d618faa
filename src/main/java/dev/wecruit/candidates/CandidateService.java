package dev.wecruit.candidates;

import dev.wecruit.candidates.internal.AccessLogProperties;
import dev.wecruit.candidates.internal.CandidateAccessLog;
import dev.wecruit.candidates.internal.Candidate;
import dev.wecruit.candidates.internal.CandidateRepository;
import dev.wecruit.candidates.internal.CandidateSearch;
import dev.wecruit.candidates.internal.ProfileTerms;
import dev.wecruit.candidates.internal.TermSuggestions;
import dev.wecruit.platform.crypto.BlindIndex;
import dev.wecruit.platform.crypto.FieldRef;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.platform.crypto.SealedText;
import dev.wecruit.platform.persistence.Records;
import dev.wecruit.platform.spreadsheets.ListExported;
import dev.wecruit.platform.spreadsheets.SheetFormat;
import dev.wecruit.platform.spreadsheets.SheetWriter;
import dev.wecruit.platform.validation.InputValidator;
import dev.wecruit.shared.EmailAddress;
import dev.wecruit.shared.FieldErrors;
import dev.wecruit.shared.BoundedCount;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.PhoneNumber;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firm's candidates. Names and contact details are sealed at rest and decrypted here, on their way to a view;
 * exact email and phone lookups and name-prefix search go through the blind index. Every method acts on the current
 * firm only.
 */
@Service
@Transactional(readOnly = true)
public class CandidateService {

    /** Most rows a name or contact search returns. */
    public static final int MAX_SEARCH_RESULTS = 200;
    /** Furthest ahead "consent expiring within" looks: ten years. */
    public static final int MAX_EXPIRING_WITHIN_DAYS = 3650;

    /** The columns of an export that the candidate list shows, in its order. */
    public static final List<String> EXPORT_COLUMNS = List.of("Name", "Title", "Company", "Location", "Top skills",
            "Owner", "Tags", "Last activity");
    /** Rows an export reads at a time. */
    static final int EXPORT_PAGE = 500;
    private static final int TOP_SKILLS = 3;

    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[\\d\\s().-]{6,}");

    private final CandidateRepository candidates;
    private final CandidateSearch search;
    private final TermSuggestions suggestions;
    private final PipelineMembers pipelineMembers;
    private final OrganizationService organizations;
    private final InputValidator validator;
    private final PiiCipher cipher;
    private final BlindIndex blindIndex;
    private final ApplicationEventPublisher events;
    private final CandidateAccessLog accessLog;
    private final AccessLogProperties accessLogSettings;
    private final CurrentTenant currentTenant;
    private final Clock clock;

    CandidateService(CandidateRepository candidates, CandidateSearch search, TermSuggestions suggestions,
            PipelineMembers pipelineMembers, OrganizationService organizations, InputValidator validator,
            PiiCipher cipher, BlindIndex blindIndex, ApplicationEventPublisher events, CandidateAccessLog accessLog,
            AccessLogProperties accessLogSettings, CurrentTenant currentTenant, Clock clock) {
        this.candidates = candidates;
        this.search = search;
        this.suggestions = suggestions;
        this.pipelineMembers = pipelineMembers;
        this.organizations = organizations;
        this.validator = validator;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.events = events;
        this.accessLog = accessLog;
        this.accessLogSettings = accessLogSettings;
        this.currentTenant = currentTenant;
        this.clock = clock;
    }

    /** @throws InvalidInputException with a message per field; nothing is saved */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public CandidateDetails create(CandidateDraft draft) {
        Checked checked = check(draft, null);
        Candidate candidate = candidates.saveAndFlush(newCandidate(checked));
        events.publishEvent(new CandidatesChanged(candidate.getTenantId(), List.of(candidate.getId())));
        if (checked.hold() != null) {
            events.publishEvent(new LegalHoldChanged(candidate.getTenantId(), candidate.getId(), null,
                    checked.hold()));
        }
        return toDetails(candidate);
    }

    /**
     * Creates many candidates at once, as {@link #create} would one by one (same checks, same sealing, same search
     * terms), in batched statements: the path for imports and generated firms. All or nothing: one invalid draft
     * and none is saved.
     *
     * @return the new candidates' ids, in the drafts' order
     * @throws InvalidInputException for the first invalid draft, its messages prefixed with its place ("Row 3: ...")
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public List<UUID> createAll(List<CandidateDraft> drafts) {
        List<Candidate> created = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Checked checked;
            try {
                checked = check(drafts.get(i), null);
            } catch (InvalidInputException e) {
                int row = i + 1;
                Map<String, String> errors = new java.util.LinkedHashMap<>();
                e.fieldErrors().forEach((field, message) -> errors.put(field, "Row " + row + ": " + message));
                throw new InvalidInputException(errors);
            }
            created.add(newCandidate(checked));
        }
        search.forgetPlansOfSmallerTables();
        candidates.saveAll(created);
        candidates.flush();
        List<UUID> ids = created.stream().map(Candidate::getId).toList();
        if (!created.isEmpty()) {
            events.publishEvent(new CandidatesChanged(created.getFirst().getTenantId(), ids));
        }
        created.stream().filter(candidate -> candidate.getLegalHold() != null).forEach(candidate ->
                events.publishEvent(new LegalHoldChanged(candidate.getTenantId(), candidate.getId(), null,
                        candidate.getLegalHold())));
        return ids;
    }

    /**
     * The field messages {@link #create} would answer the draft with, saving nothing: imports check a file's rows
     * with it, so a spreadsheet obeys exactly the form's rules.
     *
     * @return each invalid field's message; empty when {@code create} would accept the draft
     */
    public Map<String, String> validate(CandidateDraft draft) {
        try {
            check(draft, null);
            return Map.of();
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
    }

    /**
     * @param expectedVersion the version the user edited
     * @throws dev.wecruit.platform.persistence.StaleRecordException if someone else changed it in between
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public CandidateDetails update(UUID id, long expectedVersion, CandidateDraft draft) {
        Candidate candidate = candidates.findById(id).orElseThrow(() -> new RecordNotFoundException("candidate", id));
        if (candidate.getAnonymisedAt() != null) {
            throw InvalidInputException.of("firstName", "This candidate was anonymised: their record names no one"
                    + " and cannot be edited");
        }
        if (candidate.getMergedInto() != null) {
            throw InvalidInputException.of("firstName", "This candidate was merged into another: edit that one, or"
                    + " unmerge them first");
        }
        candidate.checkVersion(expectedVersion);
        Checked checked = check(draft, candidate);
        LegalHold holdBefore = candidate.getLegalHold();
        candidate.change(checked.pii(), checked.profile(), checked.terms());
        candidate.changeLegalHold(checked.hold());
        Candidate saved = Records.saveChanges(candidates, candidate);
        events.publishEvent(new CandidatesChanged(saved.getTenantId(), List.of(saved.getId())));
        if (!java.util.Objects.equals(holdBefore, checked.hold())) {
            events.publishEvent(new LegalHoldChanged(saved.getTenantId(), saved.getId(), holdBefore,
                    checked.hold()));
        }
        return toDetails(saved);
    }

    /**
     * Retires a candidate merged into another (decision 0037): from now on no list, search, duplicate scan or
     * matching finds them, but the record stays, unchanged, until the merge is undone ({@link #reinstate}) or made
     * final ({@link #deleteRetired}). The survivor's last activity becomes the later of the two. For the duplicates
     * feature's merge, in its transaction.
     *
     * @throws InvalidInputException when the candidate was merged or anonymised already
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public void retire(UUID retiredId, UUID survivorId) {
        Candidate retired = candidates.findById(retiredId)
                .orElseThrow(() -> new RecordNotFoundException("candidate", retiredId));
        Candidate survivor = candidates.findById(survivorId)
                .orElseThrow(() -> new RecordNotFoundException("candidate", survivorId));
        if (survivor.getMergedInto() != null || survivor.getAnonymisedAt() != null) {
            throw InvalidInputException.of("candidate", "The candidate to keep was merged or anonymised already");
        }
        if (candidates.retire(retiredId, survivorId, clock.instant().truncatedTo(ChronoUnit.MICROS)) != 1) {
            throw InvalidInputException.of("candidate", "This candidate was merged or anonymised already");
        }
        if (retired.getLastActivityAt() != null) {
            candidates.touchLastActivity(survivorId, retired.getLastActivityAt());
        }
        events.publishEvent(new CandidateRetired(retired.getTenantId(), retiredId, survivorId));
        events.publishEvent(new CandidatesChanged(survivor.getTenantId(), List.of(survivorId)));
    }

    /**
     * Takes a retired candidate back into use, as they were, and puts the survivor's last activity back to what it
     * was before the merge. Both are indexed again ({@link CandidatesChanged}).
     *
     * @param survivorLastActivity the survivor's last activity before the merge (null: none)
     * @throws InvalidInputException when the candidate is not merged into that survivor
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public void reinstate(UUID retiredId, UUID survivorId, Instant survivorLastActivity) {
        Candidate retired = candidates.findById(retiredId)
                .orElseThrow(() -> new RecordNotFoundException("candidate", retiredId));
        if (candidates.reinstate(retiredId, survivorId) != 1) {
            throw InvalidInputException.of("candidate", "This candidate is not merged into that one");
        }
        candidates.putLastActivity(survivorId, survivorLastActivity);
        events.publishEvent(new CandidatesChanged(retired.getTenantId(), List.of(survivorId, retiredId)));
    }

    /**
     * Deletes a retired candidate for good, once their merge can no longer be undone: with the documents that stayed
     * with them (copies of the survivor's) and everything the database keeps of them.
     *
     * @return whether there was such a retired candidate
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public boolean deleteRetired(UUID retiredId) {
        return candidates.deleteRetired(retiredId) == 1;
    }

    /** Whether the candidate was merged into another and is kept only while that can be undone. */
    public boolean retired(UUID id) {
        return candidates.findById(id).map(candidate -> candidate.getMergedInto() != null).orElse(false);
    }

    public Optional<CandidateDetails> find(UUID id) {
        return candidates.findById(id).map(this::toDetails);
    }

    /** @throws RecordNotFoundException also for another firm's candidate */
    public CandidateDetails get(UUID id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("candidate", id));
    }

    /** Every candidate's id in the firm, for work that goes over all of them (re-indexing). */
    public List<UUID> allIds() {
        return candidates.findAllIds();
    }

    public boolean exists(UUID id) {
        return id != null && candidates.existsById(id);
    }

    /** How many candidates the firm has, counted exactly (for reports; the list counts up to a bound). */
    public long count() {
        return candidates.count();
    }

    /**
     * One page of the candidates the query finds, in the given order, {@code offset} rows from the top. Names are
     * decrypted; contact details are not read. Far down a long list, prefer {@link #search(CandidateQuery,
     * CandidateSort.Order, CandidateCursor, int, int)} from where the previous page ended.
     */
    public List<CandidateSummary> search(CandidateQuery query, CandidateSort.Order order, int offset, int limit) {
        return search(query, order, null, offset, limit);
    }

    /**
     * One page of the candidates the query finds, continuing after a cursor (keyset paging): what the candidate
     * list shows as it scrolls. A page a million rows down costs what the first one does.
     *
     * @param after where the previous page ended ({@link CandidateCursor#after}), or null for the top
     * @param skip rows to pass over after the cursor
     */
    public List<CandidateSummary> search(CandidateQuery query, CandidateSort.Order order, CandidateCursor after,
            int skip, int limit) {
        return criteria(query).map(criteria -> search.find(criteria, order, after, skip, limit).stream()
                .map(this::toSummary).toList()).orElse(List.of());
    }

    /**
     * How many candidates the query finds and the first {@code limit} of them in the given order, planned once:
     * what the list asks for after each change of the search, at the cost of one search instead of two.
     */
    public CandidateResults first(CandidateQuery query, CandidateSort.Order order, int limit) {
        return criteria(query).map(criteria -> search.first(criteria, order, limit))
                .map(found -> new CandidateResults(found.count(), found.rows().stream().map(this::toSummary)
                        .toList()))
                .orElse(new CandidateResults(BoundedCount.exactly(0), List.of()));
    }

    /** The firm's candidates among these ids, as list rows by id; other firms' ids are left out. */
    public Map<UUID, CandidateSummary> summaries(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, CandidateSummary> found = new HashMap<>();
        search.find(CandidateSearch.Criteria.onlyIds(ids), CandidateSort.Order.DEFAULT, null, 0, ids.size())
                .stream().map(this::toSummary).forEach(summary -> found.put(summary.id(), summary));
        return found;
    }

    /**
     * A page of the candidates the query finds, as an integration reads them, from a cursor in either direction
     * (keyset paging both ways: the API's {@code first/after} and {@code last/before}). Names are decrypted; contact
     * details are not read.
     *
     * @param cursor the row the page continues after, or, {@code backward}, the row it ends before; null for the
     *     top of the list, or backward for its end
     * @return at most {@code limit} rows, in the list's order in either direction
     */
    public List<CandidateProfile> page(CandidateQuery query, CandidateSort.Order order, CandidateCursor cursor,
            boolean backward, int limit) {
        return criteria(query).map(criteria -> (backward ? search.findBefore(criteria, order, cursor, limit)
                : search.find(criteria, order, cursor, 0, limit)).stream().map(this::toProfile).toList())
                .orElse(List.of());
    }

    /**
     * Where each of the firm's candidates among these ids came from, by id (null when no source was given); other
     * firms' ids are left out. One query, nothing decrypted: what the dashboard's source of hire needs.
     */
    public Map<UUID, String> sources(Collection<UUID> ids) {
        Map<UUID, String> found = new HashMap<>();
        if (!ids.isEmpty()) {
            candidates.findSources(Set.copyOf(ids)).forEach(row -> found.put(row.getId(), row.getSource()));
        }
        return found;
    }

    /** The firm's candidates among these ids, as {@link #page} gives them, by id; other firms' ids are left out. */
    public Map<UUID, CandidateProfile> profiles(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, CandidateProfile> found = new HashMap<>();
        search.find(CandidateSearch.Criteria.onlyIds(ids), CandidateSort.Order.DEFAULT, null, 0, ids.size())
                .stream().map(this::toProfile).forEach(profile -> found.put(profile.id(), profile));
        return found;
    }

    /**
     * The contact details of the firm's candidates among these ids, decrypted, by id, in one query: what the API
     * reads. Each read is in the candidates' access log, as an API read ({@link #accessLogOf}).
     *
     * @throws org.springframework.security.access.AccessDeniedException for a viewer API key, which may not read
     *     contact details
     */
    @Transactional
    public Map<UUID, CandidateContact> contactsOf(Collection<UUID> ids) {
        accessLog.requireMayRead();
        return contactsLogged(ids, AccessChannel.API_READ);
    }

    /**
     * The contact details of the firm's candidates among these ids, decrypted, by id, for another feature's list
     * export (a job's pipeline): each is in the candidates' access log as an export, not an API read.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the member may not export contact
     *     details ({@link OrganizationService#mayExportContacts})
     */
    @Transactional
    public Map<UUID, CandidateContact> contactsForExport(Collection<UUID> ids) {
        if (!organizations.mayExportContacts()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Your firm does not let viewers export contact details");
        }
        return contactsLogged(ids, AccessChannel.EXPORT);
    }

    /** The contact details of the firm's candidates among these ids, decrypted, each read logged on that channel. */
    private Map<UUID, CandidateContact> contactsLogged(Collection<UUID> ids, AccessChannel channel) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, CandidateContact> found = new HashMap<>();
        for (Candidate candidate : candidates.findAllById(Set.copyOf(ids))) {
            UUID id = candidate.getId();
            Candidate.SealedPii pii = candidate.getPii();
            found.put(id, new CandidateContact(split(open(pii.emails(), id, "emails")),
                    split(open(pii.phones(), id, "phones")), open(pii.address(), id, "address"),
                    open(pii.linkedinUrl(), id, "linkedinUrl")));
        }
        accessLog.record(ids.stream().filter(found::containsKey).toList(), channel);
        return found;
    }

    /**
     * Records that the signed-in member saw the candidate's contact details on their page: one statement, which
     * counts the view on the member's row of the day. The candidate page calls it when it shows them.
     */
    @Transactional
    public void recordPageView(UUID candidateId) {
        accessLog.record(List.of(candidateId), AccessChannel.PAGE_VIEW);
    }

    /**
     * Records that the signed-in member (or the member background work runs for) exported these candidates' contact
     * details: what a subject-access export or a list export calls, in its own transaction, for the candidates it
     * wrote. Ids that are not the firm's candidates are left out.
     */
    @Transactional
    public void recordExport(Collection<UUID> candidateIds) {
        accessLog.record(List.copyOf(candidateIds), AccessChannel.EXPORT);
    }

    /**
     * Writes the candidates the query finds, in the list's order, to a spreadsheet: the columns the candidate list
     * shows, then the chosen extras. It reads a page at a time from where the previous one ended (keyset paging), so
     * memory stays flat however long the list. Contact columns are left out unless the member may export contact
     * details ({@link OrganizationService#mayExportContacts}); the contact details written are in each candidate's
     * access log as an export. The export is in the audit log ({@link ListExported}), in this transaction.
     *
     * @param zone the reader's zone, in which instants become days
     * @return how many candidates were written
     * @throws SheetWriter.TooManyRowsException past the rows an XLSX sheet holds
     */
    @Transactional
    public int export(CandidateQuery query, CandidateSort.Order order, Set<CandidateExportField> extras,
            SheetFormat format, OutputStream out, ZoneId zone) {
        boolean mayExportContacts = organizations.mayExportContacts();
        List<CandidateExportField> chosen = Arrays.stream(CandidateExportField.values()).filter(extras::contains)
                .filter(field -> mayExportContacts || !field.contactDetail()).toList();
        boolean readsContacts = chosen.stream().anyMatch(CandidateExportField::contactDetail);
        List<String> header = new ArrayList<>(EXPORT_COLUMNS);
        chosen.forEach(field -> header.add(field.header()));
        Map<UUID, String> owners = organizations.memberNames();
        int rows;
        try (SheetWriter writer = SheetWriter.open(format, out, "Candidates", header)) {
            Optional<CandidateSearch.Criteria> criteria = criteria(query);
            CandidateCursor after = null;
            List<CandidateSearch.Row> page = List.of();
            do {
                if (criteria.isEmpty()) {
                    break;
                }
                page = search.find(criteria.get(), order, after, 0, EXPORT_PAGE);
                List<UUID> ids = page.stream().map(CandidateSearch.Row::id).toList();
                Map<UUID, CandidateSearch.SealedContact> contacts = readsContacts ? search.contacts(ids) : Map.of();
                CandidateSummary last = null;
                for (CandidateSearch.Row row : page) {
                    last = toSummary(row);
                    writer.row(exportRow(last, row, contacts.get(row.id()), chosen, owners, zone));
                }
                if (last != null) {
                    after = CandidateCursor.after(last, order.by());
                    if (readsContacts) {
                        accessLog.record(ids, AccessChannel.EXPORT);
                    }
                }
            } while (page.size() == EXPORT_PAGE);
            rows = writer.rowCount();
        }
        events.publishEvent(new ListExported("Candidates", format, rows, header, true));
        return rows;
    }

    private List<Object> exportRow(CandidateSummary candidate, CandidateSearch.Row row,
            CandidateSearch.SealedContact sealed, List<CandidateExportField> chosen, Map<UUID, String> owners,
            ZoneId zone) {
        List<Object> cells = new ArrayList<>(EXPORT_COLUMNS.size() + chosen.size());
        cells.add(candidate.fullName());
        cells.add(candidate.currentTitle());
        cells.add(candidate.currentCompany());
        cells.add(candidate.location());
        cells.add(String.join(", ", candidate.skills().stream().limit(TOP_SKILLS).toList()));
        cells.add(candidate.ownerId() == null ? null : owners.get(candidate.ownerId()));
        cells.add(String.join(", ", candidate.tags()));
        cells.add(candidate.lastActivityAt() == null ? null : LocalDate.ofInstant(candidate.lastActivityAt(), zone));
        UUID id = candidate.id();
        for (CandidateExportField field : chosen) {
            cells.add(switch (field) {
                case EMAIL -> sealed == null ? null : String.join(", ", split(open(sealed.emails(), id, "emails")));
                case PHONE -> sealed == null ? null : String.join(", ", split(open(sealed.phones(), id, "phones")));
                case LINKEDIN -> sealed == null ? null : open(sealed.linkedinUrl(), id, "linkedinUrl");
                case ADDRESS -> sealed == null ? null : open(sealed.address(), id, "address");
                case ALL_SKILLS -> String.join(", ", candidate.skills());
                case YEARS_OF_EXPERIENCE -> row.yearsOfExperience();
                case SOURCE -> row.source();
                case LAWFUL_BASIS -> row.lawfulBasis() == null ? null : words(row.lawfulBasis());
                case CONSENT_EXPIRES_ON -> row.consentExpiresOn();
                case CREATED -> LocalDate.ofInstant(row.createdAt(), zone);
            });
        }
        return cells;
    }

    private static String words(Enum<?> value) {
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * Who saw the candidate's contact details, per day, channel and member or API key, newest day first: what the
     * candidate's subject-access export reports ("who received my data, and when").
     */
    @RequiresRole(Role.RECRUITER)
    public List<AccessLogEntry> accessLogOf(UUID candidateId) {
        return entries(accessLog.of(candidateId));
    }

    /** A page of the firm's access log, newest day first: the admins' search. */
    @RequiresRole(Role.ADMIN)
    public List<AccessLogEntry> accessLog(AccessLogQuery query, int offset, int limit) {
        return entries(accessLog.search(query, offset, limit));
    }

    /** How many entries of the access log the query finds, exactly up to the list's bound. */
    @RequiresRole(Role.ADMIN)
    public BoundedCount countAccessLog(AccessLogQuery query) {
        int bound = search.countLimit();
        return BoundedCount.of(accessLog.count(query, bound + 1L), bound);
    }

    /**
     * Deletes the firm's access log of the days before {@code before} (in the firm's time zone): the log is personal
     * data of its members too, and is kept no longer than it must be.
     *
     * @return how many entries went
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public int pruneAccessLog(Instant before) {
        return accessLog.deleteBefore(LocalDate.ofInstant(before, organizations.timeZone()));
    }

    /**
     * {@link #pruneAccessLog(Instant)} of what is older than {@code wecruit.privacy.access-log-retention}: what the
     * daily task runs for each firm in turn.
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public int pruneExpiredAccessLog() {
        LocalDate today = LocalDate.now(clock.withZone(organizations.timeZone()));
        return accessLog.deleteBefore(today.minus(accessLogSettings.accessLogRetention()));
    }

    private List<AccessLogEntry> entries(List<CandidateAccessLog.Row> rows) {
        Map<UUID, String> members = new HashMap<>();
        organizations.members(rows.stream().map(CandidateAccessLog.Row::memberId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()))
                .forEach((id, member) -> members.put(id, member.displayName()));
        Map<UUID, CandidateSummary> named = summaries(rows.stream().map(CandidateAccessLog.Row::candidateId)
                .collect(java.util.stream.Collectors.toSet()));
        return rows.stream().map(row -> new AccessLogEntry(row.candidateId(),
                Optional.ofNullable(named.get(row.candidateId())).map(CandidateSummary::fullName).orElse(""),
                row.day(), row.channel(), row.memberId(), row.apiKeyId(),
                row.memberId() == null ? row.keyLabel() : members.getOrDefault(row.memberId(), "A former member"),
                row.times(), row.lastAt())).toList();
    }

    /**
     * How many candidates the query finds: exactly up to a bound ({@code wecruit.search.count-limit}, 10,000), and
     * "more than that" beyond, which is what a list shows without counting a whole firm at every keystroke.
     */
    public BoundedCount count(CandidateQuery query) {
        return criteria(query).map(search::count).orElse(BoundedCount.exactly(0));
    }

    /** Skills candidates of the firm have that start with the text (any case or accents), most common first. */
    public List<String> skillsStartingWith(String prefix, int limit) {
        return suggestions.startingWith(TermSuggestions.Kind.SKILL, prefix, limit);
    }

    /** Tags candidates of the firm have that start with the text (any case or accents), most common first. */
    public List<String> tagsStartingWith(String prefix, int limit) {
        return suggestions.startingWith(TermSuggestions.Kind.TAG, prefix, limit);
    }

    /** Candidates with exactly this email address (any case). */
    public List<CandidateSummary> findByEmail(String email) {
        EmailAddress address;
        try {
            address = EmailAddress.parse(email);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        return byTerms(CandidateSearch.Criteria.anyOf(List.of(blindIndex.emailTerm(address.value()))),
                MAX_SEARCH_RESULTS);
    }

    /** Candidates with this phone number, however it is typed ("020 7123 4567" or "+44 20 7123 4567"). */
    public List<CandidateSummary> findByPhone(String phone) {
        FieldErrors ignored = new FieldErrors();
        PhoneNumber number = validator.phone(ignored, "phone", phone);
        return number == null ? List.of()
                : byTerms(CandidateSearch.Criteria.anyOf(List.of(blindIndex.phoneTerm(number.e164()))),
                        MAX_SEARCH_RESULTS);
    }

    /**
     * Candidates whose name has a word starting with each word typed: "joh smi" finds John Smith (and Johanna
     * Smits). Words shorter than {@value BlindIndex#MIN_PREFIX} letters are ignored. Most recently active first.
     */
    public List<CandidateSummary> searchByName(String query, int limit) {
        List<UUID> terms = blindIndex.nameQueryTerms(query);
        return terms.isEmpty() ? List.of()
                : byTerms(CandidateSearch.Criteria.allNames(terms), Math.min(limit, MAX_SEARCH_RESULTS));
    }

    /** Which of the ids are candidates of the firm. */
    public Set<UUID> existing(Collection<UUID> ids) {
        return ids.isEmpty() ? Set.of() : new HashSet<>(candidates.findExistingIds(ids));
    }

    /** {@link #recordActivity} for many candidates in one statement. */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public void recordActivities(Map<UUID, Instant> latestByCandidate) {
        if (!latestByCandidate.isEmpty()) {
            List<Map.Entry<UUID, Instant>> entries = List.copyOf(latestByCandidate.entrySet());
            candidates.touchLastActivities(entries.stream().map(Map.Entry::getKey).toArray(UUID[]::new),
                    // ISO-8601 with Z: no time-zone conversion on the way, whatever the JVM's zone
                    entries.stream().map(e -> e.getValue().toString()).toArray(String[]::new));
        }
    }

    /**
     * Moves the candidate's last activity to {@code at} if that is later. For the activities feature; not an edit,
     * so the version stays.
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public void recordActivity(UUID candidateId, Instant at) {
        candidates.touchLastActivity(candidateId, at);
    }

    /**
     * What the query means in stored terms. Empty when it can match nothing, such as a malformed email address:
     * text with an {@code @} is an email, a run of digits a phone number, anything else a name or words.
     */
    private Optional<CandidateSearch.Criteria> criteria(CandidateQuery query) {
        List<UUID> anyOf = List.of();
        List<UUID> nameTerms = List.of();
        List<String> textPrefixes = List.of();
        String text = query.text();
        if (text != null && text.contains("@")) {
            try {
                anyOf = List.of(blindIndex.emailTerm(EmailAddress.parse(text).value()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        } else if (text != null && PHONE_LIKE.matcher(text).matches()
                && validator.phone(new FieldErrors(), "phone", text) instanceof PhoneNumber phone) {
            anyOf = List.of(blindIndex.phoneTerm(phone.e164()));
        } else if (text != null) {
            nameTerms = blindIndex.nameQueryTerms(text);
            textPrefixes = ProfileTerms.textPrefixes(text);
            if (nameTerms.isEmpty() && textPrefixes.isEmpty()) {
                return Optional.empty(); // nothing in it to look for, such as "%%"
            }
        }
        List<String> skills = terms(query.skills(), ProfileTerms::skill);
        List<String> tags = terms(query.tags(), ProfileTerms::tag);
        List<String> location = query.location() == null ? List.of() : ProfileTerms.locationPrefixes(query.location());
        if (skills.size() < query.skills().size() && (query.allSkills() || skills.isEmpty())
                || !query.tags().isEmpty() && tags.isEmpty() || query.location() != null && location.isEmpty()) {
            return Optional.empty(); // a skill, tag or place no candidate can have
        }
        Set<UUID> onlyIds = query.inPipelineOf() == null ? null
                : pipelineMembers.candidatesInPipelineOf(query.inPipelineOf());
        if (query.reached() != null) {
            Set<UUID> reached = pipelineMembers.candidatesWhoReached(query.reached());
            if (query.reached().source() != null) {
                String source = query.reached().source();
                reached = sources(reached).entrySet().stream()
                        .filter(entry -> PipelineReach.sourceOf(entry.getValue()).equals(source))
                        .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
            }
            if (onlyIds != null) {
                reached = new java.util.HashSet<>(reached);
                reached.retainAll(onlyIds);
            }
            onlyIds = reached;
        }
        LocalDate expiresFrom = null;
        LocalDate expiresBefore = null;
        if (query.consent() == ConsentStatus.EXPIRED || query.consent() == ConsentStatus.EXPIRING) {
            // a consent expires on its expiry day, in the firm's time zone
            LocalDate today = LocalDate.now(clock.withZone(organizations.timeZone()));
            if (query.consent() == ConsentStatus.EXPIRED) {
                expiresBefore = today.plusDays(1);
            } else {
                if (query.expiringWithinDays() < 1 || query.expiringWithinDays() > MAX_EXPIRING_WITHIN_DAYS) {
                    throw InvalidInputException.of("expiringWithinDays",
                            "Between 1 and " + MAX_EXPIRING_WITHIN_DAYS + " days");
                }
                expiresFrom = today.plusDays(1);
                expiresBefore = today.plusDays(query.expiringWithinDays() + 1L);
            }
        }
        return Optional.of(new CandidateSearch.Criteria(anyOf, nameTerms, textPrefixes, skills, query.allSkills(),
                location, tags, query.ownerId(), onlyIds, query.activeAfter(), query.activeBefore(),
                query.lawfulBases().stream().map(Enum::name).toList(), query.withoutLawfulBasis(), expiresFrom,
                expiresBefore, query.consent() == ConsentStatus.NONE, query.onLegalHold()));
    }

    private static List<String> terms(List<String> values, Function<String, Optional<String>> term) {
        return values.stream().map(term).flatMap(Optional::stream).distinct().toList();
    }

    private List<CandidateSummary> byTerms(CandidateSearch.Criteria criteria, int limit) {
        return search.find(criteria, CandidateSort.Order.DEFAULT, null, 0, limit).stream().map(this::toSummary)
                .toList();
    }

    private record Checked(Candidate.SealedPii pii, Candidate.Profile profile, Set<UUID> terms, LegalHold hold) {
    }

    /**
     * @param existing the candidate being changed, or null for a new one: its owner is kept even if they have left
     *     the firm since, and its sealed values are kept where the text did not change
     */
    private Checked check(CandidateDraft draft, Candidate existing) {
        UUID currentOwner = existing == null ? null : existing.getProfile().ownerId();
        FieldErrors errors = validator.check(draft);
        List<EmailAddress> emails = validator.emails(errors, "emails", draft.emails());
        List<PhoneNumber> phones = validator.phones(errors, "phones", draft.phones());
        String linkedin = validator.webAddress(errors, "linkedinUrl", draft.linkedinUrl(), "linkedin.com");
        if (draft.ownerId() != null && !draft.ownerId().equals(currentOwner)
                && !organizations.isActiveMember(draft.ownerId())) {
            errors.reject("ownerId", "Not an active member of your firm");
        }
        if (draft.consentGivenOn() != null && draft.lawfulBasis() == null) {
            errors.reject("lawfulBasis", "Choose the lawful basis the consent date belongs to");
        }
        if (draft.consentMethod() != null && draft.consentGivenOn() == null) {
            errors.reject("consentGivenOn", "Enter the day consent was given");
        }
        if (draft.consentExpiresOn() != null && draft.consentGivenOn() == null) {
            errors.reject("consentExpiresOn", "Enter the day consent was given first: it expires after that day");
        } else if (draft.consentExpiresOn() != null && !draft.consentExpiresOn().isAfter(draft.consentGivenOn())) {
            errors.reject("consentExpiresOn", "Must be after the day consent was given ("
                    + draft.consentGivenOn() + ")");
        }
        LegalHold hold = legalHold(draft, existing == null ? null : existing.getLegalHold(), errors);
        if (draft.workHistory() != null) {
            for (WorkExperience role : draft.workHistory()) {
                if (role != null && role.startYear() != null && role.endYear() != null
                        && role.endYear() < role.startYear()) {
                    errors.reject("workHistory", "A role cannot end before it starts (" + role.title() + ")");
                }
            }
        }
        errors.throwIfAny();

        String first = draft.firstName().strip();
        String last = draft.lastName().strip();
        Set<UUID> terms = new HashSet<>(blindIndex.nameTerms(first, last));
        emails.forEach(email -> terms.add(blindIndex.emailTerm(email.value())));
        phones.forEach(phone -> terms.add(blindIndex.phoneTerm(phone.e164())));
        Candidate.SealedPii current = existing == null
                ? new Candidate.SealedPii(null, null, null, null, null, null) : existing.getPii();
        UUID id = existing == null ? null : existing.getId();
        var pii = new Candidate.SealedPii(
                sealed(current.firstName(), first, id, "firstName"),
                sealed(current.lastName(), last, id, "lastName"),
                sealed(current.emails(), joined(emails.stream().map(EmailAddress::value).toList()), id, "emails"),
                sealed(current.phones(), joined(phones.stream().map(PhoneNumber::e164).toList()), id, "phones"),
                sealed(current.address(), blankToNull(draft.address()), id, "address"),
                sealed(current.linkedinUrl(), linkedin, id, "linkedinUrl"));
        var profile = new Candidate.Profile(blankToNull(draft.location()), blankToNull(draft.currentTitle()),
                blankToNull(draft.currentCompany()), distinct(draft.skills()), draft.yearsOfExperience(),
                orEmpty(draft.workHistory()), orEmpty(draft.education()), blankToNull(draft.source()),
                draft.ownerId(), distinct(draft.tags()), draft.lawfulBasis(), draft.consentGivenOn(),
                blankToNull(draft.consentNote()), draft.consentMethod(), draft.consentExpiresOn());
        return new Checked(pii, profile, terms, hold);
    }

    /**
     * The hold the draft asks for: the current one when it says nothing ({@code legalHold} null) or asks for what is
     * there already; a change only from an admin, since a hold decides whether retention may anonymise the person.
     */
    private LegalHold legalHold(CandidateDraft draft, LegalHold current, FieldErrors errors) {
        if (draft.legalHold() == null) {
            return current;
        }
        String reason = blankToNull(draft.legalHoldReason());
        if (draft.legalHold() && reason == null) {
            errors.reject("legalHoldReason", "Say why the candidate is on legal hold");
            return current;
        }
        boolean changes = draft.legalHold() ? current == null || !reason.equals(current.reason()) : current != null;
        if (!changes) {
            return current;
        }
        if (!currentTenant.may(Role.ADMIN)) {
            errors.reject("legalHold", current == null ? "Only an admin can put a candidate on legal hold"
                    : draft.legalHold() ? "Only an admin can change why a candidate is on legal hold"
                    : "Only an admin can lift a legal hold");
            return current;
        }
        return draft.legalHold() ? new LegalHold(reason, currentTenant.currentMemberId().orElse(null),
                clock.instant().truncatedTo(ChronoUnit.MICROS)) : null;
    }

    private static Candidate newCandidate(Checked checked) {
        Candidate candidate = new Candidate(checked.pii(), checked.profile(), checked.terms());
        candidate.changeLegalHold(checked.hold());
        return candidate;
    }

    private CandidateDetails toDetails(Candidate candidate) {
        UUID id = candidate.getId();
        Candidate.SealedPii pii = candidate.getPii();
        Candidate.Profile profile = candidate.getProfile();
        return new CandidateDetails(id,
                open(pii.firstName(), id, "firstName"), open(pii.lastName(), id, "lastName"),
                split(open(pii.emails(), id, "emails")), split(open(pii.phones(), id, "phones")),
                open(pii.address(), id, "address"), open(pii.linkedinUrl(), id, "linkedinUrl"),
                profile.location(), profile.currentTitle(), profile.currentCompany(), profile.skills(),
                profile.yearsOfExperience(), profile.workHistory(), profile.education(), profile.source(),
                profile.ownerId(), profile.tags(), profile.lawfulBasis(), profile.consentGivenOn(),
                profile.consentNote(), profile.consentMethod(), profile.consentExpiresOn(), candidate.getLegalHold(),
                candidate.getLastActivityAt(), candidate.getAnonymisedAt(), candidate.getCreatedAt(),
                candidate.getUpdatedAt(), candidate.getVersion());
    }

    private CandidateSummary toSummary(CandidateSearch.Row row) {
        UUID id = row.id();
        return new CandidateSummary(id, open(row.firstName(), id, "firstName"), open(row.lastName(), id, "lastName"),
                row.currentTitle(), row.currentCompany(), row.location(), row.skills(), row.tags(), row.ownerId(),
                row.lastActivityAt());
    }

    private CandidateProfile toProfile(CandidateSearch.Row row) {
        UUID id = row.id();
        return new CandidateProfile(id, open(row.firstName(), id, "firstName"), open(row.lastName(), id, "lastName"),
                row.currentTitle(), row.currentCompany(), row.location(), row.skills(), row.tags(),
                row.yearsOfExperience(), row.source(), row.lawfulBasis(), row.consentGivenOn(), row.consentMethod(),
                row.consentExpiresOn(), row.legalHold(), row.ownerId(), row.lastActivityAt(),
                row.createdAt(), row.updatedAt(), row.version());
    }

    private SealedText sealed(SealedText current, String plaintext, UUID id, String field) {
        return cipher.sealUnlessSame(current, plaintext, new FieldRef("candidate", id, field));
    }

    private String open(SealedText sealed, UUID id, String field) {
        return cipher.open(sealed, new FieldRef("candidate", id, field));
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split("\n"));
    }

    private static List<String> distinct(List<String> values) {
        Set<String> seen = new HashSet<>();
        Set<String> result = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            if (seen.add(value.strip().toLowerCase(Locale.ROOT))) {
                result.add(value.strip());
            }
        }
        return new ArrayList<>(result);
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
