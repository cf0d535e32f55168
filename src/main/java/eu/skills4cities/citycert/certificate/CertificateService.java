package eu.skills4cities.citycert.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationProgress;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.assessment.AssessmentService;
import eu.skills4cities.citycert.assessment.UnitStanding;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.certificate.lifecycle.Suspensions;
import eu.skills4cities.citycert.certificate.renewal.Renewals;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.framework.UnitDefinition;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final FrameworkCatalogue framework;
    private final CertificateProperties properties;
    private final Clock clock;
    private final Suspensions suspensions;
    private final Renewals renewals;
    private final CertificateMint mint;
    private final CertificateSuccessors successors;

    CertificateService(CertificateStore store, ApplicationService applications, ApplicationProgress progress,
                       AssessmentService assessments, FrameworkCatalogue framework, CertificateProperties properties,
                       Clock clock, Suspensions suspensions, CertificateMint mint, CertificateSuccessors successors,
                       Renewals renewals) {
        this.store = store;
        this.applications = applications;
        this.progress = progress;
        this.assessments = assessments;
        this.framework = framework;
        this.properties = properties;
        this.clock = clock;
        this.suspensions = suspensions;
        this.renewals = renewals;
        this.mint = mint;
        this.successors = successors;
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
        LocalDate issuedOn = today();
        LocalDate validUntil = validUntil(issuedOn, validityMonths);
        // applications assessed before units were scored one by one certify the whole role
        boolean unitsScored = !assessments.results(applicationId).isEmpty();
        UnitStanding standing = unitsScored ? assessments.standing(applicationId) : null;
        int inserted = 0;
        // a recertification's role certificate succeeds the newest certificate of the recertified one's chain
        CertificateInfo recertified = recertified(application).orElse(null);
        UUID roleCertificate = UUID.randomUUID();
        if (standing == null || standing.fullRole()) {
            List<CertifiedUnit> units = standing == null
                    ? role.map(r -> r.role().units().stream().map(CertificateService::certified).toList()).orElse(List.of())
                    : standing.held().stream().map(CertificateService::certified).toList();
            inserted += insert(roleCertificate, application, null, units, eqfLevel, issuedOn, validUntil,
                    recertified == null ? null : recertified.id());
        } else {
            for (UnitDefinition unit : standing.passedHere()) {
                inserted += insert(UUID.randomUUID(), application, unit, List.of(certified(unit)), eqfLevel, issuedOn,
                        validUntil, null);
            }
        }
        if (inserted > 0) {
            boolean full = standing == null || standing.fullRole();
            if (full) {
                // the holder's unit certificates for the role are superseded by the role certificate that now covers them
                mint.superseded(store.supersedeUnitCertificates(application.id()));
                if (recertified != null) {
                    // also when it expired meanwhile: the chain stays linked (docs/credentials.md, "Recertification")
                    supersede(recertified, roleCertificate);
                }
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
     * Renders, seals and stores one certificate of an application, and hands it to its credential,
     * in this transaction; 0 when a concurrent call stored it first.
     */
    private int insert(UUID id, ApplicationDetails application, UnitDefinition unit, List<CertifiedUnit> units,
                       Integer eqfLevel, LocalDate issuedOn, LocalDate validUntil, UUID recertified) {
        CertificateInfo certificate = new CertificateInfo(id,
                CertificateNumbers.next(issuedOn.getYear()), application.id(),
                application.candidateUsername(), application.candidateName(), application.roleCode(),
                application.roleTitle(), eqfLevel, application.frameworkVersionId(), application.frameworkVersion(),
                issuedOn, validUntil, unit == null ? null : unit.code(), unit == null ? null : unit.title(),
                CertificateStatus.ACTIVE.name(), null);
        return mint.store(certificate, units, recertified,
                recertified == null ? null : Succession.RECERTIFICATION) ? 1 : 0;
    }

    /**
     * The certificate a recertification application's role certificate succeeds: the one it names, or,
     * when that was renewed meanwhile, the newest role certificate of its chain; locked.
     */
    private Optional<CertificateInfo> recertified(ApplicationDetails application) {
        if (application.recertificationOf() == null) {
            return Optional.empty();
        }
        CertificateInfo named = store.byId(application.recertificationOf()).orElseThrow();
        String newest = chain(named.number()).map(chain -> chain.links().stream()
                        .filter(link -> link.unitCode() == null && link.status() != CertificateStatus.SUPERSEDED)
                        .reduce((first, last) -> last).map(CertificateChain.Link::number).orElse(named.number()))
                .orElse(named.number());
        return store.byNumber(newest).flatMap(c -> store.lockById(c.id()));
    }

    // ---- successors (docs/credentials.md, "Successors"): CertificateSuccessors

    /**
     * Issues the certificate that succeeds {@code predecessorId} and supersedes it, in the caller's
     * transaction: see {@link CertificateSuccessors#issue}.
     *
     * @param units the units the successor covers; null for the predecessor's
     */
    @Transactional
    public CertificateInfo issueSuccessor(UUID predecessorId, Succession why, List<CertifiedUnit> units) {
        return successors.issue(predecessorId, why, units);
    }

    /**
     * The successor of a renewal reopened on an upheld appeal: continuous from the day after the old last
     * valid day, also when accepted after it (see {@link CertificateSuccessors#issueContinuingRenewal}).
     */
    @Transactional
    public CertificateInfo issueContinuingRenewal(UUID predecessorId) {
        return successors.issueContinuingRenewal(predecessorId);
    }

    /** Several successors of one certificate: see {@link CertificateSuccessors#issueAll}. */
    @Transactional
    public List<CertificateInfo> issueSuccessors(UUID predecessorId, Succession why,
                                                 List<SuccessorScope> scopes) {
        return successors.issueAll(predecessorId, why, scopes);
    }

    /** The certificate with those before and after it, oldest first; for anyone (what is public of it). */
    @Transactional(readOnly = true)
    public Optional<CertificateChain> chain(String number) {
        return successors.chain(number);
    }

    /**
     * The predecessor is superseded by a successor issued otherwise (a recertification's new
     * application): register, status list and lifecycle follow in this transaction.
     */
    void supersede(CertificateInfo predecessor, UUID successorId) {
        mint.supersede(predecessor, successorId);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
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

    /** {@link #byNumber} for several numbers in one query: the certificates found, by number. */
    @Transactional(readOnly = true)
    public Map<String, CertificateInfo> byNumbers(Collection<String> numbers) {
        return store.byNumbers(numbers).stream()
                .collect(Collectors.toMap(CertificateInfo::number, certificate -> certificate));
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
     * Erases what the holder wrote and uploaded in answer to suspensions of their certificates and
     * with their renewals, for the deletion of their account; the certificates and the decisions on
     * them stay.
     */
    @Transactional
    public void erasePersonalContent(CurrentUser holder) {
        suspensions.erasePersonalContent(holder);
        renewals.erasePersonalContent(holder);
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
