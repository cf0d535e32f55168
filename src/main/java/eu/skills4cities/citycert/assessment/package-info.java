/**
 * The judging of an application: review verdicts per unit, assessment scores and the pass rule
 * ({@code processes/unit-pass.dmn}), the units a candidate holds and retakes of the missing
 * ones, and the certification decision's rules with impartiality, answered from this module's
 * own records ({@code unit_review}, {@code unit_assessment}, {@code passed_unit}). It reads
 * applications through the application module's public API; the inbox calls it when staff
 * complete a task.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package eu.skills4cities.citycert.assessment;
