package eu.skills4cities.citycert.certificate;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import eu.skills4cities.citycert.assessment.AssessmentService;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.register.StatusChange;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reverses a reduction of scope for an upheld appeal (docs/credentials.md, "Successors"): the certificates
 * the reduction issued are superseded by one role certificate with their units and the withdrawn unit
 * again, with the same last valid day ({@link Succession#SCOPE_RESTORATION}); the unit counts as held again
 * ({@code AssessmentService.restorePassedUnit}); the reduced certificate's history says {@code SCOPE_RESTORED}.
 * A successor rather than undoing the reduction on the old certificate: the old one is superseded and
 * revoked on its status list, and a credential once revoked is not taken back, so the chain moves forward.
 * In the caller's transaction (the appeal's outcome).
 */
@Component
class ScopeRestoration {

    private static final Logger log = LoggerFactory.getLogger(ScopeRestoration.class);

    private final CertificateStore store;
    private final CertificateChainStore chains;
    private final CertificateSuccessors successors;
    private final CertificateMint mint;
    private final AssessmentService assessments;
    private final UserAccountService users;
    private final MailOutbox mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScopeRestoration(CertificateStore store, CertificateChainStore chains, CertificateSuccessors successors,
                     CertificateMint mint, AssessmentService assessments, UserAccountService users, MailOutbox mail,
                     ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.chains = chains;
        this.successors = successors;
        this.mint = mint;
        this.assessments = assessments;
        this.users = users;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @return the certificate with the unit again
     * @throws RefusedException when the reduction is not the certificate's last decision any more, or its
     *                          successors were superseded or withdrawn since (renewed, withdrawn)
     */
    CertificateInfo restore(String number, String appealNumber, String reason, String decidedBy) {
        CertificateInfo reduced = store.lock(number).orElseThrow(() -> NotFoundException.of("certificate.not-found"));
        List<CertificateStore.StatusRecord> history = store.statusHistory(number);
        CertificateStore.StatusRecord last = history.isEmpty() ? null : history.get(history.size() - 1);
        if (last == null || !StatusChange.SCOPE_REDUCED.equals(last.status()) || last.unitCode() == null) {
            throw nothingToRestore(number);
        }
        List<CertificateInfo> current = chains.successors(reduced.id()).stream()
                .map(id -> store.lockById(id).orElseThrow()).toList();
        if (current.isEmpty() || current.stream().anyMatch(c -> c.supersededBy() != null
                || CertificateStatus.WITHDRAWN.name().equals(c.recordedStatus()))) {
            throw nothingToRestore(number);
        }
        Set<String> covered = new HashSet<>();
        current.forEach(c -> store.units(c.id()).forEach(u -> covered.add(u.code())));
        covered.add(last.unitCode());
        // the reduced certificate's units, in the framework's order, less any no successor covers
        List<CertifiedUnit> units = store.units(reduced.id()).stream().filter(u -> covered.contains(u.code())).toList();
        CertificateInfo restored = successors.issue(current.get(0).id(), Succession.SCOPE_RESTORATION, units);
        current.stream().skip(1).forEach(other -> mint.supersede(other, restored.id()));
        assessments.restorePassedUnit(reduced.holderUsername(), reduced.roleCode(), last.unitCode());
        Instant now = clock.instant();
        String why = appealNumber + ": " + reason;
        store.recordDecision(reduced.id(), StatusChange.SCOPE_RESTORED, last.unitCode(), why, decidedBy, now, true);
        users.find(reduced.holderUsername()).filter(holder -> !holder.erased()).ifPresent(holder ->
                mail.queue(holder.email(), "certificate-scope-restored", holder.fullName(), number, last.unitCode(),
                        appealNumber, restored.number(), restored.validUntil().toString()));
        events.publishEvent(new CertificateScopeRestored(reduced.id(), number, reduced.holderUsername(),
                last.unitCode(), restored.number(), appealNumber, why, decidedBy, now));
        log.info("Certificate {}: unit {} restored on appeal {} by {}; now {} (was {})", number, last.unitCode(),
                appealNumber, decidedBy, restored.number(), current.stream().map(CertificateInfo::number).toList());
        return restored;
    }

    private static RefusedException nothingToRestore(String number) {
        return new RefusedException(RefusedException.Kind.CONFLICT,
                UserMessage.of("problem.appeal.scope-not-restorable", number));
    }
}
