package eu.skills4cities.citycert.database;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the embedded server end with the JVM that started it, even when that JVM is killed
 * with {@code kill -9} or by the out-of-memory killer.
 *
 * <p>{@code pg_ctl} starts the postmaster as a daemon, so it outlives its parent. Linux's
 * parent-death signal ({@code PR_SET_PDEATHSIG}) cannot be set from Java without native code,
 * so a small shell process watches instead: it reads its standard input, a pipe only this
 * JVM holds, and the kernel closes that pipe whenever the JVM ends, however it ends. At end
 * of input the watchdog gives the postmaster a <em>fast shutdown</em> ({@code SIGINT}): open
 * transactions roll back and a checkpoint is written, the same as a normal stop, so no
 * committed data is lost; an immediate shutdown ({@code SIGQUIT}) follows only if the server
 * is still running 30 s later. The watchdog signals the one process id it was given, and
 * only while that process lives.
 */
final class PostmasterWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostmasterWatchdog.class);

    private static final String SCRIPT = """
            cat >/dev/null
            kill -0 "$1" 2>/dev/null || exit 0
            kill -INT "$1" 2>/dev/null
            i=0
            while [ $i -lt 60 ]; do
              kill -0 "$1" 2>/dev/null || exit 0
              sleep 0.5
              i=$((i + 1))
            done
            kill -QUIT "$1" 2>/dev/null
            """;

    private final Process watchdog;
    private final OutputStream lifeline;

    private PostmasterWatchdog(Process watchdog) {
        this.watchdog = watchdog;
        this.lifeline = watchdog.getOutputStream();
    }

    /** Watches the postmaster {@code pid}; empty where there is no POSIX shell to watch with. */
    static Optional<PostmasterWatchdog> watch(long pid) {
        if (System.getProperty("os.name", "").toLowerCase().startsWith("windows")) {
            return Optional.empty();
        }
        try {
            Process process = new ProcessBuilder("sh", "-c", SCRIPT, "citycert-postgres-watchdog", Long.toString(pid))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            log.info("Embedded PostgreSQL: process {} stops the server (process {}) if this JVM dies", process.pid(), pid);
            return Optional.of(new PostmasterWatchdog(process));
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL: no watchdog ({}); a server left by a killed JVM is stopped at the next start", e.getMessage());
            return Optional.empty();
        }
    }

    long pid() {
        return watchdog.pid();
    }

    /**
     * Ends the watchdog without letting it signal anything: the server was stopped normally.
     * The shell goes first, so the end of input that follows finds nobody to act on it.
     */
    @Override
    public void close() {
        var reader = watchdog.descendants().toList();
        watchdog.destroy();
        reader.forEach(ProcessHandle::destroy);
        try {
            lifeline.close();
        } catch (IOException e) {
            // the watchdog is gone already
        }
    }
}
