package dev.wecruit.imports.internal;

import dev.wecruit.platform.crypto.SealedColumns;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells key rotation which columns of imports are sealed. */
@Configuration(proxyBeanMethods = false)
class ImportSealedColumns {

    @Bean
    SealedColumns importBatchColumns() {
        return new SealedColumns("Import", "import_batches", List.of("file_name_enc"), List.of("rows_enc"));
    }

    @Bean
    SealedColumns importChangeColumns() {
        return new SealedColumns("Import change", "import_batch_changes", List.of("previous_enc"), List.of());
    }

    @Bean
    SealedColumns importRecordColumns() {
        return new SealedColumns("Import record", "import_batch_records", List.of("previous_enc"), List.of());
    }
}
