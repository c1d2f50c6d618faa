package dev.wecruit.platform.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/** Fresh random keys for tests of the crypto package. */
final class TestKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    static String randomKey() {
        byte[] key = new byte[KeyRing.KEY_BYTES];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static KeyRing ring(Map<Integer, String> keys, Integer active) {
        return KeyRing.of(keys, active, randomKey());
    }

    private TestKeys() {
    }
}
