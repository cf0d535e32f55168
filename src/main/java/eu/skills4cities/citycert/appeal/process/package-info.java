/**
 * The engine glue of {@code processes/appeal.bpmn}: the delegates of its steps, which call
 * {@code AppealSteps}, and the impartiality task listener on the panel's task.
 */
package eu.skills4cities.citycert.appeal.process;
