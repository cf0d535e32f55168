/**
 * The staff inbox over the engine's task service: the tasks a reviewer, assessor or
 * certification officer may work on, claiming them, and completing them with a verdict
 * and a comment that are recorded for the audit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff inbox")
package eu.skills4cities.citycert.inbox;
