package eu.skills4cities.citycert.certificate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.lifecycle.CertificateLifecycle;
import eu.skills4cities.citycert.certificate.renewal.RenewalReopening;
import eu.skills4cities.citycert.certificate.renewal.RenewalStatus;
import eu.skills4cities.citycert.certificate.renewal.Renewals;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the appeals need of the certificate module: the decisions recorded on a holder's certificates
 * that they may appeal (suspension, withdrawal, reduction of scope, a refused renewal), who recorded them,
 * and what an upheld appeal orders. A suspension is lifted as the register's reinstatement lifts it
 * (status, history, suspension bit, the lifecycle's decision task); a withdrawal is reversed: the
 * certificate is active again, its revocation bit cleared and its lifecycle started again; a reduction of
 * scope is reversed by a successor with the unit again ({@link ScopeRestoration}); a refused renewal goes
 * back to its check ({@code renewal.RenewalReopening}). All in the caller's transaction, so the appeal's
 * outcome, the status and the status list commit together.
 */
@Service
public class CertificateAppeals {

    private static final Logger log = LoggerFactory.getLogger(CertificateAppeals.class);
    /** The recorded decisions a holder may appeal. */
    public static final Set<String> APPEALABLE = Set.of("SUSPENDED", "WITHDRAWN", "SCOPE_REDUCED");
    /** The decision a renewal's reviewer takes when the CPD does not suffice. */
    public static final String RENEWAL_REFUSED = "RENEWAL_REFUSED";

    private final CertificateStore store;
    private final CertificateLifecycle lifecycle;
    private final Renewals renewals;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ScopeRestoration scopes;
    private final RenewalReopening renewalReopening;

    CertificateAppeals(CertificateStore store, CertificateLifecycle lifecycle, Renewals renewals,
                       ApplicationEventPublisher events, Clock clock, ScopeRestoration scopes,
                       RenewalReopening renewalReopening) {
        this.scopes = scopes;
        this.renewalReopening = renewalReopening;
        this.store = store;
        this.renewals = renewals;
        this.lifecycle = lifecycle;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A decision recorded on a certificate.
     *
     * @param decision       SUSPENDED, WITHDRAWN, SCOPE_REDUCED or RENEWAL_REFUSED
     * @param current        whether the decision still stands (the certificate's status is still the one decided)
     */
    public record RecordedDecision(String number, java.util.UUID applicationId, String holder, String title,
                                   String decision, String unitCode, String reason, String decidedBy,
                                   Instant decidedAt, boolean current) {
    }

    /** The appealable decisions recorded on the holder's certificates, newest first. */
    @Transactional(readOnly = true)
    public List<RecordedDecision> decisionsOf(String holder) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<RecordedDecision> decisions = new ArrayList<>();
        for (CertificateInfo certificate : store.ofHolder(holder)) {
            List<CertificateStore.StatusRecord> history = store.statusHistory(certificate.number());
            for (int i = 0; i < history.size(); i++) {
                CertificateStore.StatusRecord row = history.get(i);
                if (!APPEALABLE.contains(row.status())) {
                    continue;
                }
                boolean last = i == history.size() - 1;
                boolean current = "SCOPE_REDUCED".equals(row.status()) ? last
                        : last && certificate.status(today).name().equals(row.status());
                decisions.add(new RecordedDecision(certificate.number(), certificate.applicationId(), holder,
                        title(certificate), row.status(), row.unitCode(), row.reason(), row.changedBy(),
                        row.changedAt(), current));
            }
            // the latest renewal, refused by its reviewer: it stands while it is the latest
            renewals.latest(CurrentUser.of(holder, Role.CANDIDATE), certificate.number())
                    .filter(renewal -> renewal.status() == RenewalStatus.REFUSED && renewal.decidedAt() != null)
                    .ifPresent(renewal -> decisions.add(new RecordedDecision(certificate.number(),
                            certificate.applicationId(), holder, title(certificate), RENEWAL_REFUSED, null,
                            renewal.reason(), renewal.reviewer(), renewal.decidedAt(), true)));
        }
        decisions.sort(java.util.Comparator.comparing(RecordedDecision::decidedAt).reversed());
        return decisions;
    }

    private static String title(CertificateInfo certificate) {
        return certificate.unitTitle() == null ? certificate.roleTitle() : certificate.unitTitle();
    }

    /**
     * Reverses the decision an upheld appeal contested: lifts a suspension, or reverses a withdrawal.
     *
     * @param decidedBy the panel member who decided the appeal
     * @throws NotFoundException when there is no such certificate
     * @throws RefusedException  when the certificate is neither suspended nor withdrawn any more
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reverse(String number, String appealNumber, String reason, String decidedBy) {
        CertificateInfo certificate = store.lock(number).orElseThrow(() -> NotFoundException.of("certificate.not-found"));
        Instant now = clock.instant();
        String why = appealNumber + ": " + reason;
        switch (certificate.recordedStatus()) {
            case "SUSPENDED" -> {
                store.changeStatus(certificate.id(), "ACTIVE", why, decidedBy, now, true);
                events.publishEvent(new CertificateReinstated(certificate.id(), number, certificate.holderUsername(),
                        why, decidedBy, now));
                lifecycle.reinstated(certificate);
            }
            case "WITHDRAWN" -> {
                store.changeStatus(certificate.id(), "ACTIVE", why, decidedBy, now, true);
                events.publishEvent(new CertificateWithdrawalReversed(certificate.id(), number,
                        certificate.holderUsername(), why, decidedBy, appealNumber, now));
                lifecycle.restart(store.byId(certificate.id()).orElseThrow());
            }
            default -> throw new RefusedException(RefusedException.Kind.CONFLICT,
                    UserMessage.of("problem.appeal.nothing-to-reverse", number));
        }
        log.info("Certificate {}: {} reversed on appeal {} by {}", number, certificate.recordedStatus(), appealNumber,
                decidedBy);
    }

    /**
     * Reverses a reduction of scope an upheld appeal contested: a role certificate with the unit again
     * supersedes the reduction's successors (see {@link ScopeRestoration}).
     *
     * @return the number of the certificate with the unit again
     * @throws RefusedException when the reduction no longer stands or its successors have moved on
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String restoreScope(String number, String appealNumber, String reason, String decidedBy) {
        return scopes.restore(number, appealNumber, reason, decidedBy).number();
    }

    /**
     * Sends a refused renewal back to its check, the people involved before excluded (see
     * {@link RenewalReopening}).
     *
     * @throws RefusedException when the certificate's latest renewal is not refused
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reopenRenewal(String number, java.util.Collection<String> excluded, String appealNumber,
                              String decidedBy) {
        renewalReopening.reopen(number, excluded, appealNumber, decidedBy);
    }
}
