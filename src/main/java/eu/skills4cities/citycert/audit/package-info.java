/**
 * The audit log: every change the modules announce with their events is appended, in the
 * change's own transaction, to an append-only, hash-chained table ({@code audit_event}), and
 * {@link eu.skills4cities.citycert.audit.AuditLog#verify()} checks the chain and names the first
 * broken link. {@link eu.skills4cities.citycert.audit.AuditApplications} is the auditor's read-only
 * list of every submitted application (API and CSV; the view is in {@code ui}). Checkpoints and
 * the auditor's other screens come later (issue 13).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package eu.skills4cities.citycert.audit;
