package dev.wecruit.platform.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns missing or malformed PII keys into a startup report that says which settings to give. */
class KeyConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<KeyConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KeyConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                """
                Give the keys that protect personal data at rest, each 32 random bytes in base64 \
                (openssl rand -base64 32):
                    WECRUIT_CRYPTO_KEYS_1=<data key, version 1>
                    WECRUIT_CRYPTO_BLIND_INDEX_KEY=<search-term key>
                or point WECRUIT_CRYPTO_KEY_FILE at a key file (see the README, "Keys for personal data").""",
                cause);
    }
}
