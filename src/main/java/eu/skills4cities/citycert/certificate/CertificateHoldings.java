package eu.skills4cities.citycert.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import eu.skills4cities.citycert.application.HeldCertificates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Fills the application module's slot: the role certificate a person holds today, active or suspended. */
@Component
class CertificateHoldings implements HeldCertificates {

    private static final Set<CertificateStatus> CURRENT = Set.of(CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED);

    private final CertificateStore store;
    private final Clock clock;

    CertificateHoldings(CertificateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Held> currentFor(String username, String roleCode) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return store.ofHolder(username).stream()
                .filter(c -> c.unitCode() == null && c.roleCode().equals(roleCode) && CURRENT.contains(c.status(today)))
                .findFirst().map(c -> new Held(c.number(), c.validUntil()));
    }
}
