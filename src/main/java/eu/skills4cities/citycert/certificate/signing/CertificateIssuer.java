package eu.skills4cities.citycert.certificate.signing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The certification body as certificates and credentials name it.
 *
 * @param name      its name, on every certificate and in the Open Badges issuer profile
 * @param url       its public web site (Open Badges issuer profile)
 * @param email     its public contact address (Open Badges issuer profile)
 */
@ConfigurationProperties("citycert.issuer")
public record CertificateIssuer(String name, String url, String email) {

    public CertificateIssuer {
        name = name == null || name.isBlank() ? "CityCert Certification Body" : name;
    }
}
