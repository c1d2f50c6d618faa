package dev.wecruit.platform.crypto;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys that protect PII at rest. Either give them here (for example {@code WECRUIT_CRYPTO_KEYS_1},
 * {@code WECRUIT_CRYPTO_ACTIVE_KEY_VERSION}, {@code WECRUIT_CRYPTO_BLIND_INDEX_KEY}), or leave them out and Wecruit
 * reads them from {@code keyFile}, which the embedded mode creates with fresh random keys on first run.
 *
 * @param keys data keys by version: 32 random bytes each, base64 ({@code openssl rand -base64 32})
 * @param activeKeyVersion the version new values are sealed with; default: the highest
 * @param blindIndexKey the separate key of the search terms (keyed HMACs), 32 random bytes, base64
 * @param keyFile where the keys are kept when not given above; outside the repository and the database
 * @param rotation re-sealing values under old key versions
 */
@ConfigurationProperties("wecruit.crypto")
public record CryptoProperties(
        Map<Integer, String> keys,
        Integer activeKeyVersion,
        String blindIndexKey,
        Path keyFile,
        Rotation rotation) {

    public CryptoProperties {
        keys = keys != null ? Map.copyOf(keys) : Map.of();
        keyFile = keyFile != null ? keyFile
                : Path.of(System.getProperty("user.home"), ".wecruit", "secrets", "pii-keys.properties");
        rotation = rotation != null ? rotation : new Rotation(null, null);
    }

    /**
     * @param onStartup after startup, re-seal in the background every value sealed under an older key version
     * @param batchSize rows re-sealed per transaction
     */
    public record Rotation(Boolean onStartup, Integer batchSize) {

        public Rotation {
            onStartup = onStartup != null ? onStartup : Boolean.TRUE;
            batchSize = batchSize != null ? batchSize : 500;
        }
    }
}
