/**
 * Candidate applications: a candidate applies for a certification role with a statement
 * and an evidence document; submitting stores the application and starts the
 * certification process in one transaction. The process moves the application through
 * review, assessment and decision; this feature records each step on the application. The
 * judging of those steps is the {@code assessment} module's, which depends on this one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Applications")
package eu.skills4cities.citycert.application;
