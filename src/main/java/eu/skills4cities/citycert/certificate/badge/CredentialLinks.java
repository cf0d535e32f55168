package eu.skills4cities.citycert.certificate.badge;

/** Paths to the digital credential. */
public final class CredentialLinks {

    private CredentialLinks() {
    }

    /** The certificate's Open Badges credential (VC-JWT), for the people who may have its PDF. */
    public static String credential(String number) {
        return "api/certificates/" + number + "/credential";
    }
}
