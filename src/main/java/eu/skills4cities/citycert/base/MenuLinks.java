package eu.skills4cities.citycert.base;

import java.util.List;

/**
 * A group of menu links to pages outside CityCert's views (the engine's Cockpit and Admin, the API
 * documentation), which the browser opens itself rather than the router. The module that knows who
 * may use them implements it as a bean and returns no link to anybody else.
 */
public interface MenuLinks {

    /** The message key of the group's heading in the menu. */
    String titleKey();

    /** The links for the signed-in user, in their order; empty when the user may use none. */
    List<Link> shown();

    /**
     * One link.
     *
     * @param titleKey the message key of its text
     * @param href     its address, relative to the application's root
     */
    record Link(String titleKey, String href) {
    }
}
