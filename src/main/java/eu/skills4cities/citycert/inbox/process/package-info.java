/**
 * Engine glue of the inbox: due dates from the stages' service levels, the escalation timers'
 * durations and the "Escalate" delegate, and the impartiality guard on the decision task.
 */
package eu.skills4cities.citycert.inbox.process;
