/**
 * Engine glue of the inbox: due dates from the stages' service levels, the escalation timers'
 * durations and the "Escalate" delegate (the impartiality guard is the judging's: assessment.process).
 */
package eu.skills4cities.citycert.inbox.process;
