package eu.skills4cities.citycert.base;

import com.vaadin.flow.component.Component;

/**
 * A part of the start page that a feature module contributes for the people it serves (the
 * candidate's, the staff's, the auditor's). The start page lives in {@code base} and knows no
 * feature; each module declares its section as a Spring bean and builds its content itself, so
 * the module keeps its own need-to-know checks and the shell stays free of feature code.
 */
public interface HomeSection {

    /** Where the section stands on the start page; lower comes first. */
    int order();

    /**
     * Whether the signed-in user sees this section at all: the module asks its own way of knowing
     * who is signed in ({@code security.CurrentUserProvider}), which the shell cannot depend on.
     */
    boolean shown();

    /** The section's content, built afresh for each visit of the start page (in the UI thread). */
    Component content();
}
