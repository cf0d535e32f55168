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
    void the_expected_features_are_modules_and_nothing_else() {
        // a new top-level package is a new module: name it here, and draw it in docs/architecture.md
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder("appeal", "application", "assessment", "audit", "base", "certificate", "database",
                        "demo", "exam", "framework", "complaint", "inbox", "notification", "privacy", "report", "security");
    }

    @Test
    void writes_the_module_documentation() {
        new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
    }
}
