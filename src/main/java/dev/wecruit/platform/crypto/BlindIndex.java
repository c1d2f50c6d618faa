package dev.wecruit.platform.crypto;

import dev.wecruit.platform.persistence.TenantIdSource;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;

/**
 * Search terms for sealed PII: keyed HMAC-SHA256 (a key of its own, not a data key) of the current firm, a kind and
 * a normalized value, truncated to 128 bits and stored as a {@code uuid}. Equal values give equal terms within a
 * firm, so an exact email or phone, or a name prefix, is found with an index lookup, while the database never holds
 * the values. Terms differ between firms, so equal emails in two firms cannot be linked. Decision 0006 describes
 * what the terms still reveal.
 */
public class BlindIndex {

    /** Name prefixes are indexed from this many characters... */
    public static final int MIN_PREFIX = 2;
    /** ...up to this many; a longer query token is cut to this length. */
    public static final int MAX_PREFIX = 10;

    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<Integer, String> SPELLED = Map.ofEntries(
            Map.entry((int) 'ł', "l"), Map.entry((int) 'ø', "o"), Map.entry((int) 'æ', "ae"),
            Map.entry((int) 'œ', "oe"), Map.entry((int) 'ß', "ss"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'ð', "d"), Map.entry((int) 'þ', "th"), Map.entry((int) 'ı', "i"),
            Map.entry((int) 'ħ', "h"), Map.entry((int) 'ŧ', "t"), Map.entry((int) 'ŀ', "l"));

    private final byte[] key;
    private final TenantIdSource tenants;
    private final ThreadLocal<Mac> macs;

    BlindIndex(KeyRing keys, TenantIdSource tenants) {
        this.key = keys.blindIndexKey();
        this.tenants = tenants;
        this.macs = ThreadLocal.withInitial(() -> HmacSha256.newMac(key));
    }

    /** The term of an email address, already normalized (lower case, trimmed). */
    public UUID emailTerm(String normalizedEmail) {
        return term("email", normalizedEmail);
    }

    /** The term of a phone number, already normalized (E.164). */
    public UUID phoneTerm(String e164) {
        return term("phone", e164);
    }

    /**
     * A keyed hash of a record's id, for a log that must say which record it was about after the record is gone (an
     * erased candidate): whoever holds the id can check it, nobody can read it back, and it differs between firms.
     */
    public UUID recordTerm(String kind, UUID id) {
        return term("record:" + kind, id.toString());
    }

    /** The terms of every prefix of every token of the given names: what a stored record is indexed under. */
    public Set<UUID> nameTerms(String... names) {
        Set<UUID> terms = new LinkedHashSet<>();
        for (String name : names) {
            for (String token : nameTokens(name)) {
                for (int length = MIN_PREFIX; length <= Math.min(token.length(), MAX_PREFIX); length++) {
                    terms.add(term("name", token.substring(0, length)));
                }
            }
        }
        return terms;
    }

    /**
     * The terms a name search looks for, one per token of the query that is long enough: "joh smi" gives the terms
     * of "joh" and "smi", and a record matches when it has all of them.
     */
    public List<UUID> nameQueryTerms(String query) {
        List<UUID> terms = new ArrayList<>();
        for (String token : nameTokens(query)) {
            if (token.length() >= MIN_PREFIX) {
                UUID term = term("name", token.substring(0, Math.min(token.length(), MAX_PREFIX)));
                if (!terms.contains(term)) {
                    terms.add(term);
                }
            }
        }
        return terms;
    }

    /**
     * Lower case, accents removed, letters that do not decompose spelled as people type them without the key
     * ({@code ł}→l, {@code ø}→o, {@code ß}→ss, ...), split on anything that is not a letter or digit: "Zoë O'Brien" →
     * zoe, o, brien. Changing this changes every stored term: rebuild the index with it.
     */
    static List<String> nameTokens(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        var spelled = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> spelled.append(SPELLED.getOrDefault(c, Character.toString(c))));
        return TOKEN_SEPARATORS.splitAsStream(spelled).filter(token -> !token.isEmpty()).toList();
    }

    private UUID term(String kind, String value) {
        UUID tenant = tenants.currentTenantId()
                .orElseThrow(() -> new IllegalStateException("Search terms are computed for a firm; none is current"));
        Mac mac = macs.get();
        mac.update(ByteBuffer.allocate(16).putLong(tenant.getMostSignificantBits())
                .putLong(tenant.getLeastSignificantBits()).array());
        mac.update(kind.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        mac.update(value.getBytes(StandardCharsets.UTF_8));
        ByteBuffer digest = ByteBuffer.wrap(mac.doFinal());
        return new UUID(digest.getLong(), digest.getLong());
    }
}
