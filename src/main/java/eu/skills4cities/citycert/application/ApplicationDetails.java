package eu.skills4cities.citycert.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An application with everything a candidate or staff member working on it may see.
 *
 * @param frameworkVersionId the exact framework version the application is judged against
 * @param ineligibleRule     when not eligible: which eligibility rule failed ("experience", "education")
 * @param ineligibleRequired when not eligible: what that rule requires
 * @param retakeOf           for a retake of failed units: the application whose units are retaken
 * @param recertificationOf  for a recertification: the id of the role certificate it recertifies
 * @param submittedAt        when the candidate submitted it; empty while it is a draft ({@code createdAt} is
 *                           when the draft was started)
 */
public record ApplicationDetails(UUID id, String number, String candidateUsername, String candidateName,
                                 String roleCode, String roleTitle, UUID frameworkVersionId, String frameworkVersion,
                                 String statement, Integer experienceYears, Integer educationLevel,
                                 ApplicationStatus status, String outcomeReason, String ineligibleRule,
                                 Integer ineligibleRequired, String processInstanceId, Instant createdAt,
                                 Instant updatedAt, List<DocumentInfo> documents, UUID retakeOf,
                                 UUID recertificationOf, Instant submittedAt) {
}
