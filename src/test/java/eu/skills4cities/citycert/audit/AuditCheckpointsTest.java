package eu.skills4cities.citycert.audit;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestMailServer;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.ApplicationStatusChanged;
import eu.skills4cities.citycert.audit.process.AuditCheckpointProcess;
import eu.skills4cities.citycert.certificate.signing.SigningKeys;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import jakarta.mail.internet.MimeMessage;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signed checkpoints of the audit log: made by the timer process, mailed off-site, and what
 * the chain alone cannot show (its tail removed, the whole table rewritten) caught against them,
 * also against an uploaded copy when the checkpoint table itself was rewritten.
 */
@CityCertSpringTest
class AuditCheckpointsTest {

    static final String OFF_SITE = "audit-offsite@test.citycert.test";

    @Autowired
    AuditLog log;
    @Autowired
    AuditCheckpointer checkpointer;
    @Autowired
    AuditCheckpoints checkpoints;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    AuditLogHealthIndicator health;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SigningKeys keys;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestMailServer mailServer;
    @Autowired
    MailOutbox mail;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    private CurrentUser auditor;

    @BeforeEach
    void anAuditor() {
        auditor = accounts.create(Role.AUDITOR);
    }

    @Test
    void the_head_is_signed_as_a_self_contained_jws_once_and_mailed_off_site() throws Exception {
        long head = appendSome(2)[1];

        AuditCheckpoint checkpoint = checkpointer.checkpoint().orElseThrow();

        assertThat(checkpoint.sequence()).isEqualTo(head);
        assertThat(checkpoint.hash()).isEqualTo(log.at(head).orElseThrow().hash());
        // checkable with the body's certificate alone: the chain is in x5c, the payload says what was signed
        JWSObject jws = JWSObject.parse(checkpoint.jws());
        assertThat(jws.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jws.getHeader().getType().getType()).isEqualTo(AuditCheckpoint.TYPE);
        assertThat(jws.getHeader().getX509CertChain().get(0).decode()).isEqualTo(keys.certificate().getEncoded());
        assertThat(jws.verify(new RSASSAVerifier((RSAPublicKey) keys.certificate().getPublicKey()))).isTrue();
        JsonNode payload = json.readTree(jws.getPayload().toString());
        assertThat(payload.path("sequence").asLong()).isEqualTo(head);
        assertThat(payload.path("hash").asText()).isEqualTo(checkpoint.hash());
        assertThat(Instant.parse(payload.path("signedAt").asText())).isEqualTo(checkpoint.signedAt());
        assertThat(payload.path("issuer").asText()).isNotBlank();

        assertThat(checkpointer.checkpoint()).as("an unchanged head gets no new checkpoint").isEmpty();

        MimeMessage mailed = mailServer.awaitMessageTo(OFF_SITE, "sequence " + head);
        assertThat(mailed.getContent().toString()).contains(checkpoint.jws(), checkpoint.hash());
        assertThat(verifier.verify(auditor).intact()).isTrue();
        assertThat(verifier.verify(auditor).signedSequence()).isEqualTo(head);
    }

    @Test
    void no_address_means_no_mail() {
        long head = appendSome(1)[0];
        AuditCheckpointer unmailed = new AuditCheckpointer(log, checkpoints, verifier, mail,
                new AuditCheckpointProperties(null), jdbc, clock);

        assertThat(unmailed.checkpoint()).isPresent();

        assertThat(jdbc.sql("SELECT count(*) FROM mail_message WHERE dedup_key = :key")
                .param("key", "audit-checkpoint/" + head).query(Long.class).single()).isZero();
    }

    @Test
    void an_empty_log_gets_no_checkpoint() {
        appendSome(1);
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update();
            jdbc.sql("DELETE FROM audit_event").update();
            assertThat(checkpointer.checkpoint()).isEmpty();
        });
    }

    @Test
    void a_chain_that_does_not_check_is_not_signed() {
        long[] last = appendSome(2);
        tampered(sql -> sql.sql("UPDATE audit_event SET actor = 'mallory' WHERE sequence = :s").param("s", last[0])
                .update(), () -> {
            assertThat(checkpointer.checkpoint()).isEmpty();
            assertThat(checkpoints.latest().map(AuditCheckpoint::sequence).orElse(0L)).isLessThan(last[1]);
        });
    }

    @Test
    void the_timer_process_signs_the_head_on_the_configured_cycle() {
        init(engine);
        long head = appendSome(1)[0];
        Job timer = engine.getManagementService().createJobQuery()
                .processDefinitionKey(AuditCheckpointProcess.PROCESS_KEY).timers().singleResult();
        assertThat(timer).as("one timer for the process").isNotNull();
        assertThat(timer.getDuedate().toInstant()).as("every hour by default")
                .isBefore(Instant.now().plus(61, ChronoUnit.MINUTES));

        engine.getManagementService().executeJob(timer.getId());

        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AuditCheckpointProcess.PROCESS_KEY).singleResult();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance)
                .isWaitingAt(AuditCheckpointProcess.ACTIVITY_SIGN_CHAIN_HEAD);
        execute(job());
        assertThat(checkpoints.latest().orElseThrow().sequence()).isEqualTo(head);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance)
                .isWaitingAt(AuditCheckpointProcess.ACTIVITY_ARCHIVE_ENGINE_HISTORY);
        execute(job());
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance).isEnded()
                .hasPassed(AuditCheckpointProcess.ACTIVITY_SIGN_CHAIN_HEAD,
                        AuditCheckpointProcess.ACTIVITY_ARCHIVE_ENGINE_HISTORY, AuditCheckpointProcess.EVENT_HEAD_SIGNED);
        assertThat(engine.getManagementService().createJobQuery()
                .processDefinitionKey(AuditCheckpointProcess.PROCESS_KEY).timers().count())
                .as("the cycle goes on").isEqualTo(1);
    }

    @Test
    void removed_last_rows_are_caught_against_the_checkpoint() {
        long[] last = appendSome(3);
        checkpointer.checkpoint().orElseThrow();

        tampered(sql -> sql.sql("DELETE FROM audit_event WHERE sequence >= :s").param("s", last[1]).update(), () -> {
            assertThat(log.verify().intact()).as("the chain alone cannot show it").isTrue();
            expectBroken(verifier.verify(auditor), last[1], AuditVerification.Problem.MISSING_ROWS);
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.health().getDetails()).containsEntry("problem", "MISSING_ROWS");
        });
    }

    @Test
    void a_whole_table_rewritten_with_fresh_hashes_is_caught_at_the_first_checkpoint() {
        appendSome(2);
        checkpointer.checkpoint().orElseThrow();
        long first = jdbc.sql("SELECT min(sequence) FROM audit_checkpoint").query(Long.class).single();

        tampered(AuditCheckpointsTest::rewriteWholeTable, () -> {
            assertThat(log.verify().intact()).as("the chain alone cannot show it").isTrue();
            expectBroken(verifier.verify(auditor), first, AuditVerification.Problem.CHECKPOINT_MISMATCH);
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        });
    }

    @Test
    void an_edited_checkpoint_is_caught_by_its_signature() {
        appendSome(1);
        AuditCheckpoint checkpoint = checkpointer.checkpoint().orElseThrow();
        String[] parts = checkpoint.jws().split("\\.");
        String edited = parts[0] + "." + Base64URL.encode(new String(Base64URL.from(parts[1]).decode(),
                StandardCharsets.UTF_8).replace(checkpoint.hash(), "0".repeat(64))) + "." + parts[2];

        tampered(sql -> sql.sql("UPDATE audit_checkpoint SET jws = :jws, hash = :hash WHERE sequence = :s")
                .param("jws", edited).param("hash", "0".repeat(64)).param("s", checkpoint.sequence()).update(), () -> {
            expectBroken(verifier.verify(auditor), checkpoint.sequence(), AuditVerification.Problem.CHECKPOINT_INVALID);
            assertThat(health.health().getDetails()).containsEntry("problem", "CHECKPOINT_INVALID");
        });
        tampered(sql -> sql.sql("UPDATE audit_checkpoint SET hash = :hash WHERE sequence = :s")
                .param("hash", "0".repeat(64)).param("s", checkpoint.sequence()).update(), () ->
                expectBroken(verifier.verify(auditor), checkpoint.sequence(),
                        AuditVerification.Problem.CHECKPOINT_INVALID));
    }

    @Test
    void an_off_site_copy_catches_a_rewrite_of_the_checkpoints_too() throws Exception {
        appendSome(2);
        AuditCheckpoint kept = checkpointer.checkpoint().orElseThrow();
        String downloaded = mvc.perform(get("/api/audit/checkpoints/latest").with(as(auditor))).andReturn()
                .getResponse().getContentAsString();
        assertThat(downloaded).isEqualTo(kept.jws());

        tampered(sql -> {
            rewriteWholeTable(sql);
            sql.sql("DELETE FROM audit_checkpoint").update();
        }, () -> {
            assertThat(verifier.verify(auditor).intact()).as("nothing stored to check against").isTrue();
            expectBroken(verifier.verifyAgainst(auditor, downloaded), kept.sequence(),
                    AuditVerification.Problem.CHECKPOINT_MISMATCH);
        });
        AuditVerification intact = verifier.verifyAgainst(auditor, downloaded);
        assertThat(intact.intact()).isTrue();
        assertThat(intact.signedSequence()).isEqualTo(kept.sequence());
    }

    @Test
    void bad_uploads_are_refused_naming_the_field_and_change_nothing() throws Exception {
        appendSome(1);
        AuditCheckpoint real = checkpointer.checkpoint().orElseThrow();
        long stored = jdbc.sql("SELECT count(*) FROM audit_checkpoint").query(Long.class).single();
        String[] parts = real.jws().split("\\.");
        String edited = parts[0] + "." + Base64URL.encode("{\"sequence\":1,\"hash\":\"" + "a".repeat(64)
                + "\",\"signedAt\":\"2026-01-01T00:00:00Z\"}") + "." + parts[2];

        for (String bad : List.of("garbage", "not.a.jws", foreignSigner(), edited, otherType())) {
            MockHttpServletResponse answer = mvc.perform(post("/api/audit/verification").with(as(auditor)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(new java.util.HashMap<>(java.util.Map.of("checkpoint", bad)))))
                    .andReturn().getResponse();
            assertThat(answer.getStatus()).as(bad).isEqualTo(422);
            assertThat(answer.getContentAsString()).as(bad).contains("\"checkpoint\"");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_checkpoint").query(Long.class).single()).isEqualTo(stored);

        MockHttpServletResponse good = mvc.perform(post("/api/audit/verification").with(as(auditor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"checkpoint\":\"" + real.jws() + "\"}")).andReturn().getResponse();
        assertThat(good.getStatus()).isEqualTo(200);
        assertThat(good.getContentAsString()).contains("\"problem\":null");
    }

    @Test
    void health_checks_from_the_latest_checkpoint_without_rereading_the_chain() {
        appendSome(3);
        AuditCheckpoint checkpoint = checkpointer.checkpoint().orElseThrow();
        appendSome(2);

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails())
                .containsEntry("checkedFromCheckpoint", checkpoint.sequence())
                .containsEntry("checked", 3L)
                .containsEntry("headSequence", checkpoint.sequence() + 2);

        long[] last = appendSome(1);
        tampered(sql -> sql.sql("UPDATE audit_event SET actor = 'mallory' WHERE sequence = :s").param("s", last[0])
                .update(), () -> {
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.health().getDetails()).containsEntry("brokenSequence", last[0])
                    .containsEntry("problem", "CONTENT_CHANGED");
        });
    }

    @Test
    void the_api_lists_filters_and_verifies_for_auditors_only() throws Exception {
        UUID application = UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(new ApplicationStatusChanged(application, "F-1",
                ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW, "why", Instant.now())));
        checkpointer.checkpoint();

        MockHttpServletResponse found = mvc.perform(get("/api/audit/events").param("objectType", "APPLICATION")
                .param("objectId", application.toString()).param("action", "application_status_changed")
                .param("from", java.time.LocalDate.now().minusDays(1).toString()).with(as(auditor)))
                .andReturn().getResponse();
        assertThat(found.getStatus()).isEqualTo(200);
        assertThat(found.getContentAsString()).contains(application.toString(), "\"total\":1");
        assertThat(mvc.perform(get("/api/audit/events").param("objectId", application.toString())
                .param("to", java.time.LocalDate.now().minusDays(1).toString()).with(as(auditor)))
                .andReturn().getResponse().getContentAsString()).contains("\"total\":0");
        assertThat(mvc.perform(get("/api/audit/events").param("from", "2026-02-02").param("to", "2026-02-01")
                .with(as(auditor))).andReturn().getResponse().getStatus()).isEqualTo(422);
        assertThat(mvc.perform(get("/api/audit/events").param("size", "0").with(as(auditor))).andReturn()
                .getResponse().getStatus()).isEqualTo(422);

        MockHttpServletResponse verification = mvc.perform(get("/api/audit/verification").with(as(auditor)))
                .andReturn().getResponse();
        assertThat(verification.getContentAsString()).contains("\"problem\":null", "\"signedSequence\":");
        MockHttpServletResponse list = mvc.perform(get("/api/audit/checkpoints").param("size", "2").with(as(auditor)))
                .andReturn().getResponse();
        assertThat(list.getContentAsString()).contains("\"sequence\":", "\"jws\":");
        MockHttpServletResponse latest = mvc.perform(get("/api/audit/checkpoints/latest").with(as(auditor)))
                .andReturn().getResponse();
        assertThat(latest.getContentType()).startsWith("application/jose");
        assertThat(latest.getHeader("Content-Disposition")).contains("audit-checkpoint-");
        assertThat(mvc.perform(get("/api/audit/checkpoints/0").with(as(auditor))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);

        CurrentUser admin = accounts.create(Role.ADMIN);
        assertThat(mvc.perform(get("/api/audit/events").with(as(admin))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        for (Role refused : List.of(Role.CANDIDATE, Role.REVIEWER)) {
            CurrentUser user = accounts.create(refused);
            for (String path : List.of("/api/audit/events", "/api/audit/verification", "/api/audit/checkpoints",
                    "/api/audit/checkpoints/latest")) {
                assertThat(mvc.perform(get(path).with(as(user))).andReturn().getResponse().getStatus())
                        .as(refused + " " + path).isEqualTo(403);
            }
            assertThatThrownBy(() -> verifier.verify(user)).isInstanceOf(
                    org.springframework.security.access.AccessDeniedException.class);
        }
    }

    /** Appends n rows in one committed transaction and returns the sequences of the log's last n rows. */
    private long[] appendSome(int n) {
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < n; i++) {
                events.publishEvent(new ApplicationStatusChanged(UUID.randomUUID(), "K" + i, ApplicationStatus.SUBMITTED,
                        ApplicationStatus.IN_REVIEW, "reason " + i, Instant.now()));
            }
        });
        List<Long> sequences = jdbc.sql("SELECT sequence FROM audit_event ORDER BY sequence DESC LIMIT :n")
                .param("n", n).query(Long.class).list();
        long[] last = new long[n];
        for (int i = 0; i < n; i++) {
            last[i] = sequences.get(n - 1 - i);
        }
        return last;
    }

    /** Changes the first row and chains every row after it anew: a table consistent in itself. */
    private static void rewriteWholeTable(JdbcClient sql) {
        List<AuditEntry> rows = sql.sql("SELECT * FROM audit_event ORDER BY sequence").query((rs, n) -> new AuditEntry(
                rs.getLong("sequence"), rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("detail"), rs.getString("previous_hash"), rs.getString("hash"))).list();
        String previous = AuditCanonical.GENESIS;
        for (AuditEntry row : rows) {
            AuditEntry rewritten = new AuditEntry(row.sequence(), row.occurredAt(),
                    row.sequence() == rows.get(0).sequence() ? "mallory" : row.actor(), row.action(), row.objectType(),
                    row.objectId(), row.detail(), previous, null);
            String hash = AuditCanonical.hash(rewritten);
            sql.sql("UPDATE audit_event SET actor = :actor, previous_hash = :previous, hash = :hash WHERE sequence = :s")
                    .param("actor", rewritten.actor()).param("previous", previous).param("hash", hash)
                    .param("s", row.sequence()).update();
            previous = hash;
        }
    }

    /**
     * Tampers in a transaction that is rolled back, with the triggers disabled in it (so the other
     * tests' log stays intact), and runs the checks inside it.
     */
    private void tampered(Consumer<JdbcClient> tampering, Runnable checks) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update();
            jdbc.sql("ALTER TABLE audit_checkpoint DISABLE TRIGGER audit_checkpoint_append_only").update();
            tampering.accept(jdbc);
            checks.run();
        });
        assertThat(verifier.verify(auditor).intact()).isTrue();
    }

    private static void expectBroken(AuditVerification result, long sequence, AuditVerification.Problem problem) {
        assertThat(result.intact()).as("%s", result).isFalse();
        assertThat(result.brokenSequence()).as("%s", result).isEqualTo(sequence);
        assertThat(result.problem()).as("%s", result).isEqualTo(problem);
    }

    /** A well-formed checkpoint signed by a key that is not the body's, carrying its own certificate. */
    private static String foreignSigner() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Mallory");
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                name, BigInteger.ONE, Date.from(Instant.now().minusSeconds(60)),
                Date.from(Instant.now().plusSeconds(3600)), name, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(new JOSEObjectType(AuditCheckpoint.TYPE))
                .x509CertChain(List.of(Base64.encode(certificate.getEncoded()))).build(),
                new Payload("{\"sequence\":1,\"hash\":\"" + "b".repeat(64) + "\",\"signedAt\":\"2026-01-01T00:00:00Z\"}"));
        jws.sign(new RSASSASigner(pair.getPrivate()));
        return jws.serialize();
    }

    private String otherType() throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .x509CertChain(List.of(Base64.encode(keys.certificate().getEncoded()))).build(),
                new Payload("{\"sequence\":1}"));
        jws.sign(new RSASSASigner(keys.privateKey()));
        return jws.serialize();
    }

    private static RequestPostProcessor as(CurrentUser reader) {
        return user(reader.username()).roles(reader.roles().stream().map(Enum::name).toArray(String[]::new));
    }
}
