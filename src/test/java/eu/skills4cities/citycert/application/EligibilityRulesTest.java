package eu.skills4cities.citycert.application;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestMessages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The eligibility rules as the candidate meets them before applying: read from the deployed
 * decision table (processes/eligibility.dmn) and checked by evaluating that decision.
 */
@CityCertSpringTest
class EligibilityRulesTest {

    @Autowired
    EligibilityRules rules;

    @Test
    void a_roles_prerequisites_are_its_refusing_rows_in_plain_words() {
        assertThat(TestMessages.english(rules.prerequisites("SCPMC"))).containsExactly(
                "At least 5 years of relevant experience.", "A qualification at EQF level 6 or higher.");
        assertThat(TestMessages.english(rules.prerequisites("SCPD"))).containsExactly(
                "At least 2 years of relevant experience.", "A qualification at EQF level 5 or higher.");
    }

    @Test
    void a_role_without_rows_of_its_own_has_no_prerequisites() {
        assertThat(rules.prerequisites("IMPORTED-ROLE")).isEmpty();
    }

    @Test
    void answers_that_break_a_rule_are_told_with_the_rule_and_what_was_given() {
        assertThat(rules.check("SCPMC", 2, null).map(TestMessages::english))
                .hasValue("This role needs at least 5 years of relevant experience; you gave 2.");
        assertThat(rules.check("SCPMC", 8, 4).map(TestMessages::english))
                .hasValue("This role needs a qualification at EQF level 6 or higher; you gave level 4.");
    }

    @Test
    void answers_that_meet_the_rules_or_are_not_given_yet_are_not_refused() {
        assertThat(rules.check("SCPMC", 5, 6)).isEmpty();
        assertThat(rules.check("SCPMC", null, null)).isEmpty();
        assertThat(rules.check("IMPORTED-ROLE", 0, 1)).isEmpty();
    }
}
