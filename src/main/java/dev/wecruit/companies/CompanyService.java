package dev.wecruit.companies;

import dev.wecruit.companies.internal.Company;
import dev.wecruit.companies.internal.CompanyRepository;
import dev.wecruit.companies.internal.Contact;
import dev.wecruit.companies.internal.ContactRepository;
import dev.wecruit.platform.crypto.BlindIndex;
import dev.wecruit.platform.crypto.FieldRef;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.platform.persistence.FilterSpecifications;
import dev.wecruit.platform.persistence.Records;
import dev.wecruit.platform.persistence.StaleRecordException;
import dev.wecruit.platform.spreadsheets.ListExported;
import dev.wecruit.platform.spreadsheets.SheetFormat;
import dev.wecruit.platform.spreadsheets.SheetWriter;
import dev.wecruit.platform.validation.InputValidator;
import dev.wecruit.shared.EmailAddress;
import dev.wecruit.shared.FieldErrors;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.PhoneNumber;
import dev.wecruit.shared.RecordFilter;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firm's clients and their contacts. Every method acts on the current firm only. Contacts' names and details are
 * sealed at rest and decrypted here, on their way to a view.
 */
@Service
@Transactional(readOnly = true)
public class CompanyService {

    private static final Comparator<ContactDetails> BY_NAME = Comparator
            .comparing(ContactDetails::lastName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ContactDetails::firstName, String.CASE_INSENSITIVE_ORDER);

    private final CompanyRepository companies;
    private final ContactRepository contacts;
    private final OrganizationService organizations;
    private final InputValidator validator;
    private final PiiCipher cipher;
    private final BlindIndex blindIndex;
    private final ApplicationEventPublisher events;

    /** The columns of an export that the company list shows, in its order. */
    public static final List<String> EXPORT_COLUMNS = List.of("Name", "Status", "Industry", "Location", "Owner");
    /** Rows an export reads at a time. */
    static final int EXPORT_PAGE = 500;
    /** The columns every contact export has, in its order. */
    public static final List<String> CONTACT_EXPORT_COLUMNS = List.of("Name", "Title", "Company", "Company status");

    CompanyService(CompanyRepository companies, ContactRepository contacts, OrganizationService organizations,
            InputValidator validator, PiiCipher cipher, BlindIndex blindIndex, ApplicationEventPublisher events) {
        this.events = events;
        this.companies = companies;
        this.contacts = contacts;
        this.organizations = organizations;
        this.validator = validator;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
    }

    /** @throws InvalidInputException with a message per field; nothing is saved */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public CompanySummary create(CompanyDraft draft) {
        String website = checked(draft, null);
        Company company = new Company(draft.name().strip(), website, blankToNull(draft.industry()),
                blankToNull(draft.location()), draft.status(), draft.ownerId());
        return companies.saveAndFlush(company).toSummary();
    }

    /**
     * @param expectedVersion the version the user edited
     * @throws StaleRecordException if someone else changed it in between
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public CompanySummary update(UUID id, long expectedVersion, CompanyDraft draft) {
        Company company = companies.findById(id).orElseThrow(() -> new RecordNotFoundException("company", id));
        company.checkVersion(expectedVersion);
        String website = checked(draft, company.toSummary().ownerId());
        company.change(draft.name().strip(), website, blankToNull(draft.industry()), blankToNull(draft.location()),
                draft.status(), draft.ownerId());
        return Records.saveChanges(companies, company).toSummary();
    }

    /**
     * The messages {@link #create} (no id) or {@link #update} (the company's id) would refuse the draft with, by
     * field; empty when it would be saved. Saves nothing: what an import checks its rows with.
     */
    public Map<String, String> validate(UUID id, CompanyDraft draft) {
        try {
            checked(draft, id == null ? null : companies.findById(id).map(Company::toSummary)
                    .map(CompanySummary::ownerId).orElse(null));
            return Map.of();
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
    }

    /** The messages {@link #createContact} or {@link #updateContact} would refuse the draft with; saves nothing. */
    public Map<String, String> validateContact(ContactDraft draft) {
        try {
            checkedContact(draft);
            return Map.of();
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
    }

    /** The names of all the firm's companies, by id: what an import matches names against. */
    public Map<UUID, String> allNames() {
        Map<UUID, String> names = new HashMap<>();
        companies.findAllNames().forEach(company -> names.put(company.getId(), company.getName()));
        return names;
    }

    /**
     * Removes a company an import created (its undo), only while it is as the import left it: at that version, with
     * no contacts, jobs or activities.
     *
     * @return whether it was removed; false when it changed or is in use since (or is gone)
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public boolean removeImported(UUID id, long expectedVersion) {
        Company company = companies.findById(id).orElse(null);
        if (company == null || company.getVersion() != expectedVersion || !contacts.findByCompanyId(id).isEmpty()
                || companies.isReferenced(id)) {
            return false;
        }
        companies.delete(company);
        companies.flush();
        return true;
    }

    /**
     * Removes a contact an import created (its undo), only while they are as the import left them: at that version,
     * hiring manager of no job, in no activity.
     *
     * @return whether they were removed
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public boolean removeImportedContact(UUID id, long expectedVersion) {
        Contact contact = contacts.findById(id).orElse(null);
        if (contact == null || contact.getVersion() != expectedVersion || contacts.isReferenced(id)) {
            return false;
        }
        contacts.delete(contact);
        contacts.flush();
        return true;
    }

    public Optional<CompanySummary> find(UUID id) {
        return companies.findById(id).map(Company::toSummary);
    }

    /** @throws RecordNotFoundException also for another firm's company */
    public CompanySummary get(UUID id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("company", id));
    }

    public boolean exists(UUID id) {
        return id != null && companies.existsById(id);
    }

    public long count() {
        return companies.count();
    }

    public long countContacts() {
        return contacts.count();
    }

    /** Which of the ids are companies of the firm. */
    public Set<UUID> existing(Collection<UUID> ids) {
        return ids.isEmpty() ? Set.of() : new HashSet<>(companies.findExistingIds(ids));
    }

    /** The company of each of the ids that is a contact of the firm. */
    public Map<UUID, UUID> companiesOfContacts(Collection<UUID> contactIds) {
        Map<UUID, UUID> result = new HashMap<>();
        if (!contactIds.isEmpty()) {
            contacts.findCompanyIds(contactIds).forEach(row -> result.put(row.getId(), row.getCompanyId()));
        }
        return result;
    }

    /**
     * Companies whose name contains the text (any case) and whose status is one of those given (any when empty), a
     * page at a time.
     */
    public Page<CompanySummary> search(String nameContains, Collection<CompanyStatus> statuses, Pageable pageable) {
        return companies.findByNameContainingIgnoreCaseAndStatusIn(nameContains == null ? "" : nameContains.strip(),
                statuses.isEmpty() ? EnumSet.allOf(CompanyStatus.class) : statuses, pageable).map(Company::toSummary);
    }

    /**
     * Writes the companies the list shows ({@link #search}: name and statuses), in its order, to a spreadsheet: the
     * list's columns, then the chosen extras, a page at a time. Contact details are left out unless the member may
     * export them ({@link OrganizationService#mayExportContacts}); an export naming contacts is in the audit log
     * ({@link ListExported}), in this transaction.
     *
     * @param sort the list's order; the id is added to make it total
     * @param zone the reader's zone, in which instants become days
     * @return how many companies were written
     */
    @Transactional
    public int export(String nameContains, Collection<CompanyStatus> statuses, Sort sort,
            Set<CompanyExportField> extras, SheetFormat format, OutputStream out, ZoneId zone) {
        boolean mayExportContacts = organizations.mayExportContacts();
        List<CompanyExportField> chosen = Arrays.stream(CompanyExportField.values()).filter(extras::contains)
                .filter(field -> mayExportContacts || !field.contactDetail()).toList();
        List<String> header = new ArrayList<>(EXPORT_COLUMNS);
        chosen.forEach(field -> header.add(field.header()));
        Map<UUID, String> owners = organizations.memberNames();
        Sort total = sort.and(Sort.by("id"));
        int rows;
        try (SheetWriter writer = SheetWriter.open(format, out, "Companies", header)) {
            Page<CompanySummary> page;
            int number = 0;
            do {
                page = search(nameContains, statuses, PageRequest.of(number++, EXPORT_PAGE, total));
                Map<UUID, List<ContactDetails>> contactsByCompany = chosen.stream()
                        .anyMatch(CompanyExportField::personalData)
                        ? contactsOf(page.getContent().stream().map(CompanySummary::id).toList()) : Map.of();
                for (CompanySummary company : page) {
                    List<Object> cells = new ArrayList<>(List.of());
                    cells.add(company.name());
                    cells.add(words(company.status()));
                    cells.add(company.industry());
                    cells.add(company.location());
                    cells.add(company.ownerId() == null ? null : owners.get(company.ownerId()));
                    List<ContactDetails> people = contactsByCompany.getOrDefault(company.id(), List.of());
                    for (CompanyExportField field : chosen) {
                        cells.add(switch (field) {
                            case WEBSITE -> company.website();
                            case UPDATED -> LocalDate.ofInstant(company.updatedAt(), zone);
                            case CONTACTS -> String.join(", ", people.stream().map(ContactDetails::fullName)
                                    .toList());
                            case CONTACT_DETAILS -> String.join("; ", people.stream().map(person -> String.join(" ",
                                    java.util.stream.Stream.of(person.fullName(), person.email(), person.phone())
                                            .filter(java.util.Objects::nonNull).toList())).toList());
                        });
                    }
                    writer.row(cells);
                }
            } while (page.hasNext());
            rows = writer.rowCount();
        }
        events.publishEvent(new ListExported("Companies", format, rows, header,
                chosen.stream().anyMatch(CompanyExportField::personalData)));
        return rows;
    }

    /**
     * Writes the contacts of the companies the list shows ({@link #search}: name and statuses), company by company in
     * the list's order and by name within each, to a spreadsheet: name, title, company and its status, then the
     * chosen contact details, which are left out unless the member may export them
     * ({@link OrganizationService#mayExportContacts}). Contacts are people: every such export is in the audit log
     * ({@link ListExported}), in this transaction.
     *
     * @param sort the company list's order; the id is added to make it total
     * @return how many contacts were written
     */
    @Transactional
    public int exportContacts(String nameContains, Collection<CompanyStatus> statuses, Sort sort,
            Set<ContactExportField> extras, SheetFormat format, OutputStream out) {
        List<ContactExportField> chosen = organizations.mayExportContacts()
                ? Arrays.stream(ContactExportField.values()).filter(extras::contains).toList() : List.of();
        List<String> header = new ArrayList<>(CONTACT_EXPORT_COLUMNS);
        chosen.forEach(field -> header.add(field.header()));
        Sort total = sort.and(Sort.by("id"));
        int rows;
        try (SheetWriter writer = SheetWriter.open(format, out, "Contacts", header)) {
            Page<CompanySummary> page;
            int number = 0;
            do {
                page = search(nameContains, statuses, PageRequest.of(number++, EXPORT_PAGE, total));
                Map<UUID, List<ContactDetails>> people = contactsOf(page.getContent().stream()
                        .map(CompanySummary::id).toList());
                for (CompanySummary company : page) {
                    for (ContactDetails contact : people.getOrDefault(company.id(), List.of())) {
                        List<Object> cells = new ArrayList<>(header.size());
                        cells.add(contact.fullName());
                        cells.add(contact.title());
                        cells.add(company.name());
                        cells.add(words(company.status()));
                        for (ContactExportField field : chosen) {
                            cells.add(switch (field) {
                                case EMAIL -> contact.email();
                                case PHONE -> contact.phone();
                                case LINKEDIN -> contact.linkedinUrl();
                            });
                        }
                        writer.row(cells);
                    }
                }
            } while (page.hasNext());
            rows = writer.rowCount();
        }
        events.publishEvent(new ListExported("Contacts", format, rows, header, true));
        return rows;
    }

    private static String words(Enum<?> value) {
        String words = value.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * A window of the companies that pass the filter, in the order, from a keyset position: what the API pages
     * through. The position's keys are those of the order's field and the id.
     */
    public Window<CompanySummary> scroll(RecordFilter<CompanyField> filter, RecordFilter.Order<CompanyField> order,
            ScrollPosition position, int limit) {
        return companies.findBy(FilterSpecifications.<Company, CompanyField>of(filter, CompanyService::attribute),
                query -> query.sortBy(FilterSpecifications.sort(order, CompanyService::attribute)).limit(limit)
                        .scroll(position)).map(Company::toSummary);
    }

    private static String attribute(CompanyField field) {
        return switch (field) {
            case NAME -> "name";
            case INDUSTRY -> "industry";
            case LOCATION -> "location";
            case STATUS -> "status";
            case OWNER -> "ownerId";
            case CREATED_AT -> "createdAt";
            case UPDATED_AT -> "updatedAt";
        };
    }

    /** The ids of the companies whose name contains the text (any case). */
    public List<UUID> idsNamedLike(String nameContains) {
        return companies.findByNameContainingIgnoreCase(nameContains.strip()).stream()
                .map(CompanyRepository.IdAndName::getId).toList();
    }

    /** The names of those of the companies that are the firm's, by id. */
    public Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            companies.findNames(ids).forEach(company -> names.put(company.getId(), company.getName()));
        }
        return names;
    }

    /** @throws InvalidInputException with a message per field; nothing is saved */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public ContactDetails createContact(ContactDraft draft) {
        Contact contact = new Contact(draft.companyId());
        applyContact(contact, draft);
        return toDetails(contacts.saveAndFlush(contact));
    }

    /**
     * @param expectedVersion the version the user edited
     * @throws StaleRecordException if someone else changed it in between
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public ContactDetails updateContact(UUID id, long expectedVersion, ContactDraft draft) {
        Contact contact = contacts.findById(id).orElseThrow(() -> new RecordNotFoundException("contact", id));
        contact.checkVersion(expectedVersion);
        applyContact(contact, draft);
        try {
            return toDetails(Records.saveChanges(contacts, contact));
        } catch (DataIntegrityViolationException e) {
            // the company exists (checked above); what refuses the move is a job naming them hiring manager
            throw InvalidInputException.of("companyId",
                    "This contact is the hiring manager of a job at their company: choose another hiring manager"
                            + " for that job first");
        }
    }

    public Optional<ContactDetails> findContact(UUID id) {
        return contacts.findById(id).map(this::toDetails);
    }

    /** @throws RecordNotFoundException also for another firm's contact */
    public ContactDetails getContact(UUID id) {
        return findContact(id).orElseThrow(() -> new RecordNotFoundException("contact", id));
    }

    public List<ContactDetails> contactsOf(UUID companyId) {
        return contacts.findByCompanyId(companyId).stream().map(this::toDetails).sorted(BY_NAME).toList();
    }

    /** The contacts of each of the companies, by name; in one query, for the API's batches. */
    public Map<UUID, List<ContactDetails>> contactsOf(Collection<UUID> companyIds) {
        Map<UUID, List<ContactDetails>> result = new HashMap<>();
        if (!companyIds.isEmpty()) {
            contacts.findByCompanyIdIn(companyIds).stream().map(this::toDetails).sorted(BY_NAME)
                    .forEach(contact -> result.computeIfAbsent(contact.companyId(), id -> new ArrayList<>())
                            .add(contact));
        }
        return result;
    }

    /** Those of the companies that are the firm's, by id; in one query. */
    public Map<UUID, CompanySummary> findAll(Collection<UUID> ids) {
        Map<UUID, CompanySummary> result = new HashMap<>();
        if (!ids.isEmpty()) {
            companies.findAllById(ids).forEach(company -> result.put(company.getId(), company.toSummary()));
        }
        return result;
    }

    /** Those of the contacts that are the firm's, by id; in one query. */
    public Map<UUID, ContactDetails> findContacts(Collection<UUID> ids) {
        Map<UUID, ContactDetails> result = new HashMap<>();
        if (!ids.isEmpty()) {
            contacts.findAllById(ids).forEach(contact -> result.put(contact.getId(), toDetails(contact)));
        }
        return result;
    }

    /** Contacts with exactly this email address (any case), through the blind index. */
    public List<ContactDetails> findContactsByEmail(String email) {
        EmailAddress address;
        try {
            address = EmailAddress.parse(email);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        UUID term = blindIndex.emailTerm(address.value());
        return contacts.findByAllTerms(List.of(term), 1).stream().map(this::toDetails).toList();
    }

    /** Contacts whose name tokens start with every word typed: "ann mey" finds Anna Meyer. */
    public List<ContactDetails> searchContactsByName(String query) {
        List<UUID> terms = blindIndex.nameQueryTerms(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        return contacts.findByAllTerms(terms, terms.size()).stream().map(this::toDetails).toList();
    }

    /** @param currentOwner the owner the record has now: kept even if they have left the firm since */
    private String checked(CompanyDraft draft, UUID currentOwner) {
        FieldErrors errors = validator.check(draft);
        String website = validator.webAddress(errors, "website", draft.website(), null);
        if (draft.ownerId() != null && !draft.ownerId().equals(currentOwner)
                && !organizations.isActiveMember(draft.ownerId())) {
            errors.reject("ownerId", "Not an active member of your firm");
        }
        errors.throwIfAny();
        return website;
    }

    private record CheckedContact(EmailAddress email, PhoneNumber phone, String linkedin) {
    }

    private CheckedContact checkedContact(ContactDraft draft) {
        FieldErrors errors = validator.check(draft);
        EmailAddress email = validator.email(errors, "email", draft.email());
        PhoneNumber phone = validator.phone(errors, "phone", draft.phone());
        String linkedin = validator.webAddress(errors, "linkedinUrl", draft.linkedinUrl(), "linkedin.com");
        if (draft.companyId() != null && !errors.has("companyId") && !companies.existsById(draft.companyId())) {
            errors.reject("companyId", "No such company in your firm");
        }
        errors.throwIfAny();
        return new CheckedContact(email, phone, linkedin);
    }

    private void applyContact(Contact contact, ContactDraft draft) {
        CheckedContact checked = checkedContact(draft);
        EmailAddress email = checked.email();
        PhoneNumber phone = checked.phone();
        String linkedin = checked.linkedin();
        String first = draft.firstName().strip();
        String last = draft.lastName().strip();
        Set<UUID> terms = new HashSet<>(blindIndex.nameTerms(first, last));
        if (email != null) {
            terms.add(blindIndex.emailTerm(email.value()));
        }
        if (phone != null) {
            terms.add(blindIndex.phoneTerm(phone.e164()));
        }
        UUID id = contact.getId();
        contact.change(draft.companyId(),
                cipher.sealUnlessSame(contact.getFirstName(), first, new FieldRef("contact", id, "firstName")),
                cipher.sealUnlessSame(contact.getLastName(), last, new FieldRef("contact", id, "lastName")),
                blankToNull(draft.title()),
                cipher.sealUnlessSame(contact.getEmail(), email == null ? null : email.value(),
                        new FieldRef("contact", id, "email")),
                cipher.sealUnlessSame(contact.getPhone(), phone == null ? null : phone.e164(),
                        new FieldRef("contact", id, "phone")),
                cipher.sealUnlessSame(contact.getLinkedinUrl(), linkedin, new FieldRef("contact", id, "linkedinUrl")),
                terms);
    }

    private ContactDetails toDetails(Contact contact) {
        UUID id = contact.getId();
        return new ContactDetails(id, contact.getCompanyId(),
                cipher.open(contact.getFirstName(), new FieldRef("contact", id, "firstName")),
                cipher.open(contact.getLastName(), new FieldRef("contact", id, "lastName")),
                contact.getTitle(),
                cipher.open(contact.getEmail(), new FieldRef("contact", id, "email")),
                cipher.open(contact.getPhone(), new FieldRef("contact", id, "phone")),
                cipher.open(contact.getLinkedinUrl(), new FieldRef("contact", id, "linkedinUrl")),
                contact.getVersion());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
