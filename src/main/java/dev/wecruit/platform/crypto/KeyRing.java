package dev.wecruit.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The data keys by version, which one seals new values, and the blind-index key. Each configured key is 32 random
 * bytes; the encryption and MAC keys of a version are derived from it with HMAC-SHA256 under distinct labels, so one
 * secret per version is all an operator handles. Never logged: {@link #toString()} names versions only.
 */
final class KeyRing {

    static final int KEY_BYTES = 32;

    record DataKey(int version, byte[] encryptionKey, byte[] macKey) {
    }

    private final NavigableMap<Integer, DataKey> keys;
    private final int activeVersion;
    private final byte[] blindIndexKey;

    private KeyRing(NavigableMap<Integer, DataKey> keys, int activeVersion, byte[] blindIndexKey) {
        this.keys = Collections.unmodifiableNavigableMap(keys);
        this.activeVersion = activeVersion;
        this.blindIndexKey = blindIndexKey;
    }

    /**
     * @param keys base64 secrets by version
     * @param activeVersion the version to seal with, or null for the highest
     * @param blindIndexKey base64 secret of the blind index
     * @throws KeyConfigurationException when a key is missing, not base64, or not 32 bytes
     */
    static KeyRing of(Map<Integer, String> keys, Integer activeVersion, String blindIndexKey) {
        if (keys.isEmpty()) {
            throw new KeyConfigurationException("No data key is configured");
        }
        NavigableMap<Integer, DataKey> dataKeys = new TreeMap<>();
        keys.forEach((version, secret) -> {
            if (version == null || version < 1) {
                throw new KeyConfigurationException("Key versions are positive integers, not " + version);
            }
            byte[] master = decode("key version " + version, secret);
            dataKeys.put(version, new DataKey(version, derive(master, "wecruit/pii/encryption"),
                    derive(master, "wecruit/pii/mac")));
        });
        int active = activeVersion != null ? activeVersion : dataKeys.lastKey();
        if (!dataKeys.containsKey(active)) {
            throw new KeyConfigurationException("The active key version " + active + " has no key");
        }
        return new KeyRing(dataKeys, active, decode("the blind-index key", blindIndexKey));
    }

    DataKey active() {
        return keys.get(activeVersion);
    }

    int activeVersion() {
        return activeVersion;
    }

    DataKey version(int version) {
        return keys.get(version);
    }

    byte[] blindIndexKey() {
        return blindIndexKey;
    }

    private static byte[] decode(String what, String secret) {
        if (secret == null || secret.isBlank()) {
            throw new KeyConfigurationException("No secret is configured for " + what);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(secret.strip());
        } catch (IllegalArgumentException e) {
            throw new KeyConfigurationException("The secret for " + what + " is not base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new KeyConfigurationException("The secret for " + what + " has " + bytes.length
                    + " bytes; it must be " + KEY_BYTES + " random bytes (openssl rand -base64 32)");
        }
        return bytes;
    }

    static byte[] derive(byte[] master, String label) {
        return HmacSha256.newMac(master).doFinal(label.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "KeyRing[versions=" + keys.keySet() + ", active=" + activeVersion + "]";
    }
}
