/** The auditor's workspace in Vaadin: the read-only list of every submitted application and the case record of one, with its case-file exports. */
package eu.skills4cities.citycert.audit.ui;
