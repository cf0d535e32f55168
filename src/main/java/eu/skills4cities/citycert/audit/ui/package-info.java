/**
 * The auditor's workspace in Vaadin: the read-only list of every submitted application, the case
 * record of one with its case-file exports, and the audit log page (verification, entries,
 * checkpoints, the check against an off-site checkpoint).
 */
package eu.skills4cities.citycert.audit.ui;
