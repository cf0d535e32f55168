package eu.skills4cities.citycert.certificate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.certificate.badge.DigitalCredentialService;
import eu.skills4cities.citycert.certificate.lifecycle.CertificateLifecycle;
import eu.skills4cities.citycert.certificate.signing.CertificateIssuer;
import eu.skills4cities.citycert.certificate.signing.PadesSigner;
import eu.skills4cities.citycert.certificate.signing.SigningKeys;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.framework.RoleDefinition;
import eu.skills4cities.citycert.framework.UnitDefinition;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.Languages;
import eu.skills4cities.citycert.security.UserAccountService;
import eu.skills4cities.citycert.security.UserProfile;
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
    private final FrameworkCatalogue framework;
    private final UserAccountService accounts;

    CertificateMint(CertificateStore store, CertificatePdfRenderer renderer, PadesSigner signer, SigningKeys keys,
                    DigitalCredentialService credentials, AccountLinksProperties links, MessageSource messages,
                    CertificateIssuer issuer, ApplicationEventPublisher events, CertificateLifecycle lifecycle,
                    FrameworkCatalogue framework, UserAccountService accounts) {
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
        this.framework = framework;
        this.accounts = accounts;
    }

    /**
     * Seals and stores the certificate (false when a concurrent call stored the same one first),
     * then issues its credential, announces it and starts its lifecycle process, all in this
     * transaction: a retried or rolled-back issue leaves none of it behind.
     */
    boolean store(CertificateInfo certificate, List<CertifiedUnit> units, UUID predecessor,
                          Succession succession) {
        String verificationUrl = links.publicUrl() + "/" + CertificateLinks.verification(certificate.number());
        // the holder's account read once for the PDF and the credential; its language at issuance: the PDF says
        // everything in it and in English
        Optional<UserProfile> holder = accounts.find(certificate.holderUsername());
        Locale language = holder.map(UserProfile::language).orElse(Languages.DEFAULT);
        byte[] rendered = renderer.render(new CertificatePdfRenderer.Content(certificate.number(),
                certificate.holderName(), certificate.roleTitle(), certificate.unitTitle(), certificate.eqfLevel(),
                certificate.frameworkLabel(), units, certificate.issuedOn(), certificate.validUntil(), issuer.name(),
                verificationUrl, local(certificate, units, language)));
        byte[] pdf = signer.sign(rendered, sealBlock(language));
        if (!store.insert(new CertificateStore.NewCertificate(certificate, units, pdf,
                SigningKeys.certificateSha256(keys.certificate()), predecessor, succession, language))) {
            return false;
        }
        // the Open Badges credential, signed now, of what was just stored: no second read of the row
        credentials.issue(certificate, units, holder.orElse(null));
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

    /**
     * The certificate's texts in the language, from the framework version it states: the role's and the units'
     * titles where the framework has them (English where it has not), and the body's name.
     */
    private CertificatePdfRenderer.Local local(CertificateInfo certificate, List<CertifiedUnit> units,
                                               Locale language) {
        Optional<RoleDefinition> role = certificate.frameworkVersionId() == null ? Optional.empty()
                : framework.role(certificate.frameworkVersionId(), certificate.roleCode()).map(PublishedRole::role);
        String roleTitle = role.map(r -> r.title(language).text()).orElse(certificate.roleTitle());
        List<String> unitTitles = units.stream().map(unit -> unitTitle(role, unit.code(), language)
                .orElse(unit.title())).toList();
        String unitTitle = certificate.unitCode() == null ? null
                : unitTitle(role, certificate.unitCode(), language).orElse(certificate.unitTitle());
        return new CertificatePdfRenderer.Local(language, roleTitle, unitTitle, unitTitles, issuer.name(language));
    }

    private static Optional<String> unitTitle(Optional<RoleDefinition> role, String unitCode, Locale language) {
        return role.flatMap(r -> r.units().stream().filter(u -> u.code().equals(unitCode)).findFirst())
                .map((UnitDefinition u) -> u.title(language).text());
    }

    /**
     * The seal's visible block in the holder's language, like the page: the caption with the body's name in it and,
     * under it, in English; the line on how to check it in the holder's language (the page says it in both).
     */
    private PadesSigner.SealBlock sealBlock(Locale language) {
        String verify = links.publicUrl() + "/verify";
        String english = message("certificate.seal.caption", Locale.ENGLISH, issuer.name());
        if (language.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return new PadesSigner.SealBlock(CertificatePdfRenderer.SEAL_AREA, english,
                    message("certificate.seal.detail", Locale.ENGLISH, verify));
        }
        return new PadesSigner.SealBlock(CertificatePdfRenderer.SEAL_AREA,
                message("certificate.seal.caption", language, issuer.name(language)), english,
                message("certificate.seal.detail", language, verify));
    }

    private String message(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }
}
