package eu.skills4cities.citycert.base;

/**
 * How many things wait for the signed-in user behind one menu item (the task inbox, the appeals
 * panel, the suspended certificates): the menu shows the count as a badge beside the item. A module
 * implements it as a bean for its own view, with the count from its own service and its access
 * checks, so the shell knows no feature. The menu asks only the badges of the items it shows (the
 * views the user may open), once per page it opens.
 */
public interface MenuBadge {

    /** The menu item's path: its view's route, such as {@code inbox}. */
    String path();

    /** How many things wait there for the signed-in user; zero shows no badge. */
    long waiting();
}
