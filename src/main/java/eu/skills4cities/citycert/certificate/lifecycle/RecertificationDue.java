package eu.skills4cities.citycert.certificate.lifecycle;

import java.time.LocalDate;
import java.util.Optional;

import eu.skills4cities.citycert.certificate.CertificateChain;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.framework.RoleDefinition;
import eu.skills4cities.citycert.framework.SchemeSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a role certificate's chain is due for recertification: the day its first certificate was issued
 * plus the role's {@code recertificationYears} (default 7), less the reminder ladder's first rung, so the
 * holder has as long to recertify as they have to renew. Unit certificates are not recertified (the role
 * is). The lifecycle process mails the holder on that day; the start page says it from then on.
 */
@Component
public class RecertificationDue {

    static final int DEFAULT_YEARS = 7;

    private final FrameworkCatalogue framework;
    /** Looked up when used: the certificate service's issuing reaches the lifecycle, which reaches this. */
    private final ObjectProvider<CertificateService> certificates;

    RecertificationDue(FrameworkCatalogue framework, ObjectProvider<CertificateService> certificates) {
        this.framework = framework;
        this.certificates = certificates;
    }

    /** The day the certificate's chain is due for recertification; empty for a unit certificate. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> dueFrom(CertificateInfo certificate) {
        if (certificate.unitCode() != null) {
            return Optional.empty();
        }
        SchemeSettings scheme = scheme(certificate);
        int firstRung = scheme.renewalReminderDays().stream().mapToInt(Integer::intValue).max().orElse(0);
        return Optional.of(originIssuedOn(certificate).plusYears(years(scheme)).minusDays(firstRung));
    }

    /** After how many years the role's scheme requires a new assessment. */
    @Transactional(readOnly = true)
    public int years(CertificateInfo certificate) {
        return years(scheme(certificate));
    }

    /** The day the certificate's chain began: its first certificate's issue date (renewals do not restart it). */
    @Transactional(readOnly = true)
    public LocalDate originIssuedOn(CertificateInfo certificate) {
        return certificates.getObject().chain(certificate.number()).map(CertificateChain::originIssuedOn)
                .orElse(certificate.issuedOn());
    }

    private static int years(SchemeSettings scheme) {
        return scheme.recertificationYears() > 0 ? scheme.recertificationYears() : DEFAULT_YEARS;
    }

    private SchemeSettings scheme(CertificateInfo certificate) {
        return Optional.ofNullable(certificate.frameworkVersionId())
                .flatMap(version -> framework.role(version, certificate.roleCode()))
                .map(PublishedRole::role).map(RoleDefinition::scheme).orElseGet(SchemeSettings::defaults);
    }
}
