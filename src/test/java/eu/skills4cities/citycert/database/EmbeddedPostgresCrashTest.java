package eu.skills4cities.citycert.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JVM that owns the embedded server is killed with SIGKILL (a child JVM), and the server
 * starts again on the same data directory with its data: whether the watchdog stopped the
 * orphan already, or the next start has to.
 */
@EnabledOnOs(OS.LINUX)
class EmbeddedPostgresCrashTest {

    @TempDir
    Path parent;

    @Test
    void the_watchdog_stops_the_server_of_a_killed_jvm_and_the_next_start_finds_the_data() throws Exception {
        Path data = parent.resolve("postgres");
        long postmaster = startAndKill(data, true, "first");

        assertThat(ProcessHandle.of(postmaster).map(p -> p.onExit().orTimeout(45, TimeUnit.SECONDS).join()))
                .as("the orphaned server ended by itself").isNotEmpty();
        assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive)).isEmpty();

        assertThat(restartAndReadWords(data)).containsExactly("first");
        assertNothingRunsOn(data);
    }

    @Test
    void a_server_left_running_on_the_data_directory_is_stopped_before_the_next_start() throws Exception {
        Path data = parent.resolve("postgres");
        long orphan = startAndKill(data, false, "before the crash");
        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).as("the orphan runs on").isPresent();

        assertThat(restartAndReadWords(data)).containsExactly("before the crash");
        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).as("the orphan was stopped").isEmpty();
        assertNothingRunsOn(data);
    }

    @Test
    void a_server_of_another_directory_named_by_a_stale_lock_file_is_left_alone() throws Exception {
        Path ours = parent.resolve("ours");
        Path theirs = parent.resolve("theirs");
        try (EmbeddedPostgresLauncher first = new EmbeddedPostgresLauncher(new EmbeddedPostgresProperties(ours.toString(), 0, true))) {
            first.start();
        }
        try (EmbeddedPostgresLauncher other = new EmbeddedPostgresLauncher(new EmbeddedPostgresProperties(theirs.toString(), 0, true))) {
            other.start();
            long otherServer = PostmasterPidFile.in(theirs).orElseThrow().pid();
            // a lock file left in our directory whose process id now belongs to another folder's server
            Files.copy(theirs.resolve(PostmasterPidFile.NAME), ours.resolve(PostmasterPidFile.NAME));

            try (EmbeddedPostgresLauncher again = new EmbeddedPostgresLauncher(new EmbeddedPostgresProperties(ours.toString(), 0, true))) {
                EmbeddedPostgres postgres = again.start();
                assertThat(postgres.getPort()).isPositive();
                assertThat(PostmasterPidFile.in(ours).orElseThrow().pid()).isNotEqualTo(otherServer);
            }
            assertThat(ProcessHandle.of(otherServer).filter(ProcessHandle::isAlive)).as("the other server was not touched").isPresent();
        }
    }

    @Test
    void a_lock_file_naming_a_live_process_that_is_not_postgres_is_stale() throws Exception {
        Path data = parent.resolve("postgres");
        try (EmbeddedPostgresLauncher first = new EmbeddedPostgresLauncher(new EmbeddedPostgresProperties(data.toString(), 0, true))) {
            first.start();
        }
        Files.writeString(data.resolve(PostmasterPidFile.NAME), ProcessHandle.current().pid() + "\n" + data + "\n");

        assertThat(LeftoverServer.identify(ProcessHandle.current(), data)).isEqualTo(LeftoverServer.Identity.SOMETHING_ELSE);
        try (EmbeddedPostgresLauncher again = new EmbeddedPostgresLauncher(new EmbeddedPostgresProperties(data.toString(), 0, true))) {
            assertThat(again.start().getPort()).isPositive();
        }
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    /** Starts a child JVM on {@code data}, waits until it has committed a row, kills it; the postmaster's pid. */
    private long startAndKill(Path data, boolean watchdog, String word) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashedServerChild.class.getName(), data.toString(), Boolean.toString(watchdog), word)
                .redirectErrorStream(true)
                .start();
        long postmaster = awaitReady(child);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        return postmaster;
    }

    private static long awaitReady(Process child) throws IOException {
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("READY ")) {
                    // the child's further output is not needed; its pipe closes with the kill
                    return Long.parseLong(line.substring("READY ".length()).trim());
                }
                output.add(line);
            }
        }
        throw new AssertionError("the child JVM ended before its server was ready:\n" + String.join("\n", output));
    }

    private static List<String> restartAndReadWords(Path data) throws Exception {
        List<String> words = new ArrayList<>();
        try (EmbeddedPostgresLauncher launcher = new EmbeddedPostgresLauncher(new EmbeddedPostgresProperties(data.toString(), 0, true));
             EmbeddedPostgres postgres = launcher.start();
             Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT word FROM survivor")) {
            while (rows.next()) {
                words.add(rows.getString(1));
            }
        }
        return words;
    }

    private static void assertNothingRunsOn(Path data) {
        assertThat(PostmasterPidFile.in(data)
                .flatMap(lock -> ProcessHandle.of(lock.pid()))
                .filter(ProcessHandle::isAlive))
                .as("no server left on " + data).isEmpty();
    }
}
