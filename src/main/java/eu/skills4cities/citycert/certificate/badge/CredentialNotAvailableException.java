package eu.skills4cities.citycert.certificate.badge;

/** The certificate exists, but no credential can be made for it: its holder's account has no email address. */
public class CredentialNotAvailableException extends RuntimeException {

    private final String number;

    public CredentialNotAvailableException(String number) {
        super("No digital credential can be made for certificate " + number);
        this.number = number;
    }

    public String number() {
        return number;
    }
}
