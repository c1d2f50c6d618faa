package dev.wecruit;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    final ApplicationModules modules = ApplicationModules.of(WecruitApplication.class);

    @Test
    void feature_modules_only_use_each_others_public_api_and_form_no_cycles() {
        modules.verify();
    }

    @Test
    void writes_the_module_diagrams_for_the_architecture_docs() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
