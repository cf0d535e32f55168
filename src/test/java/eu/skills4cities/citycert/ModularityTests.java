package eu.skills4cities.citycert;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The feature packages are modules: no cycles, and no module reaches into another's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(CityCertApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void the_expected_features_are_modules() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("application", "base", "certificate", "database", "demo", "framework", "inbox", "security");
    }

    @Test
    void writes_the_module_documentation() {
        new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
    }
}
