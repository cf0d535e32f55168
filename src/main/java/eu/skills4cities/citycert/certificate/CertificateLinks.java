package eu.skills4cities.citycert.certificate;

/** Paths into the certificates feature. */
public final class CertificateLinks {

    private CertificateLinks() {
    }

    /** The certificate's PDF, served by the JSON API to its holder and to staff who may read it. */
    public static String pdf(String number) {
        return "api/certificates/" + number + "/pdf";
    }

    /** The certificate's public verification page (the QR code's target), relative to the public address. */
    public static String verification(String number) {
        return "verify/" + number;
    }
}
