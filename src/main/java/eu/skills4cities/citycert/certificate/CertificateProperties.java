package eu.skills4cities.citycert.certificate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param validityMonths how long a certificate is valid from its issue date
 */
@ConfigurationProperties("citycert.certificate")
record CertificateProperties(int validityMonths) {

    CertificateProperties {
        if (validityMonths <= 0) {
            validityMonths = 24;
        }
    }
}
