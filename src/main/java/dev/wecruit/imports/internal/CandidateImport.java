package dev.wecruit.imports.internal;

import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateDraft;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DuplicateCandidates;
import dev.wecruit.candidates.PossibleDuplicate;
import dev.wecruit.imports.ColumnMapping;
import dev.wecruit.imports.RowCheck;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Checks and writes candidate rows with the candidate feature's own rules ({@link CandidateService#validate}): a row
 * is invalid with the form's messages, a duplicate of an earlier row of the file (same email or phone), an update of
 * the one existing candidate with its email or phone, a possible duplicate of an existing candidate (a similar name
 * with the same employer, location or LinkedIn: skipped, naming whom and why), or a new candidate. Who is already
 * there comes from {@link DuplicateCandidates}, in one batch for the whole file (decision 0039). Runs in its callers'
 * transactions.
 */
@Component
public class CandidateImport {

    public static final String SOURCE = "Import";

    private final CandidateService candidates;
    private final DuplicateCandidates duplicates;
    private final PiiCipher cipher;
    private final ObjectMapper json;

    CandidateImport(CandidateService candidates, DuplicateCandidates duplicates, PiiCipher cipher, ObjectMapper json) {
        this.candidates = candidates;
        this.duplicates = duplicates;
        this.cipher = cipher;
        this.json = json;
    }

    /** The source a candidate gets when the file has no source column. */
    public static String sourceOf(ColumnMapping mapping) {
        return ColumnSuggestions.LINKEDIN_EXPORT.equals(mapping.layout()) ? "LinkedIn" : SOURCE;
    }

    /** Every row's check, in order, as a dry run reports it and as the import will act. */
    public List<RowCheck> check(List<List<String>> rows, List<Integer> lines, ColumnMapping mapping) {
        String source = sourceOf(mapping);
        List<CandidateRows.Mapped> mapped = rows.stream().map(row -> CandidateRows.map(row, mapping, source)).toList();
        List<Map<String, String>> errors = mapped.stream().map(row -> candidates.validate(row.draft())).toList();
        // who is there already, for every valid row in one batch: the same email or phone, or a similar name
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < mapped.size(); i++) {
            if (errors.get(i).isEmpty() && mapped.get(i).cellErrors().isEmpty()) {
                valid.add(i);
            }
        }
        List<List<PossibleDuplicate>> found = duplicates.possibleDuplicatesOfAll(
                valid.stream().map(i -> mapped.get(i).draft()).toList());
        Map<Integer, List<PossibleDuplicate>> existing = new HashMap<>();
        for (int v = 0; v < valid.size(); v++) {
            existing.put(valid.get(v), found.get(v));
        }
        Map<String, Integer> seen = new HashMap<>();
        List<RowCheck> checks = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CandidateRows.Mapped row = mapped.get(i);
            int line = lines.get(i);
            Map<Integer, String> cellErrors = new LinkedHashMap<>(row.cellErrors());
            Map<String, String> fieldErrors = new LinkedHashMap<>(errors.get(i));
            fieldErrors.forEach((field, message) -> CandidateRows.columnsOf(field, mapping)
                    .forEach(column -> cellErrors.putIfAbsent(column, message)));
            if (!fieldErrors.isEmpty() || !row.cellErrors().isEmpty()) {
                checks.add(new RowCheck(i, line, RowCheck.Outcome.INVALID, reason(fieldErrors, row, mapping),
                        cellErrors, null));
                continue;
            }
            Integer earlier = null;
            String sameWhat = null;
            for (String key : keysOf(row.draft())) {
                earlier = seen.get(key);
                if (earlier != null) {
                    sameWhat = key.startsWith("email:") ? "email" : "phone";
                    break;
                }
            }
            if (earlier != null) {
                checks.add(new RowCheck(i, line, RowCheck.Outcome.DUPLICATE, "Same " + sameWhat + " as line "
                        + earlier, Map.of(), null));
                continue;
            }
            keysOf(row.draft()).forEach(key -> seen.putIfAbsent(key, line));
            List<PossibleDuplicate> all = existing.getOrDefault(i, List.of());
            List<UUID> matches = exactIds(all);
            List<PossibleDuplicate> similar = all.stream().filter(d -> !d.exact()).toList();
            if (matches.size() > 1) {
                checks.add(new RowCheck(i, line, RowCheck.Outcome.DUPLICATE, "Matches " + matches.size()
                        + " existing candidates by email or phone: merge them first", Map.of(), null));
            } else if (matches.size() == 1) {
                CandidateDetails current = candidates.get(matches.getFirst());
                Map<String, String> mergedErrors = candidates.validate(merged(current, row.draft()));
                if (!mergedErrors.isEmpty()) {
                    checks.add(new RowCheck(i, line, RowCheck.Outcome.INVALID, "With the existing candidate's values: "
                            + reason(mergedErrors, row, mapping), Map.of(), current.id()));
                } else {
                    checks.add(new RowCheck(i, line, RowCheck.Outcome.UPDATE, "Updates " + current.fullName(),
                            Map.of(), current.id()));
                }
            } else if (!similar.isEmpty()) {
                checks.add(new RowCheck(i, line, RowCheck.Outcome.DUPLICATE, possibleDuplicate(similar), Map.of(),
                        null));
            } else {
                checks.add(new RowCheck(i, line, RowCheck.Outcome.CREATE, null, Map.of(), null));
            }
        }
        return checks;
    }

    /** The candidates with the same email or phone (the most likely first). */
    private static List<UUID> exactIds(List<PossibleDuplicate> found) {
        return found.stream().filter(PossibleDuplicate::exact).map(d -> d.candidate().id()).distinct().toList();
    }

    /** "Possible duplicate of Jane Doe (similar name (0.95) and same employer Acme, confidence 0.86)". */
    static String possibleDuplicate(List<PossibleDuplicate> similar) {
        PossibleDuplicate likeliest = similar.getFirst();
        String reason = likeliest.reason();
        String text = "Possible duplicate of " + likeliest.candidate().fullName() + " ("
                + Character.toLowerCase(reason.charAt(0)) + reason.substring(1) + ", confidence "
                + String.format(Locale.ROOT, "%.2f", likeliest.confidence()) + ")";
        return similar.size() == 1 ? text : text + " and " + (similar.size() - 1) + " more";
    }

    /**
     * Writes the rows (their places from 0 as given), each again checked against the firm as it is now: new ones in
     * one batch, updates one by one with a snapshot of what they change.
     *
     * @return each row's record
     */
    public List<ImportRecords.Entry> write(Map<Integer, List<String>> rows, ColumnMapping mapping) {
        String source = sourceOf(mapping);
        List<ImportRecords.Entry> entries = new ArrayList<>();
        List<Integer> toCreate = new ArrayList<>();
        List<CandidateDraft> drafts = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<CandidateRows.Mapped> valid = new ArrayList<>();
        for (var row : rows.entrySet()) {
            int number = row.getKey() + 1;
            CandidateRows.Mapped mapped = CandidateRows.map(row.getValue(), mapping, source);
            Map<String, String> errors = candidates.validate(mapped.draft());
            if (!errors.isEmpty() || !mapped.cellErrors().isEmpty()) {
                entries.add(skipped(number, reason(errors, mapped, mapping)));
            } else {
                numbers.add(number);
                valid.add(mapped);
            }
        }
        // checked again against the firm as it is now, by email and phone only: the similar names were checked when
        // the import started, and those rows have their record already (decision 0039)
        List<List<PossibleDuplicate>> found = duplicates.exactDuplicatesOfAll(
                valid.stream().map(CandidateRows.Mapped::draft).toList());
        for (int v = 0; v < valid.size(); v++) {
            int number = numbers.get(v);
            CandidateRows.Mapped mapped = valid.get(v);
            List<UUID> matches = exactIds(found.get(v));
            if (matches.size() > 1) {
                entries.add(skipped(number, "Matches " + matches.size()
                        + " existing candidates by email or phone: merge them first"));
            } else if (matches.size() == 1) {
                CandidateDetails current = candidates.get(matches.getFirst());
                CandidateDraft before = current.toDraft().toBuilder().legalHold(null).legalHoldReason(null).build();
                try {
                    CandidateDetails after = candidates.update(current.id(), current.version(),
                            merged(current, mapped.draft()));
                    entries.add(new ImportRecords.Entry(number, ImportRecords.Outcome.UPDATED, null, after.id(),
                            cipher.seal(json.writeValueAsString(before)), after.version()));
                } catch (InvalidInputException e) {
                    entries.add(skipped(number, reason(e.fieldErrors(), mapped, mapping)));
                }
            } else {
                toCreate.add(number);
                drafts.add(mapped.draft());
            }
        }
        List<UUID> ids = candidates.createAll(drafts);
        for (int i = 0; i < ids.size(); i++) {
            // a candidate is created at version 0: undo removes it only while it still is
            entries.add(new ImportRecords.Entry(toCreate.get(i), ImportRecords.Outcome.CREATED, null, ids.get(i),
                    null, 0L));
        }
        entries.sort(java.util.Comparator.comparingInt(ImportRecords.Entry::row));
        return entries;
    }

    /** A snapshot taken by {@link #write}, to restore on undo. */
    public CandidateDraft snapshot(dev.wecruit.platform.crypto.SealedText sealed, UUID candidateId) {
        return json.readValue(cipher.open(sealed, new dev.wecruit.platform.crypto.FieldRef("Import record",
                candidateId, "previous_enc")), CandidateDraft.class);
    }

    /** The existing candidate with the row's values where it has any; emails, phones, skills and tags added to. */
    static CandidateDraft merged(CandidateDetails current, CandidateDraft row) {
        return current.toDraft().toBuilder()
                .firstName(or(row.firstName(), current.firstName()))
                .lastName(or(row.lastName(), current.lastName()))
                .emails(union(current.emails(), row.emails()))
                .phones(union(current.phones(), row.phones()))
                .address(or(row.address(), current.address()))
                .linkedinUrl(or(row.linkedinUrl(), current.linkedinUrl()))
                .location(or(row.location(), current.location()))
                .currentTitle(or(row.currentTitle(), current.currentTitle()))
                .currentCompany(or(row.currentCompany(), current.currentCompany()))
                .skills(union(current.skills(), row.skills()))
                .tags(union(current.tags(), row.tags()))
                .yearsOfExperience(row.yearsOfExperience() != null ? row.yearsOfExperience()
                        : current.yearsOfExperience())
                .source(current.source() != null ? current.source() : row.source())
                // the import says nothing of holds: the candidate keeps theirs
                .legalHold(null).legalHoldReason(null)
                .build();
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static List<String> union(List<String> first, List<String> second) {
        Set<String> folded = new java.util.HashSet<>();
        List<String> values = new ArrayList<>();
        for (String value : Stream.concat(orEmpty(first).stream(), orEmpty(second).stream()).toList()) {
            if (value != null && folded.add(value.strip().toLowerCase(Locale.ROOT))) {
                values.add(value);
            }
        }
        return values;
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    /** A row's emails and phones as the file holds them, folded: how two rows of one file are found the same. */
    private static List<String> keysOf(CandidateDraft draft) {
        List<String> keys = new ArrayList<>();
        orEmpty(draft.emails()).forEach(email -> keys.add("email:" + email.strip().toLowerCase(Locale.ROOT)));
        orEmpty(draft.phones()).stream().map(phone -> phone.replaceAll("[^\\d+]", "")).filter(Objects::nonNull)
                .filter(phone -> phone.length() >= 6).forEach(phone -> keys.add("phone:" + phone));
        return keys;
    }

    private static String reason(Map<String, String> fieldErrors, CandidateRows.Mapped row, ColumnMapping mapping) {
        List<String> parts = new ArrayList<>();
        fieldErrors.forEach((field, message) -> parts.add(CandidateRows.labelOf(field) + ": " + message));
        row.cellErrors().forEach((column, message) -> parts.add(mapping.field(column).label() + ": " + message));
        String joined = String.join("; ", parts);
        return joined.length() > 900 ? joined.substring(0, 900) + "…" : joined;
    }

    private static ImportRecords.Entry skipped(int row, String reason) {
        return new ImportRecords.Entry(row, ImportRecords.Outcome.SKIPPED, reason, null, null, null);
    }
}
