package eu.skills4cities.citycert.assessment;

import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every row of {@code processes/recertification-carry-over.dmn}, at its edges. */
class RecertificationCarryOverRuleTest {

    private static DmnEngine dmn;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = RecertificationCarryOverRuleTest.class
                .getResourceAsStream("/processes/recertification-carry-over.dmn")) {
            decision = dmn.parseDecision(RecertificationCarryOver.DECISION_KEY, in);
        }
    }

    @Test
    void a_unit_that_changed_in_the_current_framework_version_is_reassessed_however_recent() {
        assertDecides(false, 0, false, "unit-changed");
        assertDecides(false, 12, false, "unit-changed");
    }

    @Test
    void an_unchanged_unit_passed_ten_or_more_years_ago_is_reassessed() {
        assertDecides(true, 10, false, "passed-too-long-ago");
        assertDecides(true, 15, false, "passed-too-long-ago");
    }

    @Test
    void an_unchanged_unit_passed_less_than_ten_years_ago_is_carried_over() {
        assertDecides(true, 0, true, "still-holds");
        assertDecides(true, 7, true, "still-holds");
        assertDecides(true, 9, true, "still-holds");
    }

    private static void assertDecides(boolean unitInCurrentVersion, int yearsSincePassed, boolean carryOver,
                                      String reason) {
        DmnDecisionRuleResult result = dmn.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("unitInCurrentVersion", unitInCurrentVersion).putValue("yearsSincePassed", yearsSincePassed))
                .getSingleResult();
        assertThat((Boolean) result.getEntry("carryOver")).as("carried over (%s, %d years)", unitInCurrentVersion,
                yearsSincePassed).isEqualTo(carryOver);
        assertThat((String) result.getEntry("reason")).isEqualTo(reason);
    }
}
