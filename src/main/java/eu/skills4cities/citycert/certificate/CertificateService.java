package eu.skills4cities.citycert.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationProgress;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.assessment.AssessmentService;
import eu.skills4cities.citycert.assessment.UnitStanding;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.certificate.badge.DigitalCredentialService;
import eu.skills4cities.citycert.certificate.lifecycle.CertificateLifecycle;
import eu.skills4cities.citycert.certificate.lifecycle.Suspensions;
import eu.skills4cities.citycert.certificate.signing.CertificateIssuer;
import eu.skills4cities.citycert.certificate.signing.PadesSigner;
import eu.skills4cities.citycert.certificate.signing.SigningKeys;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.framework.UnitDefinition;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues certificates and hands them to the people allowed to have them. */
@Service
public class CertificateService {

    private static final Logger log = LoggerFactory.getLogger(CertificateService.class);

    private final CertificateStore store;
    private final ApplicationService applications;
    private final ApplicationProgress progress;
    private final AssessmentService assessments;
    private final CertificatePdfRenderer renderer;
    private final PadesSigner signer;
    private final SigningKeys keys;
    private final DigitalCredentialService credentials;
    private final AccountLinksProperties links;
    private final MessageSource messages;
    private final FrameworkCatalogue framework;
    private final CertificateProperties properties;
    private final CertificateIssuer issuer;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CertificateLifecycle lifecycle;
    private final Suspensions suspensions;

    CertificateService(CertificateStore store, ApplicationService applications, ApplicationProgress progress,
                       AssessmentService assessments,
                       CertificatePdfRenderer renderer, PadesSigner signer, SigningKeys keys,
                       DigitalCredentialService credentials,
                       AccountLinksProperties links, MessageSource messages,
                       FrameworkCatalogue framework, CertificateProperties properties, CertificateIssuer issuer,
                       Clock clock, ApplicationEventPublisher events, CertificateLifecycle lifecycle,
                       Suspensions suspensions) {
        this.store = store;
        this.applications = applications;
        this.progress = progress;
        this.assessments = assessments;
        this.renderer = renderer;
        this.signer = signer;
        this.keys = keys;
        this.credentials = credentials;
        this.links = links;
        this.messages = messages;
        this.framework = framework;
        this.properties = properties;
        this.issuer = issuer;
        this.clock = clock;
        this.events = events;
        this.lifecycle = lifecycle;
        this.suspensions = suspensions;
    }

    /**
     * Issues the certificates of a certified application: the role certificate when the
     * candidate now holds every unit the role needs, else one unit certificate per unit this
     * application passed. Idempotent: a retried or concurrent call finds them issued (one per
     * application and unit, enforced by a unique index) and returns them.
     */
    @Transactional
    public List<CertificateInfo> issue(UUID applicationId) {
        List<CertificateInfo> existing = forApplication(applicationId);
        if (!existing.isEmpty()) {
            return existing;
        }
        ApplicationDetails application = applications.details(applicationId);
        // the certificate states the role as the application's own framework version defines it
        Optional<PublishedRole> role = application.frameworkVersionId() == null ? Optional.empty()
                : framework.role(application.frameworkVersionId(), application.roleCode());
        int validityMonths = role.map(r -> r.role().scheme().validityMonths()).orElse(properties.validityMonths());
        Integer eqfLevel = role.map(r -> r.role().eqfLevel()).orElse(null);
        LocalDate issuedOn = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate validUntil = validUntil(issuedOn, validityMonths);
        // applications assessed before units were scored one by one certify the whole role
        boolean unitsScored = !assessments.results(applicationId).isEmpty();
        UnitStanding standing = unitsScored ? assessments.standing(applicationId) : null;
        int inserted = 0;
        if (standing == null || standing.fullRole()) {
            List<CertifiedUnit> units = standing == null
                    ? role.map(r -> r.role().units().stream().map(CertificateService::certified).toList()).orElse(List.of())
                    : standing.held().stream().map(CertificateService::certified).toList();
            inserted += insert(application, null, units, eqfLevel, issuedOn, validUntil);
        } else {
            for (UnitDefinition unit : standing.passedHere()) {
                inserted += insert(application, unit, List.of(certified(unit)), eqfLevel, issuedOn, validUntil);
            }
        }
        if (inserted > 0) {
            boolean full = standing == null || standing.fullRole();
            if (full) {
                // the holder's unit certificates for the role are superseded by the role certificate that now covers them
                List<UUID> superseded = store.supersedeUnitCertificates(application.id());
                credentials.superseded(superseded);
                lifecycle.superseded(superseded);
            }
            progress.changeStatus(applicationId,
                    full ? ApplicationStatus.CERTIFIED : ApplicationStatus.PARTIALLY_CERTIFIED, null);
            log.info("{} certificate(s) issued for application {} ({})", inserted, application.number(),
                    full ? "role" : "units");
        }
        return forApplication(applicationId);
    }

    private static CertifiedUnit certified(UnitDefinition unit) {
        return new CertifiedUnit(unit.code(), unit.title());
    }

    /**
     * Renders, seals and stores one certificate, and hands it to its credential, in this
     * transaction; 0 when a concurrent call stored it first.
     */
    private int insert(ApplicationDetails application, UnitDefinition unit, List<CertifiedUnit> units,
                       Integer eqfLevel, LocalDate issuedOn, LocalDate validUntil) {
        String number = CertificateNumbers.next(issuedOn.getYear());
        String verificationUrl = links.publicUrl() + "/" + CertificateLinks.verification(number);
        byte[] rendered = renderer.render(new CertificatePdfRenderer.Content(number, application.candidateName(),
                application.roleTitle(), unit == null ? null : unit.title(), eqfLevel, application.frameworkVersion(),
                units, issuedOn, validUntil, issuer.name(), verificationUrl));
        byte[] pdf = signer.sign(rendered, new PadesSigner.SealBlock(CertificatePdfRenderer.SEAL_AREA,
                message("certificate.seal.caption", issuer.name()),
                message("certificate.seal.detail", links.publicUrl() + "/verify")));
        CertificateInfo certificate = new CertificateInfo(UUID.randomUUID(), number, application.id(),
                application.candidateUsername(), application.candidateName(), application.roleCode(),
                application.roleTitle(), eqfLevel, application.frameworkVersionId(), application.frameworkVersion(),
                issuedOn, validUntil, unit == null ? null : unit.code(), unit == null ? null : unit.title(),
                CertificateStatus.ACTIVE.name(), null);
        if (!store.insert(new CertificateStore.NewCertificate(certificate, units, pdf,
                SigningKeys.certificateSha256(keys.certificate())))) {
            return 0;
        }
        // the Open Badges credential, signed now, of what was just stored: no second read of the row
        credentials.issue(certificate, units);
        events.publishEvent(new CertificateIssued(certificate.id(), number, application.id(),
                application.candidateUsername(), application.roleCode(), certificate.unitCode(), issuedOn, validUntil));
        // its lifecycle process, in this transaction: a retried or rolled-back issue starts none more
        lifecycle.start(certificate);
        return 1;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }

    /** The units a certificate covers, in the framework's order. */
    @Transactional(readOnly = true)
    public List<CertifiedUnit> units(UUID certificateId) {
        return store.units(certificateId);
    }

    /**
     * A certificate by its number, whoever asks: for the public verification and the register,
     * which show only what they may. Callers that hand out a PDF check access themselves.
     */
    @Transactional(readOnly = true)
    public Optional<CertificateInfo> byNumber(String number) {
        return store.byNumber(number);
    }

    /** The certificates issued for an application: its role certificate, or its unit certificates. */
    @Transactional(readOnly = true)
    public List<CertificateInfo> forApplication(UUID applicationId) {
        return store.forApplication(applicationId);
    }

    /** The holder's own certificates, newest first. */
    @Transactional(readOnly = true)
    public List<CertificateInfo> mine(CurrentUser holder) {
        return store.ofHolder(holder.username());
    }

    /**
     * The PDF of a certificate, for its holder and for officers, auditors and administrators.
     *
     * @throws NotFoundException when there is none the user may have
     */
    @Transactional(readOnly = true)
    public byte[] pdf(CurrentUser user, String number) {
        CertificateInfo certificate = store.byNumber(number)
                .filter(c -> c.holderUsername().equals(user.username())
                        || user.hasAnyOf(Role.CERTIFICATE_READERS))
                .orElseThrow(() -> NotFoundException.of("certificate.not-found"));
        return store.pdf(certificate.id());
    }

    /**
     * Erases what the holder wrote and uploaded in answer to suspensions of their certificates, for
     * the deletion of their account; the certificates and the decisions on them stay.
     */
    @Transactional
    public void erasePersonalContent(CurrentUser holder) {
        suspensions.erasePersonalContent(holder);
    }

    /**
     * The last day of validity, inclusive: a validity of N months covers N whole months, so a
     * certificate issued on 1 December 2026 for 24 months is valid until 30 November 2028 and
     * expired on 1 December 2028 (docs/credentials.md, "Validity"). When the last month has no
     * such day (issued on 31 January for one month) the month's last day is the last day of
     * validity (28 or 29 February).
     */
    public static LocalDate validUntil(LocalDate issuedOn, int validityMonths) {
        LocalDate sameDay = issuedOn.plusMonths(validityMonths);
        boolean monthTooShort = sameDay.getDayOfMonth() < issuedOn.getDayOfMonth();
        return monthTooShort ? sameDay : sameDay.minusDays(1);
    }
}
