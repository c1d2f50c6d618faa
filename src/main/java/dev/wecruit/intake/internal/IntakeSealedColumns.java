package dev.wecruit.intake.internal;

import dev.wecruit.platform.crypto.SealedColumns;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells key rotation which columns of dropped CVs are sealed. */
@Configuration(proxyBeanMethods = false)
class IntakeSealedColumns {

    @Bean
    SealedColumns cvIntakeColumns() {
        return new SealedColumns("CV intake", "cv_intakes", List.of("file_name_enc", "proposal_enc"),
                List.of("content_enc"));
    }
}
