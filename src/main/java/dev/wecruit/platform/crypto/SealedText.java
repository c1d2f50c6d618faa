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

    /**
     * The version of the key that sealed this value.
     *
     * @throws IllegalArgumentException unless the value starts with a version number as written ({@code 12$})
     */
    public int keyVersion() {
        int separator = value.indexOf('$');
        if (separator <= 0 || separator > 9 || value.charAt(0) == '0') {
            throw new IllegalArgumentException("Not a sealed value");
        }
        for (int i = 0; i < separator; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                throw new IllegalArgumentException("Not a sealed value");
            }
        }
        return Integer.parseInt(value, 0, separator, 10);
    }

    @Override
    public String toString() {
        return "SealedText[" + value.substring(0, Math.max(0, value.indexOf('$'))) + "]";
    }
}
