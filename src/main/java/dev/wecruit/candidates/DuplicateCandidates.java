package dev.wecruit.candidates;

import dev.wecruit.candidates.internal.DuplicateLookup;
import dev.wecruit.candidates.internal.JaroWinkler;
import dev.wecruit.platform.crypto.BlindIndex;
import dev.wecruit.platform.crypto.FieldRef;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.platform.crypto.SealedText;
import dev.wecruit.platform.validation.InputValidator;
import dev.wecruit.shared.EmailAddress;
import dev.wecruit.shared.FieldErrors;
import dev.wecruit.shared.PhoneNumber;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the firm's candidates who may be the same person: exactly, by the same email or phone (through the blind
 * index, no value decrypted), or fuzzily, by a similar name (Jaro-Winkler on the decrypted names) together with the
 * same employer, location or LinkedIn profile. Names are sealed, so the candidates worth comparing are found first
 * through the index (those with the same three-letter first-name and last-name prefixes); only those few are
 * decrypted, here, and never the whole firm. A batch of drafts costs a handful of statements, whatever its size.
 * Every method acts on the current firm only (row-level security); viewers see nothing of it.
 */
@Service
@Transactional(readOnly = true)
public class DuplicateCandidates {

    /** Names at least this similar (Jaro-Winkler, 0 to 1) are "similar". */
    public static final double NAME_THRESHOLD = 0.88;
    /** Most candidates one stretch of the firm-wide scan goes through. */
    public static final int MAX_SCAN_BATCH = 2_000;

    private static final int PREFIX = 3;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final DuplicateLookup lookup;
    private final CandidateService candidates;
    private final BlindIndex blindIndex;
    private final PiiCipher cipher;
    private final InputValidator validator;

    DuplicateCandidates(DuplicateLookup lookup, CandidateService candidates, BlindIndex blindIndex, PiiCipher cipher,
            InputValidator validator) {
        this.lookup = lookup;
        this.candidates = candidates;
        this.blindIndex = blindIndex;
        this.cipher = cipher;
        this.validator = validator;
    }

    /**
     * The firm's candidates who may be the person the draft describes, most likely first: what the candidate form
     * warns about before saving (it still saves). Invalid emails or phones in the draft are simply not compared.
     */
    @RequiresRole(Role.RECRUITER)
    public List<PossibleDuplicate> possibleDuplicatesOf(CandidateDraft draft) {
        return possibleDuplicatesOfAll(List.of(draft)).getFirst();
    }

    /**
     * {@link #possibleDuplicatesOf} for many drafts at once (an import's rows), in a few statements for the whole
     * batch rather than one query per row. Drafts are compared with the firm's stored candidates, not with each
     * other.
     *
     * @return one list per draft, in the drafts' order
     */
    @RequiresRole(Role.RECRUITER)
    public List<List<PossibleDuplicate>> possibleDuplicatesOfAll(List<CandidateDraft> drafts) {
        return duplicatesOfAll(drafts, true);
    }

    /**
     * Only the exact duplicates of each draft (the same email or phone), in one statement for the batch and without
     * decrypting anything: what an import's writing checks each row against again, just before it writes.
     *
     * @return one list per draft, in the drafts' order
     */
    @RequiresRole(Role.RECRUITER)
    public List<List<PossibleDuplicate>> exactDuplicatesOfAll(List<CandidateDraft> drafts) {
        return duplicatesOfAll(drafts, false);
    }

    private List<List<PossibleDuplicate>> duplicatesOfAll(List<CandidateDraft> drafts, boolean fuzzy) {
        List<Probe> probes = drafts.stream().map(this::probeOf).toList();
        List<Map<UUID, Found>> found = match(probes, fuzzy, false);
        Set<UUID> ids = new HashSet<>();
        found.forEach(byId -> ids.addAll(byId.keySet()));
        Map<UUID, CandidateSummary> summaries = candidates.summaries(ids);
        return found.stream().map(byId -> byId.values().stream()
                .filter(f -> summaries.containsKey(f.id()))
                .sorted(Comparator.comparingDouble(Found::confidence).reversed())
                .map(f -> new PossibleDuplicate(summaries.get(f.id()), f.reason(), f.confidence(), f.exact()))
                .toList()).toList();
    }

    /**
     * The firm's other candidates who may be the same person as this one: what the candidate page shows. None for
     * an anonymised candidate.
     *
     * @throws RecordNotFoundException also for another firm's candidate
     */
    @RequiresRole(Role.RECRUITER)
    public List<PossibleDuplicate> possibleDuplicatesOfCandidate(UUID candidateId) {
        List<DuplicateLookup.Row> rows = lookup.rows(List.of(candidateId));
        if (rows.isEmpty()) {
            if (candidates.exists(candidateId)) {
                return List.of(); // anonymised: names no one, so is no one's duplicate
            }
            throw new RecordNotFoundException("candidate", candidateId);
        }
        Map<UUID, Found> found = match(List.of(probeOf(rows.getFirst())), true, false).getFirst();
        Map<UUID, CandidateSummary> summaries = candidates.summaries(found.keySet());
        return found.values().stream().filter(f -> summaries.containsKey(f.id()))
                .sorted(Comparator.comparingDouble(Found::confidence).reversed())
                .map(f -> new PossibleDuplicate(summaries.get(f.id()), f.reason(), f.confidence(), f.exact()))
                .toList();
    }

    /**
     * One stretch of the firm-wide scan: the next {@code batch} candidates in id order after {@code after} (null:
     * from the start), each compared with the whole firm, and the pairs found whose first (lower-id) candidate is
     * in the stretch. Going from the start until {@link DuplicateScanPage#done} finds every pair once; each stretch
     * is a bounded amount of work, so a caller can page through a large firm or scan it in the background.
     */
    @RequiresRole(Role.RECRUITER)
    public DuplicateScanPage scan(UUID after, int batch) {
        int size = Math.max(1, Math.min(batch, MAX_SCAN_BATCH));
        List<DuplicateLookup.Row> rows = lookup.after(after, size);
        if (rows.isEmpty()) {
            return new DuplicateScanPage(List.of(), after, true, 0);
        }
        List<Probe> probes = rows.stream().map(this::probeOf).toList();
        // a pair is reported by its lower id: the stretch need not compare anyone with a lower id than its own
        List<Map<UUID, Found>> found = match(probes, true, true);
        Set<UUID> ids = new HashSet<>();
        record Pending(UUID first, Found found) {
        }
        List<Pending> pending = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            UUID id = rows.get(i).id();
            for (Found f : found.get(i).values()) {
                if (id.compareTo(f.id()) < 0) {
                    pending.add(new Pending(id, f));
                    ids.add(id);
                    ids.add(f.id());
                }
            }
        }
        Map<UUID, CandidateSummary> summaries = candidates.summaries(ids);
        List<DuplicatePair> pairs = pending.stream()
                .filter(p -> summaries.containsKey(p.first()) && summaries.containsKey(p.found().id()))
                .map(p -> new DuplicatePair(summaries.get(p.first()), summaries.get(p.found().id()),
                        p.found().reason(), p.found().confidence()))
                .toList();
        return new DuplicateScanPage(pairs, rows.getLast().id(), rows.size() < size, rows.size());
    }

    /** What a draft or a stored candidate is compared by, decrypted and normalized. */
    private record Probe(UUID self, List<String> emails, List<String> phones, String name, String firstPrefix,
            String lastPrefix, String company, String location, String linkedin) {
    }

    private record Found(UUID id, String reason, double confidence, boolean exact) {
    }

    /** A found candidate's fields, decrypted only when a comparison needs them, and once. */
    private final class Stored {
        private final DuplicateLookup.Row row;
        private String name;
        private String linkedin;
        private boolean linkedinOpened;

        Stored(DuplicateLookup.Row row) {
            this.row = row;
        }

        String name() {
            if (name == null) {
                UUID id = row.id();
                name = fullName(open(row.firstName(), id, "firstName"), open(row.lastName(), id, "lastName"));
            }
            return name;
        }

        String linkedin() {
            if (!linkedinOpened) {
                String url = open(row.linkedinUrl(), row.id(), "linkedinUrl");
                linkedin = url == null ? null : linkedinKey(url);
                linkedinOpened = true;
            }
            return linkedin;
        }
    }

    private Probe probeOf(CandidateDraft draft) {
        FieldErrors ignored = new FieldErrors();
        List<String> emails = new ArrayList<>();
        for (String raw : draft.emails() == null ? List.<String>of() : draft.emails()) {
            try {
                if (raw != null && !raw.isBlank()) {
                    emails.add(EmailAddress.parse(raw).value());
                }
            } catch (IllegalArgumentException e) {
                // not an address: nothing to compare
            }
        }
        List<String> phones = validator.phones(ignored, "phones", draft.phones()).stream().map(PhoneNumber::e164)
                .toList();
        String linkedin = validator.webAddress(ignored, "linkedinUrl", draft.linkedinUrl(), "linkedin.com");
        return probe(null, emails, phones, draft.firstName(), draft.lastName(), draft.currentCompany(),
                draft.location(), linkedin);
    }

    private Probe probeOf(DuplicateLookup.Row row) {
        UUID id = row.id();
        return probe(id, split(open(row.emails(), id, "emails")), split(open(row.phones(), id, "phones")),
                open(row.firstName(), id, "firstName"), open(row.lastName(), id, "lastName"), row.currentCompany(),
                row.location(), open(row.linkedinUrl(), id, "linkedinUrl"));
    }

    private static Probe probe(UUID self, List<String> emails, List<String> phones, String first, String last,
            String company, String location, String linkedin) {
        List<String> firstTokens = tokens(first);
        List<String> lastTokens = tokens(last);
        return new Probe(self, emails, phones, fullName(firstTokens, lastTokens), prefix(firstTokens),
                prefix(lastTokens), plain(company), plain(location), linkedin == null ? null : linkedinKey(linkedin));
    }

    private static String fullName(String first, String last) {
        return fullName(tokens(first), tokens(last));
    }

    private static String fullName(List<String> firstTokens, List<String> lastTokens) {
        return (String.join(" ", firstTokens) + " " + String.join(" ", lastTokens)).strip();
    }

    /**
     * For each probe, the firm's candidates who may be the same person, by id. Three statements for the whole batch
     * (terms, name pairs, the found candidates' fields), whatever its size; one (terms) when {@code fuzzy} is false.
     * With {@code higherOnly}, only candidates with a higher id than the probe's own are compared (the scan).
     */
    private List<Map<UUID, Found>> match(List<Probe> probes, boolean fuzzy, boolean higherOnly) {
        List<Map<UUID, Found>> result = new ArrayList<>(probes.size());
        probes.forEach(p -> result.add(new LinkedHashMap<>()));

        // exact: the same email or phone, through the blind index
        List<UUID> terms = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        Map<UUID, String> labels = new HashMap<>();
        for (int i = 0; i < probes.size(); i++) {
            for (String email : probes.get(i).emails()) {
                UUID term = blindIndex.emailTerm(email);
                terms.add(term);
                places.add(i);
                labels.put(term, "Same email");
            }
            for (String phone : probes.get(i).phones()) {
                UUID term = blindIndex.phoneTerm(phone);
                terms.add(term);
                places.add(i);
                labels.put(term, "Same phone");
            }
        }
        Map<Integer, Map<UUID, Set<String>>> exact = new HashMap<>();
        List<DuplicateLookup.Hit> exactHits = lookup.withTerms(terms, indexes(terms.size()));
        for (DuplicateLookup.Hit hit : exactHits) {
            int probe = places.get(hit.probe());
            if (!worthComparing(probes.get(probe), hit.candidateId(), higherOnly)) {
                continue;
            }
            exact.computeIfAbsent(probe, i -> new HashMap<>())
                    .computeIfAbsent(hit.candidateId(), id -> new HashSet<>())
                    .add(labels.get(terms.get(hit.probe())));
        }

        // fuzzy: who shares both name prefixes, compared by name once decrypted
        List<UUID> firstTerms = new ArrayList<>();
        List<UUID> lastTerms = new ArrayList<>();
        List<Integer> namePlaces = new ArrayList<>();
        for (int i = 0; i < probes.size() && fuzzy; i++) {
            Probe probe = probes.get(i);
            if (probe.firstPrefix() != null && probe.lastPrefix() != null) {
                firstTerms.add(blindIndex.nameQueryTerms(probe.firstPrefix()).getFirst());
                lastTerms.add(blindIndex.nameQueryTerms(probe.lastPrefix()).getFirst());
                namePlaces.add(i);
            }
        }
        Map<Integer, Set<UUID>> nameHits = new HashMap<>();
        for (DuplicateLookup.Hit hit : lookup.withBothTerms(firstTerms, lastTerms, namePlaces)) {
            if (worthComparing(probes.get(hit.probe()), hit.candidateId(), higherOnly)) {
                nameHits.computeIfAbsent(hit.probe(), i -> new HashSet<>()).add(hit.candidateId());
            }
        }
        Set<UUID> toRead = new HashSet<>();
        exact.values().forEach(byId -> toRead.addAll(byId.keySet()));
        nameHits.values().forEach(toRead::addAll);
        Map<UUID, Stored> stored = new HashMap<>();
        for (DuplicateLookup.Row row : lookup.rows(toRead)) {
            stored.put(row.id(), new Stored(row));
        }

        for (int i = 0; i < probes.size(); i++) {
            Probe probe = probes.get(i);
            Set<UUID> ids = new java.util.LinkedHashSet<>();
            ids.addAll(exact.getOrDefault(i, Map.of()).keySet());
            ids.addAll(nameHits.getOrDefault(i, Set.of()));
            for (UUID id : ids) {
                Stored other = stored.get(id);
                if (other == null || id.equals(probe.self())) {
                    continue;
                }
                Set<String> sameContact = exact.getOrDefault(i, Map.of()).getOrDefault(id, Set.of());
                Found similar = fuzzy ? fuzzy(id, probe, other) : null;
                if (!sameContact.isEmpty()) {
                    double confidence = sameContact.contains("Same email") ? 0.99 : 0.95;
                    String reason = sameContact.contains("Same email")
                            ? sameContact.contains("Same phone") ? "Same email and phone" : "Same email"
                            : "Same phone";
                    if (similar != null) {
                        reason = reason + "; " + Character.toLowerCase(similar.reason().charAt(0))
                                + similar.reason().substring(1);
                        confidence = Math.max(confidence, similar.confidence());
                    }
                    result.get(i).put(id, new Found(id, reason, round(confidence), true));
                } else if (similar != null) {
                    result.get(i).put(id, similar);
                }
            }
        }
        return result;
    }

    /**
     * A similar name with the same LinkedIn, employer or location; null when not both. The plain fields are compared
     * first, so a candidate with nothing else in common is never decrypted.
     */
    private static Found fuzzy(UUID id, Probe probe, Stored other) {
        String company = plain(other.row.currentCompany());
        String location = plain(other.row.location());
        boolean sameCompany = probe.company() != null && probe.company().equalsIgnoreCase(company);
        boolean sameLocation = probe.location() != null && probe.location().equalsIgnoreCase(location);
        boolean sameLinkedin = probe.linkedin() != null && other.row.linkedinUrl() != null
                && probe.linkedin().equals(other.linkedin());
        if (!sameCompany && !sameLocation && !sameLinkedin) {
            return null;
        }
        if (probe.name().isEmpty() || other.name().isEmpty()) {
            return null;
        }
        double similarity = JaroWinkler.similarity(probe.name(), other.name());
        if (similarity < NAME_THRESHOLD) {
            return null;
        }
        List<String> same = new ArrayList<>();
        double factor = 0;
        if (sameLinkedin) {
            same.add("LinkedIn");
            factor = 1.0;
        }
        if (sameCompany) {
            same.add("employer " + company);
            factor = Math.max(factor, 0.9);
        }
        if (sameLocation) {
            same.add("location " + location);
            factor = Math.max(factor, 0.8);
        }
        double confidence = Math.min(0.98, similarity * factor + 0.05 * (same.size() - 1));
        String rounded = String.format(Locale.ROOT, "%.2f", similarity);
        return new Found(id, "Similar name (" + rounded + ") and same " + String.join(", ", same),
                round(confidence), false);
    }

    /** Whether a probe should be compared with a found candidate at all: never itself, and in the scan only higher ids. */
    private static boolean worthComparing(Probe probe, UUID candidateId, boolean higherOnly) {
        if (probe.self() == null) {
            return true;
        }
        return higherOnly ? probe.self().compareTo(candidateId) < 0 : !probe.self().equals(candidateId);
    }

    private static List<Integer> indexes(int size) {
        List<Integer> indexes = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            indexes.add(i);
        }
        return indexes;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** Lower case, accents removed, split on anything not a letter or digit, as the blind index reads names. */
    private static List<String> tokens(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return SEPARATORS.splitAsStream(folded).filter(token -> !token.isEmpty()).toList();
    }

    /** The first letters of the name's first token long enough to be indexed, or null. */
    private static String prefix(List<String> tokens) {
        return tokens.stream().filter(token -> token.length() >= BlindIndex.MIN_PREFIX).findFirst()
                .map(token -> token.substring(0, Math.min(PREFIX, token.length()))).orElse(null);
    }

    private static String linkedinKey(String url) {
        String key = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        return key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
    }

    private static String plain(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String open(SealedText sealed, UUID id, String field) {
        return cipher.open(sealed, new FieldRef("candidate", id, field));
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split("\n"));
    }
}
