package eu.skills4cities.citycert.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deals with a server left running on a data directory by a JVM that died without stopping
 * it, before a new server is started there.
 *
 * <ul>
 *   <li>No {@code postmaster.pid}: nothing to do.</li>
 *   <li>The file names a process that is gone: nothing to do; PostgreSQL replaces a stale
 *       lock file of a dead process itself.</li>
 *   <li>The file names a live postgres whose working directory is this data directory (a
 *       postmaster works in its data directory): that is our orphan. It gets a fast
 *       shutdown ({@code SIGINT}: open transactions roll back, a checkpoint is written), then
 *       an immediate one ({@code SIGQUIT}: crash recovery on the next start, still no data
 *       lost) if it does not end in time.</li>
 *   <li>The file names a live process that is provably something else (not postgres, or a
 *       postgres of another directory, as happens when a process id is reused after a
 *       reboot): the process is never touched; the lock file is stale and is removed, as
 *       PostgreSQL would for a dead process.</li>
 *   <li>The process cannot be inspected (another user's): nothing is touched and the start
 *       is refused with a message that says what to check, instead of waiting for a server
 *       that cannot start.</li>
 * </ul>
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    static final Duration FAST_SHUTDOWN_WAIT = Duration.ofSeconds(30);
    static final Duration IMMEDIATE_SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private LeftoverServer() {
    }

    /** Makes the data directory free for a new server, or explains why it is not. */
    static void clear(Path dataDirectory) throws IOException {
        Optional<PostmasterPidFile> lock = PostmasterPidFile.in(dataDirectory);
        if (lock.isEmpty()) {
            return;
        }
        long pid = lock.get().pid();
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            log.info("Embedded PostgreSQL: {} names process {}, which is gone; PostgreSQL replaces the stale lock file",
                    lock.get().file(), pid);
            return;
        }
        switch (identify(process.get(), dataDirectory)) {
            case SERVER_OF_THIS_DIRECTORY -> stop(process.get(), dataDirectory);
            case SOMETHING_ELSE -> {
                log.warn("Embedded PostgreSQL: {} names process {}, which is not a server of {}; the lock file is stale and is removed, the process is left alone",
                        lock.get().file(), pid, dataDirectory);
                Files.deleteIfExists(lock.get().file());
            }
            case UNKNOWN -> throw new IllegalStateException(("Process %d, named in %s, is running and cannot be inspected."
                    + " If it is a PostgreSQL server of this data directory, stop it (pg_ctl stop -D %s -m fast);"
                    + " if it is not, delete the stale lock file.").formatted(pid, lock.get().file(), dataDirectory));
        }
    }

    enum Identity { SERVER_OF_THIS_DIRECTORY, SOMETHING_ELSE, UNKNOWN }

    static Identity identify(ProcessHandle process, Path dataDirectory) {
        Optional<String> command = process.info().command();
        Path procCwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
        if (command.isEmpty() || !Files.exists(Path.of("/proc/self"))) {
            return command.map(c -> isPostgres(c) ? Identity.UNKNOWN : Identity.SOMETHING_ELSE).orElse(Identity.UNKNOWN);
        }
        if (!isPostgres(command.get())) {
            return Identity.SOMETHING_ELSE;
        }
        try {
            Path cwd = procCwd.toRealPath();
            return cwd.equals(dataDirectory.toRealPath()) ? Identity.SERVER_OF_THIS_DIRECTORY : Identity.SOMETHING_ELSE;
        } catch (IOException | SecurityException e) {
            return Identity.UNKNOWN;
        }
    }

    private static boolean isPostgres(String command) {
        return Path.of(command).getFileName().toString().equals("postgres");
    }

    private static void stop(ProcessHandle server, Path dataDirectory) throws IOException {
        log.warn("Embedded PostgreSQL: a server left by an earlier run (process {}) still holds {}; stopping it (fast shutdown)",
                server.pid(), dataDirectory);
        if (signalAndWait(server, "INT", FAST_SHUTDOWN_WAIT)) {
            log.info("Embedded PostgreSQL: the earlier server (process {}) has shut down", server.pid());
            return;
        }
        log.warn("Embedded PostgreSQL: the earlier server (process {}) did not stop within {} s; immediate shutdown",
                server.pid(), FAST_SHUTDOWN_WAIT.toSeconds());
        if (!signalAndWait(server, "QUIT", IMMEDIATE_SHUTDOWN_WAIT)) {
            throw new IllegalStateException("The PostgreSQL server (process %d) on %s does not stop; stop it by hand"
                    .formatted(server.pid(), dataDirectory));
        }
        log.info("Embedded PostgreSQL: the earlier server (process {}) has stopped; it recovers from its log on the next start",
                server.pid());
    }

    /** Sends a signal with the system's {@code kill} (Java itself sends only TERM and KILL). */
    static boolean signalAndWait(ProcessHandle process, String signal, Duration wait) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(10, TimeUnit.SECONDS);
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IOException("Could not wait for process " + process.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping process " + process.pid(), e);
        }
    }
}
