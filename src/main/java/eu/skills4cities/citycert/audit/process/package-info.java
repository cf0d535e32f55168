/**
 * The audit module's engine glue: the names of {@code processes/audit-checkpoint.bpmn} and the
 * delegate of its one step, which signs the audit log's head through
 * {@link eu.skills4cities.citycert.audit.AuditCheckpointer}.
 */
package eu.skills4cities.citycert.audit.process;
