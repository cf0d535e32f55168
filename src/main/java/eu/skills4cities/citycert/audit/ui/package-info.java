/** The auditor's workspace in Vaadin: the read-only list of every submitted application. */
package eu.skills4cities.citycert.audit.ui;
