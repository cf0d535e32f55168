package eu.skills4cities.citycert.certificate.verification;

import eu.skills4cities.citycert.base.UserMessage;

/**
 * The verdict on an uploaded certificate PDF.
 *
 * @param certificate the public details of the certificate it is, when it matches the register; else null
 */
public record PdfVerification(Verdict verdict, PublicCertificate certificate) {

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
        /** signed by this certification body, and exactly the PDF the register issued */
        MATCHES_REGISTER
    }

    /** True when the PDF carries an intact signature of this certification body. */
    public boolean signatureValid() {
        return verdict == Verdict.NOT_IN_REGISTER || verdict == Verdict.MATCHES_REGISTER;
    }

    public UserMessage message() {
        return UserMessage.of("verification.pdf." + verdict.name());
    }
}
