package eu.skills4cities.citycert.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDirectory where the cluster keeps its files; empty means a fresh temporary
 *                      cluster that is deleted on shutdown (what the tests use)
 * @param port          the TCP port on localhost; 0 picks a free one
 * @param stopWithJvm   start a watchdog that shuts the server down (fast shutdown) when the
 *                      JVM that started it dies, even by {@code kill -9}; see
 *                      {@link PostmasterWatchdog}
 */
@ConfigurationProperties("citycert.embedded-postgres")
public record EmbeddedPostgresProperties(String dataDirectory, int port, @DefaultValue("true") boolean stopWithJvm) {

    public EmbeddedPostgresProperties {
        dataDirectory = dataDirectory == null ? "" : dataDirectory.trim();
    }

    boolean temporary() {
        return dataDirectory.isEmpty();
    }
}
