package eu.skills4cities.citycert.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The JVM that {@link EmbeddedPostgresCrashTest} kills: starts the embedded server on the
 * data directory in its first argument (with or without the watchdog, second argument),
 * commits a row, says {@code READY <postmaster pid>} and waits to be killed.
 */
public final class CrashedServerChild {

    private CrashedServerChild() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        EmbeddedPostgresLauncher launcher = new EmbeddedPostgresLauncher(
                new EmbeddedPostgresProperties(data.toString(), 0, Boolean.parseBoolean(args[1])));
        EmbeddedPostgres postgres = launcher.start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS survivor (word TEXT)");
            statement.execute("INSERT INTO survivor VALUES ('" + args[2] + "')");
        }
        long pid = PostmasterPidFile.in(data).orElseThrow().pid();
        System.out.println("READY " + pid);
        System.out.flush();
        // keeps the launcher (and the watchdog's pipe) reachable until the kill
        synchronized (launcher) {
            launcher.wait();
        }
    }
}
