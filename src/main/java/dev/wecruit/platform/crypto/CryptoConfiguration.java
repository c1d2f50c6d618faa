package dev.wecruit.platform.crypto;

import dev.wecruit.platform.db.DatabaseMode;
import dev.wecruit.platform.persistence.TenantIdSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Loads the keys: from configuration when given, else from the key file. The embedded mode creates the key file on
 * first run; with an external database the keys must exist already, since new random keys would make existing data
 * unreadable.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
class CryptoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

    @Bean
    KeyRing keyRing(CryptoProperties properties, Environment environment) {
        if (!properties.keys().isEmpty()) {
            return KeyRing.of(properties.keys(), properties.activeKeyVersion(), properties.blindIndexKey());
        }
        if (!KeyFile.exists(properties.keyFile())) {
            if (DatabaseMode.of(environment) != DatabaseMode.EMBEDDED) {
                throw new KeyConfigurationException("No PII keys are configured and there is no key file at "
                        + properties.keyFile());
            }
            KeyFile.create(properties.keyFile());
            log.info("Created new PII keys in {} (keep this file; back it up with the database)",
                    properties.keyFile());
        }
        KeyRing keys = KeyFile.read(properties.keyFile());
        log.info("PII keys from {}: {}", properties.keyFile(), keys);
        return keys;
    }

    @Bean
    PiiCipher piiCipher(KeyRing keyRing) {
        return new PiiCipher(keyRing);
    }

    @Bean
    BlindIndex blindIndex(KeyRing keyRing, TenantIdSource tenants) {
        return new BlindIndex(keyRing, tenants);
    }
}
