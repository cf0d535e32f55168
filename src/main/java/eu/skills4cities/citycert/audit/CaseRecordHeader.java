package eu.skills4cities.citycert.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationStatus;

/**
 * What the case record is about: the application, its candidate and role, its status and dates,
 * its documents (name and hash) and certificates (numbers).
 *
 * @param frameworkVersionId the framework version the application is judged against, whose titles the record
 *                           shows; null for one made before frameworks were versioned
 * @param submittedAt when it was submitted, null if the record has no submission
 * @param decidedAt   when the certification decision was taken, or null
 */
public record CaseRecordHeader(UUID id, String number, String candidateUsername, String candidateName,
                               String roleCode, String roleTitle, UUID frameworkVersionId, String frameworkVersion,
                               ApplicationStatus status,
                               Instant submittedAt, Instant decidedAt, List<CaseDocument> documents,
                               List<String> certificates) {
}
