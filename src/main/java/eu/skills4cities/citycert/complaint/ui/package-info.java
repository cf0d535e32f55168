/**
 * The complaint views: the public form and its confirmation page, the officers' complaint work
 * (triage and investigation), and the holder's page to respond to a complaint about them.
 */
package eu.skills4cities.citycert.complaint.ui;
