package eu.skills4cities.citycert.inbox.ui;

import eu.skills4cities.citycert.base.Refusal;

/** A task's form that shows the service's problems with its input beside its own fields. */
interface TaskForm {

    /** Shows invalid input's problems beside the fields and in the form's summary; false for other refusals. */
    boolean showProblems(Refusal refusal);
}
