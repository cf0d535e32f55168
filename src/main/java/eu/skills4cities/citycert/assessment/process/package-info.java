/**
 * Engine glue of the judging: the delegate that puts the passed units on the candidate's record
 * and the task listener that keeps the decision impartial inside the engine.
 */
package eu.skills4cities.citycert.assessment.process;
