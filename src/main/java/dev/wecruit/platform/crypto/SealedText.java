package dev.wecruit.platform.crypto;

import java.util.Objects;

/**
 * A text value sealed by {@link PiiCipher}: {@code <key version>$<base64 of ciphertext and MAC>}. Entities hold PII
 * in this type, never as a plain {@code String}, so plaintext cannot be written to a sealed column by mistake and
 * does not linger in the persistence context.
 */
public record SealedText(String value) {

    public SealedText {
        Objects.requireNonNull(value, "value");
    }

    /** The version of the key that sealed this value. */
    public int keyVersion() {
        int separator = value.indexOf('$');
        if (separator <= 0) {
            throw new IllegalArgumentException("Not a sealed value");
        }
        return Integer.parseInt(value, 0, separator, 10);
    }

    @Override
    public String toString() {
        return "SealedText[v" + keyVersion() + "]";
    }
}
