package eu.skills4cities.citycert.application;

import java.util.List;

import eu.skills4cities.citycert.base.UserMessage;

/**
 * The rules an application's answers meet, in one place for the one-step submission, the
 * draft as it is saved and the draft when it is submitted. A draft may be incomplete (a
 * missing or short answer is fine until it is submitted), but never out of bounds.
 */
final class SubmissionRules {

    static final int MIN_STATEMENT = 20;
    static final int MAX_STATEMENT = 4000;
    static final int MAX_EXPERIENCE = 60;
    static final int MIN_EDUCATION = 1;
    static final int MAX_EDUCATION = 8;

    /** Whether the answers must be complete (a submission) or may be partial (a draft being saved). */
    enum Stage { DRAFT, SUBMISSION }

    private SubmissionRules() {
    }

    /** Adds a problem for each answer that breaks the rules at this stage; {@code statement} is stripped. */
    static void check(Stage stage, String statement, Integer experienceYears, Integer educationLevel,
                      List<UserMessage> problems) {
        boolean complete = stage == Stage.SUBMISSION;
        int length = statement == null ? 0 : statement.length();
        if (length > MAX_STATEMENT || (complete && length < MIN_STATEMENT)) {
            problems.add(UserMessage.of("problem.statement.length", MIN_STATEMENT, MAX_STATEMENT, length));
        }
        if (experienceYears == null ? complete : experienceYears < 0 || experienceYears > MAX_EXPERIENCE) {
            problems.add(UserMessage.of("problem.experience", MAX_EXPERIENCE));
        }
        if (educationLevel == null ? complete : educationLevel < MIN_EDUCATION || educationLevel > MAX_EDUCATION) {
            problems.add(UserMessage.of("problem.education"));
        }
    }
}
