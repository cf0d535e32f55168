/**
 * The audit log: every change the modules announce with their events is appended, in the
 * change's own transaction, to an append-only, hash-chained table ({@code audit_event}), and
 * {@link eu.skills4cities.citycert.audit.AuditLog#verify()} checks the chain and names the first
 * broken link. {@link eu.skills4cities.citycert.audit.AuditApplications} is the auditor's read-only
 * list of every submitted application (API and CSV; the view is in {@code ui}). The
 * signed checkpoints of the chain ({@link eu.skills4cities.citycert.audit.AuditCheckpoints}, made on a
 * BPMN timer by {@link eu.skills4cities.citycert.audit.AuditCheckpointer}) and their verification
 * ({@link eu.skills4cities.citycert.audit.AuditVerifier}) are the auditor's evidence against a rewritten log.
 * {@link eu.skills4cities.citycert.audit.CaseRecord} is the case record of one application, gathered
 * from CityCert's records and the engine's history, all of it for auditors and their own part for
 * staff; {@link eu.skills4cities.citycert.audit.CaseFileExport} exports it as a sealed PDF or a ZIP
 * with a signed JSON.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package eu.skills4cities.citycert.audit;
