package eu.skills4cities.citycert.audit;

import java.time.Instant;
import java.util.Map;

/**
 * What to append to the audit log: who did what to which object, when, with a small structured
 * detail (ids, codes, statuses, reasons; never documents or a candidate's own statements).
 */
record AuditRecord(Instant occurredAt, String actor, String action, String objectType, String objectId,
                   Map<String, Object> detail) {
}
