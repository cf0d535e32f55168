package eu.skills4cities.citycert.certificate;

/** No certificate with this number is available to the user; the same answer whether it exists or not. */
public class CertificateNotFoundException extends RuntimeException {

    public CertificateNotFoundException(String number) {
        super("No certificate " + number + " is available to you");
    }
}
