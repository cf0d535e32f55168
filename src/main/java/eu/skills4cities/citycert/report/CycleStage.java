package eu.skills4cities.citycert.report;

import java.util.List;

/**
 * The stages a cycle time runs to from the submission, each the first time the application's
 * timeline shows one of its steps (message key {@code report.stage.NAME}).
 */
public enum CycleStage {
    /** Eligibility passed and review started. */
    REVIEW(List.of("IN_REVIEW")),
    /** The exam (route exam) or the assessment task, whichever came first. */
    ASSESSMENT(List.of("IN_EXAM", "IN_ASSESSMENT")),
    /** The decision task opened. */
    DECISION(List.of("AWAITING_DECISION")),
    /** Decided: certified, partially certified or refused at decision or review. */
    DECIDED(List.of("CERTIFIED", "PARTIALLY_CERTIFIED", "REJECTED"));

    private final List<String> steps;

    CycleStage(List<String> steps) {
        this.steps = steps;
    }

    /** The timeline steps (application statuses) that mark the stage. */
    public List<String> steps() {
        return steps;
    }
}
