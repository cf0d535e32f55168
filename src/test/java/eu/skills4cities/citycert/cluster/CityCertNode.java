package eu.skills4cities.citycert.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.CityCertApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One CityCert node in a JVM of its own: the application's main class on the main classes and the
 * dependencies of this test JVM (not the test classes, whose components would join the node's context),
 * pointed at the shared database, the shared SMTP server and the shared seal. Its output goes to
 * {@code target/cluster/node-<name>.log}, appended across restarts.
 */
final class CityCertNode {

    private static final Logger log = LoggerFactory.getLogger(CityCertNode.class);
    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path logFile;
    private final List<String> settings;
    private volatile Process process;
    private int starts;

    CityCertNode(String name, Path directory, Map<String, String> properties) {
        this.name = name;
        this.port = freePort();
        this.logFile = directory.resolve("node-" + name + ".log");
        List<String> args = new ArrayList<>();
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        args.add("--server.port=" + port);
        this.settings = List.copyOf(args);
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    int starts() {
        return starts;
    }

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    /** Starts the node's JVM; {@link #awaitReady} waits for its readiness probe. */
    synchronized void start() throws IOException {
        if (alive()) {
            throw new IllegalStateException("node " + name + " runs already");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + System.getProperty("citycert.cluster.node-heap", "768m"),
                "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-Dcitycert.node=" + name, "-cp", nodeClassPath(), CityCertApplication.class.getName()));
        command.addAll(settings);
        Files.createDirectories(logFile.getParent());
        Files.writeString(logFile, "\n===== " + Instant.now() + " start " + (starts + 1) + " of node " + name + " =====\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        starts++;
        log.info("Node {} started (pid {}, port {}, log {})", name, process.pid(), port, logFile);
    }

    /** Waits until {@code /actuator/health/readiness} answers 200; fails when the JVM ends first or time runs out. */
    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!alive()) {
                throw new AssertionError("node " + name + " ended before it was ready; see " + logFile);
            }
            try {
                HttpResponse<String> answer = PROBE.send(HttpRequest.newBuilder(URI.create(baseUrl()
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    log.info("Node {} is ready", name);
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("node " + name + " not ready after " + timeout + "; see " + logFile);
    }

    /** kill -9: {@link Process#destroyForcibly()} is SIGKILL on Linux; the JVM gets no chance to clean up. */
    synchronized void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            log.warn("Node {} killed (SIGKILL)", name);
        }
    }

    /** SIGKILL without waiting, for a shutdown hook. */
    void killQuietly() {
        Process running = process;
        if (running != null) {
            running.destroyForcibly();
        }
    }

    /** An orderly stop (SIGTERM: Spring's graceful shutdown), then SIGKILL if it takes too long. */
    synchronized void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    Path logFile() {
        return logFile;
    }

    /** How many lines of the node's log (all its starts) contain the text. */
    long linesWith(String text) {
        try (var lines = Files.lines(logFile)) {
            return lines.filter(line -> line.contains(text)).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    /** This JVM's class path without the test classes. */
    private static String nodeClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
