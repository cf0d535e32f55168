package eu.skills4cities.citycert.application;

import java.util.Map;

import eu.skills4cities.citycert.CityCertSpringTest;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Every row of {@code processes/eligibility.dmn}, at and around its thresholds. */
@CityCertSpringTest
class EligibilityDecisionTest {

    @Autowired
    DecisionService decisions;

    @ParameterizedTest(name = "{0}, {1} years, EQF {2}: eligible={3} {4} {5}")
    @CsvSource(nullValues = "-", value = {
            // Project Developer: 2 years, EQF 5
            "SCPD,  1, 8, false, experience, 2",
            "SCPD,  2, 4, false, education,  5",
            "SCPD,  2, 5, true,  -,          -",
            // Project Manager: 3 years, EQF 6
            "SCPM,  2, 8, false, experience, 3",
            "SCPM,  3, 5, false, education,  6",
            "SCPM,  3, 6, true,  -,          -",
            // Project Management Consultant: 5 years, EQF 6
            "SCPMC, 4, 8, false, experience, 5",
            "SCPMC, 5, 5, false, education,  6",
            "SCPMC, 5, 6, true,  -,          -",
            // any other role has no prerequisites
            "OTHER, 0, 1, true,  -,          -",
    })
    void each_rule_decides_as_written(String role, int years, int eqf, boolean eligible, String failedRule,
                                      Integer required) {
        DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(CertificationProcess.DECISION_ELIGIBILITY)
                .variables(Map.of("roleCode", role, "yearsOfExperience", years, "educationLevel", eqf))
                .evaluate().getSingleResult();

        // an empty output cell leaves its entry out of the result
        Map<String, Object> entries = result.getEntryMap();
        assertThat(entries.get("eligible")).isEqualTo(eligible);
        assertThat(entries.get("failedRule")).isEqualTo(failedRule);
        assertThat(entries.get("required") == null ? null : ((Number) entries.get("required")).intValue())
                .isEqualTo(required);
    }

    @Test
    void experience_is_checked_before_education() {
        DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(CertificationProcess.DECISION_ELIGIBILITY)
                .variables(Map.of("roleCode", "SCPM", "yearsOfExperience", 0, "educationLevel", 1))
                .evaluate().getSingleResult();

        assertThat(result.getEntryMap().get("failedRule")).isEqualTo("experience");
    }
}
