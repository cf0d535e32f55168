package eu.skills4cities.citycert.application;

/**
 * How far a draft is, step by step, for the wizard's task list: the answers (complete when they
 * would pass submission), the self-assessment (complete when every element is rated) and the
 * evidence (complete when every element has a document; in progress while some have none).
 *
 * @param readyToSubmit whether the draft has what submission requires (answers complete, one document)
 */
public record DraftProgress(State answers, State selfAssessment, State evidence, boolean readyToSubmit) {

    /** A step's state, as a task list says it. */
    public enum State { NOT_STARTED, IN_PROGRESS, COMPLETE }
}
