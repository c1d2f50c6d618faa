package dev.wecruit.platform.crypto;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * Binary content (a CV file) sealed by {@link PiiCipher}: a 4-byte key version, the ciphertext, then the MAC. Equal
 * by content, so Hibernate's dirty checking sees an unchanged value as unchanged.
 */
public final class SealedBytes {

    private final byte[] value;

    public SealedBytes(byte[] value) {
        Objects.requireNonNull(value, "value");
        if (value.length < Integer.BYTES) {
            throw new IllegalArgumentException("Not a sealed value");
        }
        this.value = value.clone();
    }

    public byte[] value() {
        return value.clone();
    }

    /** The version of the key that sealed this value. */
    public int keyVersion() {
        return ByteBuffer.wrap(value, 0, Integer.BYTES).getInt();
    }

    int length() {
        return value.length;
    }

    byte[] raw() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedBytes that && Arrays.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "SealedBytes[v" + keyVersion() + ", " + value.length + " bytes]";
    }
}
