package eu.skills4cities.citycert.audit;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The actuator's "auditLog" health: UP while the chain verifies, DOWN naming the first broken
 * link. It reads the whole chain, so it is not part of the liveness or readiness probes.
 */
@Component
class AuditLogHealthIndicator implements HealthIndicator {

    private final AuditLog log;

    AuditLogHealthIndicator(AuditLog log) {
        this.log = log;
    }

    @Override
    public Health health() {
        AuditVerification result = log.verify();
        Health.Builder health = result.intact() ? Health.up() : Health.down()
                .withDetail("brokenSequence", result.brokenSequence())
                .withDetail("problem", result.problem().name());
        return health.withDetail("checked", result.checked())
                .withDetail("headSequence", result.headSequence())
                .withDetail("headHash", result.headHash())
                .build();
    }
}
