package eu.skills4cities.citycert.assessment;

import java.io.InputStream;

import eu.skills4cities.citycert.application.CertificationProcess;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every row of {@code processes/unit-pass.dmn}, with and without a pass mark of the role's own. */
class UnitPassRuleTest {

    private static DmnEngine dmn;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = UnitPassRuleTest.class.getResourceAsStream("/processes/unit-pass.dmn")) {
            decision = dmn.parseDecision(CertificationProcess.DECISION_UNIT_PASS, in);
        }
    }

    @ParameterizedTest(name = "score {0} against pass mark {1}: passed={2} ({3})")
    @CsvSource(nullValues = "none", value = {
            "66.7, none, true, pass-mark-reached",
            "100, none, true, pass-mark-reached",
            "66.69, none, false, below-pass-mark",
            "0, none, false, below-pass-mark",
            "70, 70, true, pass-mark-reached",
            "69.99, 70, false, below-pass-mark",
            "50, 50, true, pass-mark-reached",
            "66.7, 80, false, below-pass-mark"})
    void the_unit_passes_when_its_score_reaches_the_pass_mark(double score, Double passMark, boolean passed,
                                                              String reason) {
        var result = dmn.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("score", score).putValue("passMark", passMark)).getSingleResult();

        assertThat((Boolean) result.getEntry("passed")).isEqualTo(passed);
        assertThat((String) result.getEntry("reason")).isEqualTo(reason);
    }
}
