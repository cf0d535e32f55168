package eu.skills4cities.citycert.application;

import java.util.List;

import com.vaadin.flow.component.Component;
import eu.skills4cities.citycert.security.CurrentUser;

/**
 * A part of the application page that another module contributes, so that the page shows it
 * without this module depending on that one (the judging depends on applications, not the other
 * way round). Implementations are Spring beans; the page asks each, in their order, after the
 * documents and the candidate's answer to a request for more evidence, and before the timeline.
 */
public interface ApplicationPageSection {

    /**
     * What to show the user on the application's page, in order; empty when nothing applies.
     *
     * @param evidenceRequested true while a request for more evidence waits for the candidate
     */
    List<Component> components(CurrentUser user, ApplicationDetails application, boolean evidenceRequested);
}
