package eu.skills4cities.citycert.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxDocumentBytes    the largest evidence document accepted, in bytes
 * @param maxApplicationBytes the most evidence one application may hold, in bytes
 */
@ConfigurationProperties("citycert.upload")
record ApplicationProperties(long maxDocumentBytes, long maxApplicationBytes) {

    ApplicationProperties {
        if (maxDocumentBytes <= 0) {
            maxDocumentBytes = 20L * 1024 * 1024;
        }
        if (maxApplicationBytes <= 0) {
            maxApplicationBytes = 200L * 1024 * 1024;
        }
    }
}
