package eu.skills4cities.citycert.audit;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The actuator's "auditLog" health: UP while the chain checks from the latest valid checkpoint
 * (its signature holds and its row still has the signed hash, then the rows after it chain),
 * DOWN naming the first broken link. It reads only the rows after the latest checkpoint (the
 * whole chain before the first one), so it does not re-read the log on every call; the full check
 * of every checkpoint is on the audit log page and API ({@link AuditVerifier#verify}). It is not
 * part of the liveness or readiness probes.
 */
@Component
class AuditLogHealthIndicator implements HealthIndicator {

    private final AuditVerifier verifier;

    AuditLogHealthIndicator(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Health health() {
        AuditVerification result = verifier.fromLatestCheckpoint();
        Health.Builder health = result.intact() ? Health.up() : Health.down()
                .withDetail("brokenSequence", result.brokenSequence())
                .withDetail("problem", result.problem().name());
        if (result.signedSequence() != null) {
            health.withDetail("checkedFromCheckpoint", result.signedSequence());
        }
        return health.withDetail("checked", result.checked())
                .withDetail("headSequence", result.headSequence())
                .withDetail("headHash", result.headHash() == null ? "" : result.headHash())
                .build();
    }
}
