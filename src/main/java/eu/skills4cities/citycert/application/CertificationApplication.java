package eu.skills4cities.citycert.application;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The application aggregate as stored; documents are stored beside it (see {@link EvidenceDocumentStore}). */
@Table("application")
record CertificationApplication(@Id UUID id, String number, String candidateUsername, String roleCode,
                                String statement, ApplicationStatus status, String outcomeReason,
                                String processInstanceId, Instant createdAt, Instant updatedAt,
                                @Version Long version) {

    CertificationApplication withProcessInstance(String processInstanceId) {
        return new CertificationApplication(id, number, candidateUsername, roleCode, statement, status, outcomeReason,
                processInstanceId, createdAt, updatedAt, version);
    }

    CertificationApplication withStatus(ApplicationStatus newStatus, String reason, Instant now) {
        return new CertificationApplication(id, number, candidateUsername, roleCode, statement, newStatus,
                reason == null ? outcomeReason : reason, processInstanceId, createdAt, now, version);
    }
}
