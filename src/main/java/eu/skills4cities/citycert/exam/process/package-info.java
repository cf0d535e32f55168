/**
 * The engine glue of exam sessions: the delegate that the session's timer ({@code processes/exam-session.bpmn})
 * calls at the time limit.
 */
package eu.skills4cities.citycert.exam.process;
