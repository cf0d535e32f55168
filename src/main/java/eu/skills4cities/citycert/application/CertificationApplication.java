package eu.skills4cities.citycert.application;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The application aggregate as stored; documents are stored beside it (see {@link EvidenceDocumentStore}).
 * {@code frameworkVersion} is the exact framework version the application is judged against;
 * {@code retakeOf}, for a retake of failed units, the application whose units are retaken;
 * {@code recertificationOf}, for a recertification, the role certificate it recertifies;
 * {@code submittedAt}, when the candidate submitted it (empty for a draft; a draft is created well before).
 */
@Table("application")
record CertificationApplication(@Id UUID id, String number, String candidateUsername, String roleCode,
                                UUID frameworkVersion, String statement, Integer experienceYears,
                                Integer educationLevel, ApplicationStatus status, String outcomeReason,
                                String ineligibleRule, Integer ineligibleRequired, String processInstanceId,
                                Instant createdAt, Instant updatedAt, UUID retakeOf, UUID recertificationOf,
                                Instant submittedAt, @Version Long version) {

    CertificationApplication withProcessInstance(String processInstanceId) {
        return new CertificationApplication(id, number, candidateUsername, roleCode, frameworkVersion, statement,
                experienceYears, educationLevel, status, outcomeReason, ineligibleRule, ineligibleRequired,
                processInstanceId, createdAt, updatedAt, retakeOf, recertificationOf, submittedAt, version);
    }

    CertificationApplication withStatus(ApplicationStatus newStatus, String reason, Instant now) {
        return new CertificationApplication(id, number, candidateUsername, roleCode, frameworkVersion, statement,
                experienceYears, educationLevel, newStatus, reason == null ? outcomeReason : reason, ineligibleRule,
                ineligibleRequired, processInstanceId, createdAt, now, retakeOf, recertificationOf, submittedAt, version);
    }

    CertificationApplication withDraft(String newStatement, Integer years, Integer level, Instant now) {
        return new CertificationApplication(id, number, candidateUsername, roleCode, frameworkVersion, newStatement,
                years, level, status, outcomeReason, ineligibleRule, ineligibleRequired, processInstanceId, createdAt,
                now, retakeOf, recertificationOf, submittedAt, version);
    }

    CertificationApplication ineligible(String rule, Integer required, Instant now) {
        return new CertificationApplication(id, number, candidateUsername, roleCode, frameworkVersion, statement,
                experienceYears, educationLevel, ApplicationStatus.NOT_ELIGIBLE, outcomeReason, rule, required,
                processInstanceId, createdAt, now, retakeOf, recertificationOf, submittedAt, version);
    }

    CertificationApplication submitted(Instant now) {
        return new CertificationApplication(id, number, candidateUsername, roleCode, frameworkVersion, statement,
                experienceYears, educationLevel, ApplicationStatus.SUBMITTED, outcomeReason, ineligibleRule,
                ineligibleRequired, processInstanceId, createdAt, now, retakeOf, recertificationOf, now, version);
    }
}
