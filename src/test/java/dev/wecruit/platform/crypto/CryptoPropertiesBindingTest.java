package dev.wecruit.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The environment variables the README and docker-compose.yml name really set the keys. */
class CryptoPropertiesBindingTest {

    @Test
    void keys_given_as_environment_variables_bind_by_version() {
        String one = TestKeys.randomKey();
        String two = TestKeys.randomKey();
        var sources = new MutablePropertySources();
        // the real environment's source name: Spring maps WECRUIT_CRYPTO_KEYS_1 to wecruit.crypto.keys only for it
        String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        sources.addFirst(new SystemEnvironmentPropertySource(name, Map.of(
                "WECRUIT_CRYPTO_KEYS_1", one,
                "WECRUIT_CRYPTO_KEYS_2", two,
                "WECRUIT_CRYPTO_ACTIVE_KEY_VERSION", "2",
                "WECRUIT_CRYPTO_BLIND_INDEX_KEY", one,
                "WECRUIT_CRYPTO_KEY_FILE", "/etc/wecruit/keys.properties",
                "WECRUIT_CRYPTO_ROTATION_BATCH_SIZE", "100")));

        CryptoProperties properties = new Binder(ConfigurationPropertySources.from(sources))
                .bind("wecruit.crypto", CryptoProperties.class).get();

        assertThat(properties.keys()).containsExactlyInAnyOrderEntriesOf(Map.of(1, one, 2, two));
        assertThat(properties.activeKeyVersion()).isEqualTo(2);
        assertThat(properties.keyFile()).isEqualTo(Path.of("/etc/wecruit/keys.properties"));
        assertThat(properties.rotation().batchSize()).isEqualTo(100);
        assertThat(properties.rotation().onStartup()).isTrue();
        assertThat(KeyRing.of(properties.keys(), properties.activeKeyVersion(), properties.blindIndexKey())
                .activeVersion()).isEqualTo(2);
    }
}
