package eu.skills4cities.citycert.certificate.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.assessment.AssessmentService;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateScopeReduced;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.CertificateStore;
import eu.skills4cities.citycert.certificate.CertifiedUnit;
import eu.skills4cities.citycert.certificate.Succession;
import eu.skills4cities.citycert.certificate.SuccessorScope;
import eu.skills4cities.citycert.framework.ContentTitles;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.notification.ByLanguage;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reduction of scope (ISO/IEC 17024 §9.5; docs/credentials.md "Successors"): a certification officer
 * withdraws one unit from an active role certificate, with a reason and a declaration of no conflict
 * of interest. The certificate is superseded at once by a role certificate without the unit when the
 * units left still make the role (the scheme's units required), else by one unit certificate per unit
 * left, with the same last valid day; the old certificate's lifecycle process ends and the successors
 * start theirs; the holder is mailed; the verification page names the successor at once.
 */
@Service
public class ScopeReductions {

    private static final Logger log = LoggerFactory.getLogger(ScopeReductions.class);

    private final CertificateStore store;
    private final CertificateService certificates;
    private final FrameworkCatalogue framework;
    private final UserAccountService users;
    private final MailOutbox mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AssessmentService assessments;

    ScopeReductions(CertificateStore store, CertificateService certificates, FrameworkCatalogue framework,
                    UserAccountService users, MailOutbox mail, ApplicationEventPublisher events, Clock clock,
                    AssessmentService assessments) {
        this.assessments = assessments;
        this.store = store;
        this.certificates = certificates;
        this.framework = framework;
        this.users = users;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Withdraws the unit from the role certificate and issues its successors, in one transaction.
     *
     * @return the successors, the first of which the old certificate names as its replacement
     * @throws AccessDeniedException when the user is not a certification officer
     * @throws eu.skills4cities.citycert.base.InvalidInputException naming the unit, the reason or the declaration
     * @throws NotFoundException     when there is no certificate with this number
     * @throws RefusedException      (conflict) when the certificate is not an active role certificate with more
     *                               than one unit
     */
    @Transactional
    public List<CertificateInfo> reduce(CurrentUser officer, String number, String unitCode, String reason,
                                        boolean noConflictDeclared) {
        if (!CertificateRegister.mayDecide(officer)) {
            throw new AccessDeniedException("Only certification officers reduce the scope of certificates");
        }
        String why = reason == null ? "" : reason.strip();
        String unit = unitCode == null ? "" : unitCode.strip();
        List<UserMessage> problems = new ArrayList<>(CertificateRegister.reasonAndDeclaration(why, noConflictDeclared));
        if (unit.isEmpty()) {
            problems.add(UserMessage.of("problem.scope-reduction.unit-missing"));
        }
        CertificateRegister.requireNoProblems(problems);
        // the row lock makes a concurrent decision on the certificate wait and then see this one
        CertificateInfo certificate = store.lock(number).orElseThrow(() -> NotFoundException.of("certificate.not-found"));
        refusal(certificate).ifPresent(refusal -> {
            throw new RefusedException(RefusedException.Kind.CONFLICT, refusal).titled("api.certificate-register.conflict");
        });
        List<CertifiedUnit> units = store.units(certificate.id());
        if (units.stream().noneMatch(u -> u.code().equals(unit))) {
            CertificateRegister.requireNoProblems(List.of(UserMessage.of("problem.scope-reduction.unit-unknown",
                    number, unit)));
        }
        List<CertifiedUnit> left = units.stream().filter(u -> !u.code().equals(unit)).toList();
        List<CertificateInfo> successors = left.size() >= unitsForTheRole(certificate, units.size())
                ? List.of(certificates.issueSuccessor(certificate.id(), Succession.SCOPE_REDUCTION, left))
                : certificates.issueSuccessors(certificate.id(), Succession.SCOPE_REDUCTION, left.stream()
                        .map(u -> new SuccessorScope(u.code(), u.title(), List.of(u))).toList());
        // the unit no longer counts as held for a later application
        assessments.withdrawPassedUnit(certificate.holderUsername(), certificate.roleCode(), unit);
        Instant now = clock.instant();
        store.recordDecision(certificate.id(), StatusChange.SCOPE_REDUCED, unit, why, officer.username(), now, true);
        List<String> numbers = successors.stream().map(CertificateInfo::number).toList();
        String unitTitle = units.stream().filter(u -> u.code().equals(unit)).findFirst().orElseThrow().title();
        users.find(certificate.holderUsername()).filter(holder -> !holder.erased()).ifPresent(holder ->
                mail.queue(holder.email(), "certificate-scope-reduced", holder.fullName(), number,
                        (ByLanguage) language -> titles(certificate, language).role(certificate.frameworkVersionId(),
                                certificate.roleCode(), certificate.roleTitle()).text(),
                        (ByLanguage) language -> unit + " " + titles(certificate, language).unit(
                                certificate.frameworkVersionId(), certificate.roleCode(), unit, unitTitle).text(),
                        why, String.join(", ", numbers)));
        events.publishEvent(new CertificateScopeReduced(certificate.id(), number, certificate.holderUsername(),
                certificate.roleCode(), unit, numbers, why, officer.username(), now));
        log.info("Certificate {}: unit {} withdrawn by {}; replaced by {}", number, unit, officer.username(), numbers);
        return successors;
    }

    /** Why the certificate's scope cannot be reduced, or empty when it can. */
    public Optional<UserMessage> refusal(CertificateInfo certificate) {
        CertificateStatus status = certificate.status(today());
        if (certificate.unitCertificate()) {
            return Optional.of(UserMessage.of("problem.scope-reduction.unit-certificate", certificate.number()));
        }
        if (status != CertificateStatus.ACTIVE) {
            return Optional.of(UserMessage.of("problem.scope-reduction.not-active", certificate.number(),
                    status.name()));
        }
        if (store.units(certificate.id()).size() < 2) {
            return Optional.of(UserMessage.of("problem.scope-reduction.last-unit", certificate.number()));
        }
        return Optional.empty();
    }

    /** The units a role certificate needs under the scheme of its framework version (all of them when unknown). */
    private int unitsForTheRole(CertificateInfo certificate, int unitsHeld) {
        return Optional.ofNullable(certificate.frameworkVersionId())
                .flatMap(version -> framework.role(version, certificate.roleCode()))
                .map(PublishedRole::role).map(role -> role.unitsRequiredForCertificate()).orElse(unitsHeld);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** The role and unit titles of the certificate's framework version in the mail's language. */
    private ContentTitles titles(CertificateInfo certificate, java.util.Locale language) {
        UUID version = certificate.frameworkVersionId();
        return framework.titles(version == null ? List.of() : List.of(version), language);
    }
}
