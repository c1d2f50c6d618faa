package dev.wecruit.ai.internal;

import dev.wecruit.platform.crypto.SealedColumns;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells key rotation that the AI server's API key is sealed. */
@Configuration(proxyBeanMethods = false)
class AiSettingsSealedColumns {

    @Bean
    SealedColumns aiSettingsColumns() {
        return new SealedColumns("AI settings", "ai_settings", List.of("api_key_enc"), List.of());
    }
}
