package eu.skills4cities.citycert.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts zonky's embedded PostgreSQL with CityCert's settings: a kept data directory (the
 * cluster survives restarts) or a temporary one (deleted on shutdown, for tests).
 *
 * <p>PostgreSQL refuses to run as root; when CityCert runs as root (CI, containers), zonky
 * starts the server in an unprivileged user namespace ({@code unshare -U}) by itself.
 */
class EmbeddedPostgresLauncher {

    private final EmbeddedPostgresProperties properties;
    private Path dataDirectory;

    EmbeddedPostgresLauncher(EmbeddedPostgresProperties properties) {
        this.properties = properties;
    }

    /** The directory of the cluster started last. */
    Path dataDirectory() {
        return dataDirectory;
    }

    EmbeddedPostgres start() throws IOException {
        dataDirectory = properties.temporary()
                ? Files.createTempDirectory("citycert-pg-")
                : Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
        Files.createDirectories(dataDirectory);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(properties.temporary())
                .setPort(properties.port())
                .setPGStartupWait(Duration.ofSeconds(60))
                // Spring stops the server (destroy method) after everything that uses it, the
                // engine included; zonky's own shutdown hook would race with that
                .setRegisterShutdownHook(false)
                // a kept cluster holds real work: keep PostgreSQL's durability guarantees
                .setServerConfig("synchronous_commit", properties.temporary() ? "off" : "on")
                .setServerConfig("max_connections", "100")
                .start();
    }
}
