package eu.skills4cities.citycert.certificate.signing;

import java.security.cert.X509Certificate;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;

/**
 * EU DSS validating a sealed PDF offline, as a verifier who installed only the given trust anchors
 * would: no AIA, OCSP or CRL lookups, DSS's default policy.
 */
public final class SealValidation {

    private SealValidation() {
    }

    public static SimpleReport validate(byte[] document, X509Certificate... trustAnchors) {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(document));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        for (X509Certificate anchor : trustAnchors) {
            trusted.addCertificate(new CertificateToken(anchor));
        }
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        verifier.setOcspSource(null);
        verifier.setCrlSource(null);
        validator.setCertificateVerifier(verifier);
        return validator.validateDocument().getSimpleReport();
    }
}
