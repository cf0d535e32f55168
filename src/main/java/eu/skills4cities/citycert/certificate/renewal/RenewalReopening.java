package eu.skills4cities.citycert.certificate.renewal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateStore;
import eu.skills4cities.citycert.certificate.RenewalRecorded;
import eu.skills4cities.citycert.certificate.lifecycle.LifecycleProcess;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.UserAccountService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A refused renewal goes back to its check on an upheld appeal, in the appeal's transaction: the refusal is
 * cleared (the audit log keeps it), the people the appeal excluded (the reviewer who refused it, the holder)
 * may not check it again ({@code certificate_renewal_excluded}, read by {@link RenewalChecks#partiality} and
 * so by the engine's {@code RenewalImpartialityGuard}), and "Check the renewal" opens again for the
 * reviewers: through the renewal sub-process of the certificate's lifecycle while the certificate is valid,
 * or, when it has expired meanwhile, in a new lifecycle instance started at the check (the old one ended
 * at the expiry). Accepted, the successor continues from the day after the old last valid day either way.
 */
@Service
public class RenewalReopening {

    private static final Logger log = LoggerFactory.getLogger(RenewalReopening.class);

    private final RenewalStore store;
    private final CertificateStore certificates;
    private final RuntimeService runtime;
    private final UserAccountService users;
    private final MailOutbox mail;
    private final AccountLinksProperties links;
    private final RenewalProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RenewalReopening(RenewalStore store, CertificateStore certificates, RuntimeService runtime,
                     UserAccountService users, MailOutbox mail, AccountLinksProperties links,
                     RenewalProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.certificates = certificates;
        this.runtime = runtime;
        this.users = users;
        this.mail = mail;
        this.links = links;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Reopens the certificate's latest renewal, refused by its reviewer.
     *
     * @param excluded who may not check it again
     * @throws RefusedException when the latest renewal is not refused (the holder renewed again since)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reopen(String number, Collection<String> excluded, String appealNumber, String decidedBy) {
        CertificateInfo certificate = certificates.lock(number)
                .orElseThrow(() -> NotFoundException.of("certificate.not-found"));
        Renewal renewal = store.latest(certificate.id()).filter(r -> r.status() == RenewalStatus.REFUSED)
                .orElseThrow(() -> new RefusedException(RefusedException.Kind.CONFLICT,
                        UserMessage.of("problem.appeal.renewal-not-reopenable", number)));
        store.reopen(renewal.id());
        excluded.forEach(username -> store.exclude(renewal.id(), username, appealNumber));
        Instant now = clock.instant();
        boolean expired = runtime.createExecutionQuery().processInstanceBusinessKey(number)
                .messageEventSubscriptionName(RenewalProcess.MESSAGE_SUBMITTED).count() == 0;
        if (expired) {
            checkInNewLifecycle(certificate, renewal, now);
        } else {
            runtime.createMessageCorrelation(RenewalProcess.MESSAGE_SUBMITTED).processInstanceBusinessKey(number)
                    .setVariable(RenewalProcess.VAR_RENEWAL_ID, renewal.id().toString())
                    .setVariable(RenewalProcess.VAR_HOLDER, certificate.holderUsername())
                    .correlate();
        }
        users.find(certificate.holderUsername()).filter(holder -> !holder.erased()).ifPresent(holder ->
                mail.queue(holder.email(), "renewal-reopened", holder.fullName(), number, appealNumber,
                        links.publicUrl() + "/certificates"));
        events.publishEvent(new RenewalRecorded(renewal.id(), certificate.id(), number, "REOPENED", decidedBy,
                appealNumber, null, now));
        log.info("Certificate {}: renewal {} reopened on appeal {} ({}); {} people excluded", number, renewal.id(),
                appealNumber, expired ? "certificate expired meanwhile" : "in its lifecycle", excluded.size());
    }

    /**
     * The certificate expires while its reopened check is still open (called in the expiry's transaction,
     * whose terminate end closes the old task): the check goes on in a new lifecycle instance rather than
     * lapsing with the certificate, as an ordinary open renewal does; the appeal found it should not have
     * been refused.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void carryPastExpiry(Renewal renewal, Instant at) {
        CertificateInfo certificate = certificates.byNumber(renewal.certificateNumber()).orElseThrow();
        checkInNewLifecycle(certificate, renewal, at);
        log.info("Certificate {} expired with renewal {} reopened on appeal still open: its check goes on",
                certificate.number(), renewal.id());
    }

    /**
     * The certificate expired after the refusal, and its lifecycle process ended: a new instance starts at the
     * check. It has no reminders or expiry to wait for (none of the validity's timers start); its check is due
     * an answer period from now, and its recertification notice (a boundary timer of "Certificate valid") is
     * set to the old expiry, which its step ignores for a certificate that is not active.
     */
    private void checkInNewLifecycle(CertificateInfo certificate, Renewal renewal, Instant now) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(LifecycleProcess.VAR_NUMBER, certificate.number());
        variables.put(LifecycleProcess.VAR_EXPIRES_AT,
                Date.from(now.atZone(ZoneOffset.UTC).plus(properties.answerPeriod()).toInstant()));
        variables.put(LifecycleProcess.VAR_RECERTIFICATION_NOTICE_AT,
                Date.from(certificate.validUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        variables.put(RenewalProcess.VAR_RENEWAL_ID, renewal.id().toString());
        variables.put(RenewalProcess.VAR_HOLDER, certificate.holderUsername());
        ProcessInstance instance = runtime.createProcessInstanceByKey(LifecycleProcess.PROCESS_KEY)
                .businessKey(certificate.number()).setVariables(variables)
                .startBeforeActivity(RenewalProcess.ACTIVITY_CHECK).execute();
        certificates.lifecycleStarted(certificate.id(), instance.getId());
    }
}
