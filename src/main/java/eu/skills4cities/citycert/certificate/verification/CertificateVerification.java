package eu.skills4cities.citycert.certificate.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.skills4cities.citycert.base.Sha256;
import eu.skills4cities.citycert.certificate.CertificateChain;
import eu.skills4cities.citycert.certificate.CertificateChainStore;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateNumbers;
import eu.skills4cities.citycert.certificate.CertificateStore;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.CertifiedUnit;
import eu.skills4cities.citycert.certificate.Succession;
import eu.skills4cities.citycert.certificate.signing.CertificateIssuer;
import eu.skills4cities.citycert.certificate.verification.NumberVerification.Outcome;
import eu.skills4cities.citycert.certificate.verification.PdfVerification.Verdict;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.LocalText;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.framework.RoleDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public verification of certificates, for anyone and without sign-in: by number, and by the
 * PDF itself. Answers carry only {@link PublicCertificate}. Uploaded PDFs are checked in memory
 * and never stored. Callers apply {@link VerificationRateLimiter} first.
 */
@Service
public class CertificateVerification {

    private static final Logger log = LoggerFactory.getLogger(CertificateVerification.class);

    private final CertificateStore certificates;
    private final PdfSignatureCheck signatures;
    private final CertificateIssuer issuer;
    private final VerificationProperties properties;
    private final Clock clock;
    private final CertificateChainStore chains;
    private final FrameworkCatalogue framework;

    CertificateVerification(CertificateStore certificates,
                            PdfSignatureCheck signatures, CertificateIssuer issuer,
                            VerificationProperties properties, Clock clock, CertificateChainStore chains,
                            FrameworkCatalogue framework) {
        this.certificates = certificates;
        this.framework = framework;
        this.chains = chains;
        this.signatures = signatures;
        this.issuer = issuer;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A certificate number as people type it: surrounding and inner spaces dropped, upper case,
     * the dashes put back when all of them are missing, and the letters O and I, which numbers
     * never contain, read as the digits 0 and 1.
     */
    public static String normalise(String input) {
        if (input == null) {
            return "";
        }
        String compact = input.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!compact.startsWith("CC") || compact.length() <= 2) {
            return compact;
        }
        // O and I first, anywhere after the prefix (the year too), so that the dashes are put
        // back in a number typed without them whatever letters it was typed with
        compact = "CC" + compact.substring(2).replace('O', '0').replace('I', '1');
        if (compact.matches("CC\\d{4}[0-9A-Z]{8}")) {
            compact = "CC-" + compact.substring(2, 6) + "-" + compact.substring(6, 10) + "-" + compact.substring(10);
        }
        return compact;
    }

    /** What the register says of the certificate with this number, or why the number cannot be one. */
    @Transactional(readOnly = true)
    public NumberVerification verifyNumber(String input) {
        return verifyNumber(input, Locale.ENGLISH);
    }

    /**
     * Like {@link #verifyNumber(String)}, with the certificate's titles also in the reader's language
     * ({@link PublicCertificate#titles()}).
     */
    @Transactional(readOnly = true)
    public NumberVerification verifyNumber(String input, Locale reader) {
        String number = normalise(input);
        if (!CertificateNumbers.hasShape(number)) {
            return new NumberVerification(Outcome.MALFORMED, number, null);
        }
        if (!CertificateNumbers.isWellFormed(number)) {
            return new NumberVerification(Outcome.MISTYPED, number, null);
        }
        return certificates.byNumber(number)
                .map(found -> new NumberVerification(Outcome.FOUND, number, publicDetails(found, reader)))
                .orElseGet(() -> new NumberVerification(Outcome.UNKNOWN, number, null));
    }

    /**
     * Whether a PDF carries an intact signature of this certification body and is exactly a
     * certificate PDF the register issued (the same SHA-256). The bytes are only read.
     */
    @Transactional(readOnly = true)
    public PdfVerification verifyPdf(byte[] pdf) {
        return verifyPdf(pdf, Locale.ENGLISH);
    }

    /** Like {@link #verifyPdf(byte[])}, the matching certificate's titles also in the reader's language. */
    @Transactional(readOnly = true)
    public PdfVerification verifyPdf(byte[] pdf, Locale reader) {
        if (pdf.length > maxUploadBytes()) {
            return new PdfVerification(Verdict.TOO_LARGE, null);
        }
        PdfVerification verification = switch (signatures.check(pdf)) {
            case NOT_A_PDF -> new PdfVerification(Verdict.NOT_A_PDF, null);
            case NOT_SIGNED -> new PdfVerification(Verdict.NOT_SIGNED, null);
            case ALTERED -> new PdfVerification(Verdict.ALTERED, null);
            case FOREIGN_SIGNER -> new PdfVerification(Verdict.FOREIGN_SIGNER, null);
            case VALID -> matchRegister(pdf, reader);
        };
        log.info("Uploaded PDF verified: {}{}", verification.verdict(),
                verification.certificate() == null ? "" : " (" + verification.certificate().number() + ")");
        return verification;
    }

    /**
     * The role and unit titles of the certificate with this number in the reader's language, for the verification
     * page; public like the rest of what verification answers. Empty when there is no such certificate.
     */
    @Transactional(readOnly = true)
    public Optional<LocalTitles> titlesIn(String number, Locale reader) {
        return certificates.byNumber(normalise(number))
                .map(certificate -> titlesIn(certificate, certificates.units(certificate.id()), reader));
    }

    /** The titles from the framework version the certificate states, English as recorded where it has none. */
    private LocalTitles titlesIn(CertificateInfo certificate, List<CertifiedUnit> certified, Locale reader) {
        Optional<RoleDefinition> role = certificate.frameworkVersionId() == null ? Optional.empty()
                : framework.role(certificate.frameworkVersionId(), certificate.roleCode())
                .map(PublishedRole::role);
        LocalText roleTitle = role.map(r -> r.title(reader))
                .orElse(new LocalText(certificate.roleTitle(), Locale.ENGLISH));
        Map<String, LocalText> units = new LinkedHashMap<>();
        for (CertifiedUnit unit : certified) {
            units.put(unit.code(), role.flatMap(r -> r.units().stream()
                            .filter(u -> u.code().equals(unit.code())).findFirst())
                    .map(u -> u.title(reader)).orElse(new LocalText(unit.title(), Locale.ENGLISH)));
        }
        return new LocalTitles(roleTitle, units, issuer.name(reader));
    }

    /** The largest PDF {@link #verifyPdf} reads. */
    public long maxUploadBytes() {
        return properties.maxUploadSize().toBytes();
    }

    /** The register's certificate whose issued PDF is exactly these bytes (the same SHA-256). */
    private PdfVerification matchRegister(byte[] pdf, Locale reader) {
        return certificates.numberByPdfSha256(Sha256.hex(pdf)).flatMap(certificates::byNumber)
                .map(found -> publicDetails(found, reader))
                .map(found -> new PdfVerification(found.status() == CertificateStatus.ACTIVE ? Verdict.MATCHES_REGISTER
                        : Verdict.MATCHES_REGISTER_NOT_CURRENT, found))
                .orElseGet(() -> new PdfVerification(Verdict.NOT_IN_REGISTER, null));
    }

    private PublicCertificate publicDetails(CertificateInfo certificate, Locale reader) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        CertificateStatus status = certificate.status(today);
        // a successor is named whatever the recorded status (one expired, then recertified, leads on too)
        String supersededBy = certificate.supersededBy() == null ? null
                : certificates.number(certificate.supersededBy()).orElse(null);
        List<CertificateChain.Link> chain = chains.of(certificate.number(), today).map(CertificateChain::links)
                .orElse(List.of());
        // the successor says why it replaced this one (a role certificate over unit certificates says nothing)
        Succession supersededAs = supersededBy == null ? null : chain.stream()
                .filter(link -> link.number().equals(supersededBy) && certificate.number().equals(link.predecessor()))
                .map(CertificateChain.Link::succession).findFirst().orElse(null);
        List<CertifiedUnit> units = certificates.units(certificate.id());
        return new PublicCertificate(certificate.number(), status, certificate.holderName(), certificate.roleTitle(),
                certificate.eqfLevel(), certificate.unitCertificate() ? CertificateKind.UNIT : CertificateKind.ROLE,
                units, certificate.issuedOn(), certificate.validUntil(), issuer.name(),
                supersededBy, supersededAs, chain, inLanguage(certificate, units, reader));
    }

    private TitlesInLanguage inLanguage(CertificateInfo certificate, List<CertifiedUnit> units, Locale reader) {
        LocalTitles titles = titlesIn(certificate, units, reader);
        return new TitlesInLanguage(reader.toLanguageTag(), TitlesInLanguage.Title.of(titles.role()),
                units.stream().map(unit -> {
                    LocalText title = titles.units().get(unit.code());
                    return new TitlesInLanguage.UnitTitle(unit.code(), title.text(), title.languageTag());
                }).toList(),
                TitlesInLanguage.Title.of(issuer.localName(reader)));
    }
}
