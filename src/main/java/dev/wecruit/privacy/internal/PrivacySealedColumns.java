package dev.wecruit.privacy.internal;

import dev.wecruit.platform.crypto.SealedColumns;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells key rotation that export archives are sealed. */
@Configuration(proxyBeanMethods = false)
class PrivacySealedColumns {

    @Bean
    SealedColumns personalDataExportColumns() {
        return new SealedColumns("personal data export", "personal_data_exports", List.of(), List.of("content_enc"));
    }
}
