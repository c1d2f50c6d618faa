package dev.wecruit.imports.internal;

import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateDraft;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.imports.ColumnMapping;
import dev.wecruit.imports.RowCheck;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * the one existing candidate with its email or phone, or a new candidate. Runs in its callers' transactions.
 */
@Component
public class CandidateImport {

    public static final String SOURCE = "Import";

    private final CandidateService candidates;
    private final PiiCipher cipher;
    private final ObjectMapper json;

    CandidateImport(CandidateService candidates, PiiCipher cipher, ObjectMapper json) {
        this.candidates = candidates;
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
        List<List<UUID>> existing = existingMatches(mapped.stream().map(CandidateRows.Mapped::draft).toList());
        Map<String, Integer> seen = new HashMap<>();
        List<RowCheck> checks = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CandidateRows.Mapped row = mapped.get(i);
            int line = lines.get(i);
            Map<Integer, String> cellErrors = new LinkedHashMap<>(row.cellErrors());
            Map<String, String> fieldErrors = new LinkedHashMap<>(candidates.validate(row.draft()));
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
            List<UUID> matches = existing.get(i);
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
            } else {
                checks.add(new RowCheck(i, line, RowCheck.Outcome.CREATE, null, Map.of(), null));
            }
        }
        return checks;
    }

    /**
     * The existing candidates each draft matches: the same email or phone (blind index), within the firm. The one
     * place an import asks who is already there, so a fuzzier lookup (similar names) can take its place.
     */
    List<List<UUID>> existingMatches(List<CandidateDraft> drafts) {
        List<List<UUID>> matches = new ArrayList<>(drafts.size());
        for (CandidateDraft draft : drafts) {
            Set<UUID> ids = new LinkedHashSet<>();
            Stream.concat(orEmpty(draft.emails()).stream().map(candidates::findByEmail),
                            orEmpty(draft.phones()).stream().map(candidates::findByPhone))
                    .flatMap(List::stream).map(CandidateSummary::id).forEach(ids::add);
            matches.add(List.copyOf(ids));
        }
        return matches;
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
        for (var row : rows.entrySet()) {
            int number = row.getKey() + 1;
            CandidateRows.Mapped mapped = CandidateRows.map(row.getValue(), mapping, source);
            Map<String, String> errors = candidates.validate(mapped.draft());
            if (!errors.isEmpty() || !mapped.cellErrors().isEmpty()) {
                entries.add(skipped(number, reason(errors, mapped, mapping)));
                continue;
            }
            List<UUID> matches = existingMatches(List.of(mapped.draft())).getFirst();
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
