package eu.skills4cities.citycert.audit;

import java.util.List;

/**
 * The case record of one application, oldest entry first.
 *
 * @param complete true when it holds every entry (auditors and administrators); false when it is a
 *                 staff member's own part of it
 * @param viewer   whose view of the record this is
 */
public record ApplicationCaseRecord(CaseRecordHeader header, List<CaseRecordEntry> entries, boolean complete,
                                    String viewer) {
}
