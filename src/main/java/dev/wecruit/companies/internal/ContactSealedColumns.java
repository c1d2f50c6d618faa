package dev.wecruit.companies.internal;

import dev.wecruit.platform.crypto.SealedColumns;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells key rotation which columns of the companies feature are sealed. */
@Configuration(proxyBeanMethods = false)
class ContactSealedColumns {

    @Bean
    SealedColumns contactColumns() {
        return new SealedColumns("contact", "contacts", List.of("first_name_enc", "last_name_enc", "email_enc",
                "phone_enc", "linkedin_url_enc"), List.of());
    }
}
