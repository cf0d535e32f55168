/** The staff views: the task inbox and the task screen. */
package eu.skills4cities.citycert.inbox.ui;
