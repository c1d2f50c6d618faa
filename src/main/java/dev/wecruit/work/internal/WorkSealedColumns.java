package dev.wecruit.work.internal;

import dev.wecruit.platform.crypto.SealedColumns;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells key rotation that work items' labels (file names) are sealed. */
@Configuration(proxyBeanMethods = false)
class WorkSealedColumns {

    @Bean
    SealedColumns workItemColumns() {
        return new SealedColumns("background work item", "background_work_items", List.of("label_enc"), List.of());
    }
}
