package eu.skills4cities.citycert.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificatePdfRenderer;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertifiedUnit;
import eu.skills4cities.citycert.certificate.badge.DigitalCredentialService;
import eu.skills4cities.citycert.certificate.signing.PadesSigner;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static eu.skills4cities.citycert.bench.Millis.median;
import static eu.skills4cities.citycert.bench.Millis.p95;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certificates issued per second on this machine, and where the time goes: rendering the
 * PDF/A, sealing it (PAdES), signing the Open Badges credential, and the whole issue (with
 * the database) as the "Issue certificates" step runs it. The key is RSA 3072, as the demo's.
 * Run with {@code ./mvnw -Pbench verify} (see {@code docs/benchmarks.md}).
 */
@SpringBootTest(properties = {"camunda.bpm.process-engine-name=certificate-benchmark", "citycert.signing.key-size=3072"})
@ActiveProfiles({"demo", "test"})
class CertificateIssuanceBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CertificateIssuanceBenchmark.class);
    private static final int WARM_UP = Integer.getInteger("citycert.bench.certificate-warm-up", 30);
    private static final int RUNS = Integer.getInteger("citycert.bench.certificate-runs", 200);

    @Autowired
    CertificatePdfRenderer renderer;
    @Autowired
    PadesSigner signer;
    @Autowired
    DigitalCredentialService credentials;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    CertificateService certificates;
    @Autowired
    ApplicationService applications;
    @Autowired
    TestAccounts accounts;

    @Test
    void certificates_per_second() throws IOException {
        CertificatePdfRenderer.Content content = new CertificatePdfRenderer.Content("CC-2026-7KQ4-9XHM",
                "Maria Example-Lindqvist", "Smart City Project Developer", null, 6, "S4C-SMART-CITY v1 (Sample 2026)",
                List.of(new CertifiedUnit("SCPD-U1", "Smart city context and needs analysis"),
                        new CertifiedUnit("SCPD-U2", "Project initiation and stakeholder engagement"),
                        new CertifiedUnit("SCPD-U3", "Project planning and solution design"),
                        new CertifiedUnit("SCPD-U4", "Funding and business models"),
                        new CertifiedUnit("SCPD-U5", "Project proposal and pitching")),
                LocalDate.of(2026, 11, 24), LocalDate.of(2028, 11, 24), "CityCert Certification Body",
                "https://citycert.example.eu/verify/CC-2026-7KQ4-9XHM");
        byte[] rendered = renderer.render(content);
        PadesSigner.SealBlock block = new PadesSigner.SealBlock(CertificatePdfRenderer.SEAL_AREA,
                "Digitally sealed by CityCert Certification Body", "Verify at https://citycert.example.eu/verify");

        double[] render = time(() -> renderer.render(content));
        double[] sign = time(() -> signer.sign(rendered, block));
        CertificateInfo sample = issueOne();
        // build and sign the credential again and again: forget it before each timed run
        double[] badge = time(() -> jdbc.sql("UPDATE certificate SET badge_jwt = NULL WHERE id = ?").param(sample.id()).update(),
                () -> transactions.execute(status -> credentials.ensureIssued(sample.id()).orElseThrow()));
        // the whole step: application data, render, seal, badge, insert (a new application each time)
        List<UUID> toIssue = new ArrayList<>();
        for (int i = 0; i < WARM_UP / 3 + RUNS / 4; i++) {
            toIssue.add(applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPD")).id());
        }
        double[] issue = timeEach(toIssue.stream().map(id -> (Runnable) () -> certificates.issue(id)).toList(), WARM_UP / 3);

        double perCertificate = median(render) + median(sign) + median(badge);
        String table = """
                | step (RSA 3072, one A4 page) | p50 ms | p95 ms | share of render + seal + badge |
                | --- | ---: | ---: | ---: |
                | render PDF/A with QR code | %.1f | %.1f | %.0f %% |
                | seal (PAdES baseline B) | %.1f | %.1f | %.0f %% |
                | sign Open Badges credential (VC-JWT) | %.1f | %.1f | %.0f %% |
                | whole issue step (with the database) | %.1f | %.1f | |

                Certificates per second, one thread: **%.1f** (render + seal + badge, p50), **%.1f** (whole issue step, p50).
                Runs: %d timed after %d warm-up (whole step: %d timed). Processors: %d. Load average at the end: %.2f.
                """.formatted(
                median(render), p95(render), 100 * median(render) / perCertificate,
                median(sign), p95(sign), 100 * median(sign) / perCertificate,
                median(badge), p95(badge), 100 * median(badge) / perCertificate,
                median(issue), p95(issue),
                1000 / perCertificate, 1000 / median(issue),
                RUNS, WARM_UP, issue.length, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        log.info("Certificate issuance benchmark\n{}", table);
        Path out = Path.of("target", "benchmarks", "certificates.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        assertThat(median(render)).isPositive();
        assertThat(median(sign)).isPositive();
    }

    private CertificateInfo issueOne() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        return certificates.issue(applications.submit(candidate, TestDocuments.application("SCPD")).id()).get(0);
    }

    /** Milliseconds of each timed run, after the warm-up. */
    private static double[] time(Supplier<?> work) {
        return time(() -> 0, work);
    }

    /** Milliseconds of each timed run of the work, after the warm-up; the preparation before each is not timed. */
    private static double[] time(Supplier<?> prepare, Supplier<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            prepare.get();
            work.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            prepare.get();
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    private static double[] timeEach(List<Runnable> runs, int warmUp) {
        double[] millis = new double[runs.size() - warmUp];
        for (int i = 0; i < runs.size(); i++) {
            long start = System.nanoTime();
            runs.get(i).run();
            if (i >= warmUp) {
                millis[i - warmUp] = (System.nanoTime() - start) / 1e6;
            }
        }
        return millis;
    }
}
