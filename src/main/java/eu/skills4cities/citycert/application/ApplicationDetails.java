package eu.skills4cities.citycert.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An application with everything a candidate or staff member working on it may see. */
public record ApplicationDetails(UUID id, String number, String candidateUsername, String candidateName,
                                 String roleCode, String roleTitle, String statement, ApplicationStatus status,
                                 String outcomeReason, String processInstanceId, Instant createdAt,
                                 Instant updatedAt, List<DocumentInfo> documents) {
}
