package dev.wecruit.platform.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 under a key: the MAC of sealed values, the blind index and key derivation all use it. */
final class HmacSha256 {

    private HmacSha256() {
    }

    /** A new Mac for the key; a Mac is not thread-safe, so callers keep one per thread. */
    static Mac newMac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
