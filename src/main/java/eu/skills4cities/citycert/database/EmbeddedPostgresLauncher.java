package eu.skills4cities.citycert.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts zonky's embedded PostgreSQL with CityCert's settings: a kept data directory (the
 * cluster survives restarts) or a temporary one (deleted on shutdown, for tests).
 *
 * <p>Before it starts, a server that a killed JVM left running on the same directory is
 * stopped ({@link LeftoverServer}); once started, a {@link PostmasterWatchdog} makes the
 * server end with this JVM however it ends. {@link #close()} stops the server normally.
 *
 * <p>PostgreSQL refuses to run as root; when CityCert runs as root (CI, containers), zonky
 * starts the server in an unprivileged user namespace ({@code unshare -U}) by itself.
 */
class EmbeddedPostgresLauncher implements AutoCloseable {

    private final EmbeddedPostgresProperties properties;
    private Path dataDirectory;
    private EmbeddedPostgres postgres;
    private Optional<PostmasterWatchdog> watchdog = Optional.empty();

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
        LeftoverServer.clear(dataDirectory);
        postgres = EmbeddedPostgres.builder()
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
        if (properties.stopWithJvm()) {
            watchdog = PostmasterPidFile.in(dataDirectory).flatMap(lock -> PostmasterWatchdog.watch(lock.pid()));
        }
        return postgres;
    }

    /** Stops the server normally (zonky's fast shutdown), then its watchdog. */
    @Override
    public void close() throws IOException {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } finally {
            watchdog.ifPresent(PostmasterWatchdog::close);
            watchdog = Optional.empty();
        }
    }
}
