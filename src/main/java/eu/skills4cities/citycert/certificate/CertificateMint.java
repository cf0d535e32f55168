package eu.skills4cities.citycert.certificate;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import eu.skills4cities.citycert.certificate.badge.DigitalCredentialService;
import eu.skills4cities.citycert.certificate.lifecycle.CertificateLifecycle;
import eu.skills4cities.citycert.certificate.signing.CertificateIssuer;
import eu.skills4cities.citycert.certificate.signing.PadesSigner;
import eu.skills4cities.citycert.certificate.signing.SigningKeys;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Makes a certificate real, whatever issues it (a certified application, a renewal, a recertification,
 * a reduction of scope): renders and seals its PDF, stores it, issues its credential, announces it and
 * starts its lifecycle; and supersedes the ones it replaces. Runs in the caller's transaction.
 */
@Component
class CertificateMint {

    private final CertificateStore store;
    private final CertificatePdfRenderer renderer;
    private final PadesSigner signer;
    private final SigningKeys keys;
    private final DigitalCredentialService credentials;
    private final AccountLinksProperties links;
    private final MessageSource messages;
    private final CertificateIssuer issuer;
    private final ApplicationEventPublisher events;
    private final CertificateLifecycle lifecycle;

    CertificateMint(CertificateStore store, CertificatePdfRenderer renderer, PadesSigner signer, SigningKeys keys,
                    DigitalCredentialService credentials, AccountLinksProperties links, MessageSource messages,
                    CertificateIssuer issuer, ApplicationEventPublisher events, CertificateLifecycle lifecycle) {
        this.store = store;
        this.renderer = renderer;
        this.signer = signer;
        this.keys = keys;
        this.credentials = credentials;
        this.links = links;
        this.messages = messages;
        this.issuer = issuer;
        this.events = events;
        this.lifecycle = lifecycle;
    }

    /**
     * Seals and stores the certificate (false when a concurrent call stored the same one first),
     * then issues its credential, announces it and starts its lifecycle process, all in this
     * transaction: a retried or rolled-back issue leaves none of it behind.
     */
    boolean store(CertificateInfo certificate, List<CertifiedUnit> units, UUID predecessor,
                          Succession succession) {
        String verificationUrl = links.publicUrl() + "/" + CertificateLinks.verification(certificate.number());
        byte[] rendered = renderer.render(new CertificatePdfRenderer.Content(certificate.number(),
                certificate.holderName(), certificate.roleTitle(), certificate.unitTitle(), certificate.eqfLevel(),
                certificate.frameworkLabel(), units, certificate.issuedOn(), certificate.validUntil(), issuer.name(),
                verificationUrl));
        byte[] pdf = signer.sign(rendered, new PadesSigner.SealBlock(CertificatePdfRenderer.SEAL_AREA,
                message("certificate.seal.caption", issuer.name()),
                message("certificate.seal.detail", links.publicUrl() + "/verify")));
        if (!store.insert(new CertificateStore.NewCertificate(certificate, units, pdf,
                SigningKeys.certificateSha256(keys.certificate()), predecessor, succession))) {
            return false;
        }
        // the Open Badges credential, signed now, of what was just stored: no second read of the row
        credentials.issue(certificate, units);
        events.publishEvent(new CertificateIssued(certificate.id(), certificate.number(), certificate.applicationId(),
                certificate.holderUsername(), certificate.roleCode(), certificate.unitCode(), certificate.issuedOn(),
                certificate.validUntil()));
        lifecycle.start(certificate);
        return true;
    }

    /**
     * The predecessor is superseded by the successor: register, status list (revoked) and lifecycle
     * process follow in this transaction; a predecessor superseded already is left as it is.
     */
    void supersede(CertificateInfo predecessor, UUID successorId) {
        if (store.supersede(predecessor.id(), successorId)) {
            superseded(List.of(predecessor.id()));
        }
    }

    /** Certificates the register marked superseded: their credentials are revoked and their processes end. */
    void superseded(List<UUID> superseded) {
        credentials.superseded(superseded);
        lifecycle.superseded(superseded);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }
}
