package eu.skills4cities.citycert.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param maxDocumentBytes the largest evidence document accepted, in bytes */
@ConfigurationProperties("citycert.upload")
record ApplicationProperties(long maxDocumentBytes) {

    ApplicationProperties {
        if (maxDocumentBytes <= 0) {
            maxDocumentBytes = 20L * 1024 * 1024;
        }
    }
}
