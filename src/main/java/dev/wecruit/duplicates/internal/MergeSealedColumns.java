package dev.wecruit.duplicates.internal;

import dev.wecruit.platform.crypto.SealedColumns;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells key rotation which column of the merges is sealed; and reads the merges' settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MergeProperties.class)
class MergeSealedColumns {

    @Bean
    SealedColumns candidateMergeColumns() {
        return new SealedColumns("Candidate merge", "candidate_merges", List.of("snapshot_enc"), List.of());
    }
}
