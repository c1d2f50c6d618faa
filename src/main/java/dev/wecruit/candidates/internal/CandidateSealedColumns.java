package dev.wecruit.candidates.internal;

import dev.wecruit.platform.crypto.SealedColumns;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells key rotation which columns of the candidates feature are sealed. */
@Configuration(proxyBeanMethods = false)
class CandidateSealedColumns {

    @Bean
    SealedColumns candidateColumns() {
        return new SealedColumns("candidate", "candidates", List.of("first_name_enc", "last_name_enc", "emails_enc",
                "phones_enc", "address_enc", "linkedin_url_enc"), List.of());
    }

    @Bean
    SealedColumns documentColumns() {
        return new SealedColumns("document", "documents", List.of("file_name_enc", "text_enc"),
                List.of("content_enc"));
    }
}
