package dev.wecruit.imports.internal;

import dev.wecruit.companies.CompanyDraft;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanyStatus;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.companies.ContactDetails;
import dev.wecruit.companies.ContactDraft;
import dev.wecruit.imports.ColumnMapping;
import dev.wecruit.imports.ImportField;
import dev.wecruit.imports.ImportKind;
import dev.wecruit.imports.RowCheck;
import dev.wecruit.platform.crypto.FieldRef;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.OrganizationService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Companies with their contacts, one row per contact with its company's columns (decision 0038). A row's company is
 * matched by its name as {@link RecordCells#companyKey} compares it, among the firm's companies (row-level security
 * keeps other firms' out of sight), and created when there is none; the first row naming a company gives its values,
 * later ones only add contacts. A contact is matched at their company by email, else by first and last name, and
 * created or updated there. Rows are checked with the company and contact forms' own rules
 * ({@link CompanyService#validate}, {@link CompanyService#validateContact}) and written through
 * {@link CompanyService}.
 */
@Component
class CompanyImport implements RecordImport {

    private static final Map<String, CompanyStatus> STATUSES = Map.ofEntries(
            Map.entry("prospect", CompanyStatus.PROSPECT), Map.entry("lead", CompanyStatus.PROSPECT),
            Map.entry("target", CompanyStatus.PROSPECT), Map.entry("client", CompanyStatus.CLIENT),
            Map.entry("customer", CompanyStatus.CLIENT), Map.entry("active", CompanyStatus.CLIENT),
            Map.entry("activeclient", CompanyStatus.CLIENT), Map.entry("former", CompanyStatus.FORMER),
            Map.entry("formerclient", CompanyStatus.FORMER), Map.entry("inactive", CompanyStatus.FORMER),
            Map.entry("churned", CompanyStatus.FORMER), Map.entry("lost", CompanyStatus.FORMER));

    private final CompanyService companies;
    private final OrganizationService organizations;
    private final PiiCipher cipher;
    private final ObjectMapper json;

    CompanyImport(CompanyService companies, OrganizationService organizations, PiiCipher cipher, ObjectMapper json) {
        this.companies = companies;
        this.organizations = organizations;
        this.cipher = cipher;
        this.json = json;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.COMPANIES;
    }

    @Override
    public String mappingProblem(ColumnMapping mapping) {
        return mapping.fields().contains(ImportField.COMPANY_NAME) ? null : "Map a column to Company name";
    }

    /** A row as read: the company's values and the contact's, null where the row has none. */
    record Parsed(String companyName, String website, String industry, String location, CompanyStatus status,
            UUID ownerId, boolean hasContact, String firstName, String lastName, String title, String email,
            String phone, String linkedinUrl, Map<Integer, String> cellErrors) {
    }

    static Parsed parse(List<String> row, ColumnMapping mapping, Map<String, UUID> membersByEmail) {
        Map<Integer, String> errors = new LinkedHashMap<>();
        String name = null, website = null, industry = null, location = null, first = null, last = null,
                title = null, email = null, phone = null, linkedin = null;
        CompanyStatus status = null;
        UUID owner = null;
        boolean contact = false;
        for (int column = 0; column < row.size(); column++) {
            String value = row.get(column) == null ? "" : row.get(column).strip();
            if (value.isEmpty()) {
                continue;
            }
            ImportField field = mapping.field(column);
            switch (field) {
                case COMPANY_NAME -> name = value;
                case WEBSITE -> website = value;
                case INDUSTRY -> industry = value;
                case COMPANY_LOCATION -> location = value;
                case COMPANY_STATUS -> {
                    status = RecordCells.choice(value, STATUSES);
                    if (status == null) {
                        errors.put(column, "Enter Prospect, Client or Former");
                    }
                }
                case OWNER -> {
                    owner = membersByEmail.get(value.toLowerCase(Locale.ROOT));
                    if (owner == null) {
                        errors.put(column, "No member of your firm signs in with this email");
                    }
                }
                case FULL_NAME -> {
                    String[] parts = CandidateRows.splitName(value);
                    first = first == null ? parts[0] : first;
                    last = last == null ? parts[1] : last;
                }
                case FIRST_NAME -> first = value;
                case LAST_NAME -> last = value;
                case CONTACT_TITLE -> title = value;
                // a contact has one email and one phone: the first column that has one
                case EMAIL -> email = email == null ? value : email;
                case PHONE -> phone = phone == null ? value : phone;
                case LINKEDIN -> linkedin = value;
                default -> { }
            }
            contact |= switch (field) {
                case FULL_NAME, FIRST_NAME, LAST_NAME, CONTACT_TITLE, EMAIL, PHONE, LINKEDIN -> true;
                default -> false;
            };
        }
        return new Parsed(name, website, industry, location, status, owner, contact, first, last, title, email, phone,
                linkedin, errors);
    }

    /** What the import knows while it goes through the rows: the firm's companies, and what earlier rows did. */
    private final class Pass {
        final Map<String, List<UUID>> companiesByKey = new HashMap<>();
        final Map<String, Integer> companyLines = new HashMap<>();
        final Map<String, Integer> contactLines = new HashMap<>();
        final Map<UUID, List<ContactDetails>> contacts = new HashMap<>();
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

        List<ContactDetails> contactsOf(UUID companyId) {
            return contacts.computeIfAbsent(companyId, companies::contactsOf);
        }
    }

    /** What a row will do: the outcome, and for a writing row the drafts to create or update. */
    private record Plan(RowCheck.Outcome outcome, String reason, Map<Integer, String> cellErrors, String companyKey,
            UUID companyId, CompanySummary companyBefore, CompanyDraft company, UUID contactId,
            ContactDetails contactBefore, ContactDraft contact) {
    }

    private Plan plan(Parsed row, int line, ColumnMapping mapping, Pass pass) {
        Map<Integer, String> cellErrors = new LinkedHashMap<>(row.cellErrors());
        List<String> reasons = new ArrayList<>();
        row.cellErrors().forEach((column, message) -> reasons.add(mapping.field(column).label() + ": " + message));
        String key = RecordCells.companyKey(row.companyName());
        List<UUID> matches = key.isEmpty() ? List.of() : pass.companiesByKey.getOrDefault(key, List.of());
        if (matches.size() > 1) {
            return skipped(RowCheck.Outcome.DUPLICATE, matches.size() + " companies of your firm are called \""
                    + row.companyName() + "\": rename all but one first");
        }
        Integer earlierLine = pass.companyLines.get(key);
        UUID companyId = matches.isEmpty() ? null : matches.getFirst();
        CompanySummary before = companyId == null ? null : companies.get(companyId);
        CompanyDraft company = null;
        Map<String, String> companyErrors;
        if (before != null) {
            CompanyDraft current = draftOf(before);
            CompanyDraft merged = new CompanyDraft(current.name(), or(row.website(), current.website()),
                    or(row.industry(), current.industry()), or(row.location(), current.location()),
                    row.status() != null ? row.status() : current.status(),
                    row.ownerId() != null ? row.ownerId() : current.ownerId());
            boolean first = earlierLine == null && !pass.touched.contains(companyId);
            company = first && !sameCompany(merged, current) ? merged : null;
            companyErrors = company == null ? Map.of() : companies.validate(companyId, merged);
        } else if (earlierLine == null) {
            company = new CompanyDraft(row.companyName(), row.website(), row.industry(), row.location(),
                    row.status() != null ? row.status() : CompanyStatus.PROSPECT, row.ownerId());
            companyErrors = companies.validate(null, company);
        } else {
            // an earlier row of the file creates it
            companyErrors = Map.of();
        }
        companyErrors.forEach((field, message) -> {
            reasons.add(companyLabel(field) + ": " + message);
            RecordCells.columnsOf(mapping, companyFields(field)).forEach(column -> cellErrors.putIfAbsent(column,
                    message));
        });
        UUID contactId = null;
        ContactDetails contactBefore = null;
        ContactDraft contact = null;
        String contactKey = null;
        if (row.hasContact()) {
            contactKey = key + "|" + (row.email() != null ? "email:" + row.email().toLowerCase(Locale.ROOT)
                    : "name:" + RecordCells.folded(row.firstName()) + " " + RecordCells.folded(row.lastName()));
            List<ContactDetails> existing = companyId == null ? List.of() : matching(pass.contactsOf(companyId), row);
            if (existing.size() > 1) {
                return skipped(RowCheck.Outcome.DUPLICATE, existing.size() + " contacts at " + before.name()
                        + " match this row: merge them first");
            }
            Map<String, String> contactErrors;
            if (existing.size() == 1) {
                contactBefore = existing.getFirst();
                ContactDraft current = draftOf(contactBefore);
                ContactDraft merged = new ContactDraft(companyId, or(row.firstName(), current.firstName()),
                        or(row.lastName(), current.lastName()), or(row.title(), current.title()),
                        or(row.email(), current.email()), or(row.phone(), current.phone()),
                        or(row.linkedinUrl(), current.linkedinUrl()));
                contactId = contactBefore.id();
                contact = sameContact(merged, current) ? null : merged;
                contactErrors = contact == null ? Map.of() : companies.validateContact(merged);
            } else {
                contact = new ContactDraft(companyId, row.firstName(), row.lastName(), row.title(), row.email(),
                        row.phone(), row.linkedinUrl());
                contactErrors = new LinkedHashMap<>(companies.validateContact(contact));
                if (companyId == null) {
                    // the company is created first: it is not there to name yet
                    contactErrors.remove("companyId");
                }
            }
            contactErrors.forEach((field, message) -> {
                reasons.add(contactLabel(field) + ": " + message);
                RecordCells.columnsOf(mapping, contactFields(field)).forEach(column -> cellErrors.putIfAbsent(column,
                        message));
            });
        }
        if (!reasons.isEmpty()) {
            return new Plan(RowCheck.Outcome.INVALID, RecordCells.reason(reasons), cellErrors, key, null, null, null,
                    null, null, null);
        }
        if (contactKey != null && pass.contactLines.containsKey(contactKey)) {
            return skipped(RowCheck.Outcome.DUPLICATE, "Same contact as line " + pass.contactLines.get(contactKey));
        }
        pass.companyLines.putIfAbsent(key, line);
        if (contactKey != null) {
            pass.contactLines.put(contactKey, line);
        }
        String companyName = before != null ? before.name() : row.companyName().strip();
        String contactName = contact != null ? contact.firstName() + " " + contact.lastName() : null;
        boolean createsCompany = before == null && earlierLine == null;
        boolean createsContact = row.hasContact() && contactBefore == null;
        if (createsCompany || createsContact) {
            String reason = createsCompany ? "Creates " + companyName + (createsContact ? " with contact "
                    + contactName : "") : "Adds contact " + contactName + " to " + companyName
                    + (company != null ? ", and updates " + companyName : "");
            return new Plan(RowCheck.Outcome.CREATE, reason, Map.of(), key, companyId, before, company, contactId,
                    contactBefore, contact);
        }
        if (company != null || contact != null) {
            List<String> updates = new ArrayList<>();
            if (company != null) {
                updates.add("updates " + companyName);
            }
            if (contact != null) {
                updates.add("updates contact " + contactName + " at " + companyName);
            }
            String reason = String.join(", ", updates);
            return new Plan(RowCheck.Outcome.UPDATE, Character.toUpperCase(reason.charAt(0)) + reason.substring(1),
                    Map.of(), key, companyId, before, company, contactId, contactBefore, contact);
        }
        return skipped(RowCheck.Outcome.DUPLICATE, earlierLine != null && !row.hasContact()
                ? "Same company as line " + earlierLine : "Already in your firm as this row has it");
    }

    private static Plan skipped(RowCheck.Outcome outcome, String reason) {
        return new Plan(outcome, reason, Map.of(), null, null, null, null, null, null, null);
    }

    @Override
    public List<RowCheck> check(List<List<String>> rows, List<Integer> lines, ColumnMapping mapping) {
        Pass pass = new Pass(Set.of());
        List<RowCheck> checks = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Plan plan = plan(parse(rows.get(i), mapping, pass.membersByEmail), lines.get(i), mapping, pass);
            checks.add(new RowCheck(i, lines.get(i), plan.outcome(), plan.reason(), plan.cellErrors(),
                    plan.companyId()));
        }
        return checks;
    }

    @Override
    public Written write(Map<Integer, List<String>> rows, ColumnMapping mapping, Set<UUID> touched) {
        Pass pass = new Pass(new HashSet<>(touched));
        List<ImportRecords.Entry> entries = new ArrayList<>();
        List<ImportChanges.Change> changes = new ArrayList<>();
        for (var row : rows.entrySet()) {
            int number = row.getKey() + 1;
            Plan plan = plan(parse(row.getValue(), mapping, pass.membersByEmail), number, mapping, pass);
            if (!plan.outcome().writes()) {
                entries.add(new ImportRecords.Entry(number, ImportRecords.Outcome.SKIPPED, plan.reason(), null, null,
                        null));
                continue;
            }
            UUID companyId = plan.companyId();
            if (companyId == null && plan.company() != null) {
                CompanySummary created = companies.create(plan.company());
                companyId = created.id();
                changes.add(new ImportChanges.Change(number, ImportChanges.Entity.COMPANY, companyId,
                        ImportChanges.Action.CREATED, null, created.version()));
                pass.companiesByKey.put(plan.companyKey(), List.of(companyId));
                pass.touched.add(companyId);
            } else if (companyId == null) {
                companyId = pass.companiesByKey.get(plan.companyKey()).getFirst();
            } else if (plan.company() != null) {
                CompanySummary after = companies.update(companyId, plan.companyBefore().version(), plan.company());
                changes.add(new ImportChanges.Change(number, ImportChanges.Entity.COMPANY, companyId,
                        ImportChanges.Action.UPDATED, seal(draftOf(plan.companyBefore())),
                        after.version()));
                pass.touched.add(companyId);
            }
            if (plan.contact() != null && plan.contactId() == null) {
                ContactDraft draft = plan.contact();
                ContactDetails created = companies.createContact(new ContactDraft(companyId, draft.firstName(),
                        draft.lastName(), draft.title(), draft.email(), draft.phone(), draft.linkedinUrl()));
                changes.add(new ImportChanges.Change(number, ImportChanges.Entity.CONTACT, created.id(),
                        ImportChanges.Action.CREATED, null, created.version()));
                pass.contacts.remove(companyId);
            } else if (plan.contact() != null) {
                ContactDetails after = companies.updateContact(plan.contactId(), plan.contactBefore().version(),
                        plan.contact());
                changes.add(new ImportChanges.Change(number, ImportChanges.Entity.CONTACT, after.id(),
                        ImportChanges.Action.UPDATED, seal(draftOf(plan.contactBefore())),
                        after.version()));
                pass.contacts.remove(companyId);
            }
            entries.add(new ImportRecords.Entry(number, plan.outcome() == RowCheck.Outcome.CREATE
                    ? ImportRecords.Outcome.CREATED : ImportRecords.Outcome.UPDATED, null, null, null, null));
        }
        return new Written(entries, changes);
    }

    @Override
    public Undone undo(ImportChanges.Change change) {
        if (change.entity() == ImportChanges.Entity.CONTACT) {
            ContactDetails current = companies.findContact(change.entityId()).orElse(null);
            if (current == null) {
                return new Undone(Undone.Result.GONE, "contact");
            }
            String name = "contact " + current.fullName();
            if (current.version() != change.versionAfter()) {
                return new Undone(Undone.Result.KEPT, name);
            }
            if (change.action() == ImportChanges.Action.CREATED) {
                return new Undone(companies.removeImportedContact(current.id(), change.versionAfter())
                        ? Undone.Result.REMOVED : Undone.Result.KEPT, name);
            }
            ContactDraft previous = json.readValue(open(change), ContactDraft.class);
            if (!companies.validateContact(previous).isEmpty()) {
                return new Undone(Undone.Result.KEPT, name);
            }
            companies.updateContact(current.id(), change.versionAfter(), previous);
            return new Undone(Undone.Result.RESTORED, name);
        }
        CompanySummary current = companies.find(change.entityId()).orElse(null);
        if (current == null) {
            return new Undone(Undone.Result.GONE, "company");
        }
        String name = "company " + current.name();
        if (current.version() != change.versionAfter()) {
            return new Undone(Undone.Result.KEPT, name);
        }
        if (change.action() == ImportChanges.Action.CREATED) {
            return new Undone(companies.removeImported(current.id(), change.versionAfter()) ? Undone.Result.REMOVED
                    : Undone.Result.KEPT, name);
        }
        CompanyDraft previous = json.readValue(open(change), CompanyDraft.class);
        if (!companies.validate(current.id(), previous).isEmpty()) {
            return new Undone(Undone.Result.KEPT, name);
        }
        companies.update(current.id(), change.versionAfter(), previous);
        return new Undone(Undone.Result.RESTORED, name);
    }

    // ----

    private static List<ContactDetails> matching(List<ContactDetails> contacts, Parsed row) {
        if (row.email() != null) {
            List<ContactDetails> byEmail = contacts.stream().filter(contact -> row.email()
                    .equalsIgnoreCase(contact.email())).toList();
            if (!byEmail.isEmpty()) {
                return byEmail;
            }
        }
        String first = RecordCells.folded(row.firstName());
        String last = RecordCells.folded(row.lastName());
        if (first.isEmpty() || last.isEmpty()) {
            return List.of();
        }
        // a namesake with another email is another person
        return contacts.stream().filter(contact -> first.equals(RecordCells.folded(contact.firstName()))
                && last.equals(RecordCells.folded(contact.lastName()))
                && (row.email() == null || contact.email() == null)).toList();
    }

    static CompanyDraft draftOf(CompanySummary company) {
        return new CompanyDraft(company.name(), company.website(), company.industry(), company.location(),
                company.status(), company.ownerId());
    }

    static ContactDraft draftOf(ContactDetails contact) {
        return new ContactDraft(contact.companyId(), contact.firstName(), contact.lastName(), contact.title(),
                contact.email(), contact.phone(), contact.linkedinUrl());
    }

    /** Whether the merged draft would change nothing the company has (its website as typed or as stored). */
    private static boolean sameCompany(CompanyDraft merged, CompanyDraft current) {
        return Objects.equals(merged.industry(), current.industry())
                && Objects.equals(merged.location(), current.location()) && merged.status() == current.status()
                && Objects.equals(merged.ownerId(), current.ownerId())
                && Objects.equals(websiteKey(merged.website()), websiteKey(current.website()));
    }

    /** Whether the merged draft would change nothing the contact has (email in any case, phone in any format). */
    private static boolean sameContact(ContactDraft merged, ContactDraft current) {
        return Objects.equals(merged.firstName(), current.firstName())
                && Objects.equals(merged.lastName(), current.lastName())
                && Objects.equals(merged.title(), current.title())
                && Objects.equals(lower(merged.email()), lower(current.email()))
                && Objects.equals(digits(merged.phone()), digits(current.phone()))
                && Objects.equals(websiteKey(merged.linkedinUrl()), websiteKey(current.linkedinUrl()));
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static String digits(String phone) {
        return phone == null ? null : phone.replaceAll("[^\\d]", "").replaceFirst("^0+", "");
    }

    private static String websiteKey(String website) {
        return website == null ? null : website.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "")
                .replaceFirst("^www\\.", "").replaceFirst("/$", "");
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private dev.wecruit.platform.crypto.SealedText seal(Object draft) {
        return cipher.seal(json.writeValueAsString(draft));
    }

    private String open(ImportChanges.Change change) {
        return cipher.open(change.previous(), new FieldRef("Import change", change.entityId(), "previous_enc"));
    }

    private static List<ImportField> companyFields(String field) {
        return switch (field) {
            case "name" -> List.of(ImportField.COMPANY_NAME);
            case "website" -> List.of(ImportField.WEBSITE);
            case "industry" -> List.of(ImportField.INDUSTRY);
            case "location" -> List.of(ImportField.COMPANY_LOCATION);
            case "status" -> List.of(ImportField.COMPANY_STATUS);
            case "ownerId" -> List.of(ImportField.OWNER);
            default -> List.of();
        };
    }

    private static String companyLabel(String field) {
        List<ImportField> fields = companyFields(field);
        return fields.isEmpty() ? "Company" : fields.getFirst().label();
    }

    private static List<ImportField> contactFields(String field) {
        return switch (field) {
            case "firstName" -> List.of(ImportField.FIRST_NAME, ImportField.FULL_NAME);
            case "lastName" -> List.of(ImportField.LAST_NAME, ImportField.FULL_NAME);
            case "title" -> List.of(ImportField.CONTACT_TITLE);
            case "email" -> List.of(ImportField.EMAIL);
            case "phone" -> List.of(ImportField.PHONE);
            case "linkedinUrl" -> List.of(ImportField.LINKEDIN);
            case "companyId" -> List.of(ImportField.COMPANY_NAME);
            default -> List.of();
        };
    }

    private static String contactLabel(String field) {
        return switch (field) {
            case "firstName" -> "Contact's first name";
            case "lastName" -> "Contact's last name";
            case "companyId" -> "Company name";
            default -> {
                List<ImportField> fields = contactFields(field);
                yield fields.isEmpty() ? "Contact" : fields.getFirst().label();
            }
        };
    }
}
