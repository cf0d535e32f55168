package eu.skills4cities.citycert.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDirectory where the cluster keeps its files; empty means a fresh temporary
 *                      cluster that is deleted on shutdown (what the tests use)
 * @param port          the TCP port on localhost; 0 picks a free one
 */
@ConfigurationProperties("citycert.embedded-postgres")
public record EmbeddedPostgresProperties(String dataDirectory, int port) {

    public EmbeddedPostgresProperties {
        dataDirectory = dataDirectory == null ? "" : dataDirectory.trim();
    }

    boolean temporary() {
        return dataDirectory.isEmpty();
    }
}
