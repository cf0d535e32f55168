/**
 * The audit log: every change the modules announce with their events is appended, in the
 * change's own transaction, to an append-only, hash-chained table ({@code audit_event}), and
 * {@link eu.skills4cities.citycert.audit.AuditLog#verify()} checks the chain and names the first
 * broken link. Checkpoints and the auditor's screens come later (issue 13).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package eu.skills4cities.citycert.audit;
