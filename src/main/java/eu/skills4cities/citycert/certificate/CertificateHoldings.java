package eu.skills4cities.citycert.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import eu.skills4cities.citycert.application.HeldCertificates;
import eu.skills4cities.citycert.certificate.lifecycle.RecertificationDue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the application module's slot: the role certificate a person holds today (active or
 * suspended), their active unit certificates, and the role certificates they may recertify.
 */
@Component
class CertificateHoldings implements HeldCertificates {

    private static final Set<CertificateStatus> CURRENT = Set.of(CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED);
    private static final Set<CertificateStatus> RECERTIFIABLE = Set.of(CertificateStatus.ACTIVE, CertificateStatus.EXPIRED);

    private final CertificateStore store;
    private final RecertificationDue recertification;
    private final Clock clock;

    CertificateHoldings(CertificateStore store, RecertificationDue recertification, Clock clock) {
        this.store = store;
        this.recertification = recertification;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Held> currentFor(String username, String roleCode) {
        LocalDate today = today();
        return store.ofHolder(username).stream()
                .filter(c -> c.unitCode() == null && c.roleCode().equals(roleCode) && CURRENT.contains(c.status(today)))
                .findFirst().map(c -> new Held(c.number(), c.validUntil()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<HeldUnit> unitsHeldFor(String username, String roleCode, UUID applicationId) {
        LocalDate today = today();
        Set<UUID> own = store.forApplication(applicationId).stream().map(CertificateInfo::id)
                .collect(java.util.stream.Collectors.toSet());
        return store.ofHolder(username).stream()
                .filter(c -> c.unitCode() != null && c.roleCode().equals(roleCode)
                        && !applicationId.equals(c.applicationId())
                        && (c.status(today) == CertificateStatus.ACTIVE || own.contains(c.supersededBy())))
                .map(c -> new HeldUnit(c.unitCode(), c.number(), c.issuedOn(), c.applicationId())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RoleCertificate> recertifiable(String username, String number) {
        LocalDate today = today();
        return store.byNumber(number == null ? "" : number.strip())
                .filter(c -> c.holderUsername().equals(username) && c.unitCode() == null
                        && RECERTIFIABLE.contains(c.status(today)) && c.supersededBy() == null)
                .map(this::roleCertificate);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RoleCertificate> roleCertificate(UUID id) {
        return store.byId(id).filter(c -> c.unitCode() == null).map(this::roleCertificate);
    }

    private RoleCertificate roleCertificate(CertificateInfo certificate) {
        return new RoleCertificate(certificate.id(), certificate.number(), certificate.holderUsername(),
                certificate.roleCode(), certificate.frameworkVersionId(), recertification.originIssuedOn(certificate),
                certificate.validUntil(), store.units(certificate.id()).stream().map(CertifiedUnit::code).toList());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
