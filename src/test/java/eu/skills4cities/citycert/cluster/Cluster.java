package eu.skills4cities.citycert.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What two nodes share: one embedded PostgreSQL and one SMTP server (GreenMail), both in this test JVM,
 * one seal (a keystore the first node generates and the second loads), and the two nodes themselves.
 * Node A starts first and is ready before node B starts, so the demo profile's seeding of the staff
 * accounts and the seal's generation happen once.
 */
final class Cluster implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Cluster.class);
    static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    final Path directory;
    final EmbeddedPostgres postgres;
    final JdbcTemplate sql;
    final GreenMail mail;
    final int smtpPort;
    final CityCertNode a;
    final CityCertNode b;
    private Thread reaper;

    private Cluster(Path directory, EmbeddedPostgres postgres, GreenMail mail, int smtpPort,
                    Map<String, String> nodeSettings) {
        this.directory = directory;
        this.postgres = postgres;
        this.mail = mail;
        this.smtpPort = smtpPort;
        DataSource dataSource = postgres.getDatabase("postgres", "citycert");
        this.sql = new JdbcTemplate(dataSource);
        this.a = new CityCertNode("a", directory, nodeSettings);
        this.b = new CityCertNode("b", directory, nodeSettings);
    }

    /** Starts the database, the SMTP server and both nodes, A then B; {@code extra} settings go to both nodes. */
    static Cluster start(String run, Map<String, String> extra) throws IOException, InterruptedException {
        Path directory = Path.of("target", "cluster", run).toAbsolutePath();
        if (Files.exists(directory)) {
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(directory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "100")
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE citycert");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database", e);
        }
        int smtpPort = Integer.getInteger("spring.mail.port", 0) > 0 && !"3025".equals(System.getProperty("spring.mail.port"))
                ? Integer.getInteger("spring.mail.port") : CityCertNode.freePort();
        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        log.info("Cluster {}: PostgreSQL on port {}, SMTP on port {}", run, postgres.getPort(), smtpPort);

        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.profiles.active", "demo");
        settings.put("spring.datasource.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/citycert");
        settings.put("spring.datasource.username", "postgres");
        settings.put("spring.datasource.password", "");
        settings.put("spring.mail.host", "localhost");
        settings.put("spring.mail.port", Integer.toString(smtpPort));
        settings.put("citycert.mail.poll-interval", "PT0.2S");
        settings.put("citycert.signing.keystore", directory.resolve("seal.p12").toString());
        settings.put("citycert.signing.password", "cluster-run-seal");
        settings.put("citycert.signing.generate-if-missing", "true");
        settings.put("citycert.signing.key-size", "2048");
        settings.put("citycert.demo.certified-holder", "false");
        // checkpoints often, so that the runs sign (and kill nodes while they sign) many of them
        settings.put("citycert.audit.checkpoint.cycle", "R/PT15S");
        settings.put("citycert.audit.checkpoint.mail-to", "audit-offsite@cluster.citycert.test");
        // a dead node's jobs and events are taken over sooner than in production (2 minutes, 5 minutes)
        settings.put("camunda.bpm.job-execution.lock-time-in-millis", "30000");
        settings.put("citycert.events.retry-after", "PT1M");
        settings.put("citycert.events.retry-every", "PT15S");
        settings.put("citycert.verification.rate-limit.capacity", "100000");
        settings.put("citycert.security.login-throttle.failures-per-address", "100000");
        settings.put("vaadin.launch-browser", "false");
        settings.put("vaadin.devmode.devTools.enabled", "false");
        settings.put("logging.level.org.camunda.bpm.engine.jobexecutor", "warn");
        settings.putAll(extra);

        Cluster cluster = new Cluster(directory, postgres, mail, smtpPort, settings);
        // a test JVM that is stopped (Ctrl-C, a surefire timeout) takes its nodes with it
        Thread reaper = new Thread(() -> cluster.nodes().forEach(CityCertNode::killQuietly), "cluster-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
        cluster.reaper = reaper;
        try {
            cluster.a.start();
            cluster.a.awaitReady(START_TIMEOUT);
            cluster.b.start();
            cluster.b.awaitReady(START_TIMEOUT);
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    List<CityCertNode> nodes() {
        return List.of(a, b);
    }

    @Override
    public void close() {
        for (CityCertNode node : List.of(b, a)) {
            try {
                node.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        mail.stop();
        if (reaper != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(reaper);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Could not stop PostgreSQL: {}", e.toString());
        }
    }
}
