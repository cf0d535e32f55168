package eu.skills4cities.citycert.certificate.verification;

import eu.skills4cities.citycert.base.UserMessage;

/**
 * The verdict on an uploaded certificate PDF.
 *
 * @param certificate the public details of the certificate it is, when it matches the register; else null
 */
public record PdfVerification(Verdict verdict, PublicCertificate certificate) {

    public PdfVerification {
        if ((verdict == Verdict.MATCHES_REGISTER || verdict == Verdict.MATCHES_REGISTER_NOT_CURRENT)
                && certificate == null) {
            throw new IllegalArgumentException(verdict + " names the certificate the PDF matches");
        }
    }

    public enum Verdict {
        /** larger than anyone's certificate may be; not read */
        TOO_LARGE,
        NOT_A_PDF,
        NOT_SIGNED,
        /** the signature does not match the document: it was changed after signing */
        ALTERED,
        /** a valid signature, but not one of this certification body's keys */
        FOREIGN_SIGNER,
        /** signed by this certification body, but not a PDF the register holds */
        NOT_IN_REGISTER,
        /** signed by this certification body, exactly the PDF the register issued, and the certificate is active */
        MATCHES_REGISTER,
        /**
         * signed by this certification body and exactly the PDF the register issued, but the
         * certificate is suspended, withdrawn, expired or superseded today: the verdict names which
         */
        MATCHES_REGISTER_NOT_CURRENT
    }

    /** True when the PDF carries an intact signature of this certification body. */
    public boolean signatureValid() {
        return verdict == Verdict.NOT_IN_REGISTER || matchesRegister();
    }

    /** The PDF is exactly one the register issued, whatever the certificate's status today. */
    public boolean matchesRegister() {
        return verdict == Verdict.MATCHES_REGISTER || verdict == Verdict.MATCHES_REGISTER_NOT_CURRENT;
    }

    public UserMessage message() {
        if (verdict == Verdict.MATCHES_REGISTER_NOT_CURRENT) {
            return UserMessage.of("verification.pdf.NOT_CURRENT." + certificate.status().name(), certificate.number());
        }
        return UserMessage.of("verification.pdf." + verdict.name());
    }
}
