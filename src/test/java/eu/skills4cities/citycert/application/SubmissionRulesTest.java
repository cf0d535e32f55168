package eu.skills4cities.citycert.application;

import java.util.ArrayList;
import java.util.List;

import eu.skills4cities.citycert.base.UserMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One set of rules: a draft may be incomplete, a submission may not, and neither may be out of bounds. */
class SubmissionRulesTest {

    private static List<String> keys(SubmissionRules.Stage stage, String statement, Integer years, Integer education) {
        List<UserMessage> problems = new ArrayList<>();
        SubmissionRules.check(stage, statement, years, education, problems);
        return problems.stream().map(UserMessage::key).toList();
    }

    @Test
    void a_draft_may_be_incomplete_but_a_submission_may_not() {
        assertThat(keys(SubmissionRules.Stage.DRAFT, "", null, null)).isEmpty();
        assertThat(keys(SubmissionRules.Stage.SUBMISSION, "", null, null))
                .containsExactly("problem.statement.length", "problem.experience", "problem.education");
        assertThat(keys(SubmissionRules.Stage.SUBMISSION, "I led the city's open data portal.", 5, 6)).isEmpty();
    }

    @Test
    void neither_may_be_out_of_bounds() {
        for (SubmissionRules.Stage stage : SubmissionRules.Stage.values()) {
            assertThat(keys(stage, "x".repeat(SubmissionRules.MAX_STATEMENT + 1), -1, 9))
                    .as(stage.name())
                    .containsExactly("problem.statement.length", "problem.experience", "problem.education");
            assertThat(keys(stage, "I led the city's open data portal.", SubmissionRules.MAX_EXPERIENCE + 1, 0))
                    .as(stage.name()).containsExactly("problem.experience", "problem.education");
        }
    }
}
