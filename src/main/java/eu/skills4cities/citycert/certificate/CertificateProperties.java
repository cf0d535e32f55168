package eu.skills4cities.citycert.certificate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param validityMonths how long a certificate is valid from its issue date
 * @param issuerName     the certification body named on every certificate
 */
@ConfigurationProperties("citycert.certificate")
record CertificateProperties(int validityMonths, String issuerName) {

    CertificateProperties {
        if (validityMonths <= 0) {
            validityMonths = 24;
        }
        if (issuerName == null || issuerName.isBlank()) {
            issuerName = "CityCert Certification Body";
        }
    }
}
