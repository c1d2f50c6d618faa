package dev.wecruit.intake.internal;

import dev.wecruit.intake.parsing.SkillTaxonomy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shipped skills taxonomy, loaded once: CV parsing and matching's requirement evidence read the same one. */
@Configuration(proxyBeanMethods = false)
class SkillsConfiguration {

    @Bean
    SkillTaxonomy skillTaxonomy() {
        return SkillTaxonomy.loadDefault();
    }
}
