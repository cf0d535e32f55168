/**
 * The judging on screen for candidates: its section of the application page (what the reviewer
 * asked for unit by unit, the unit results, the retake offer), contributed through
 * {@code application.ApplicationPageSection}.
 */
package eu.skills4cities.citycert.assessment.ui;
