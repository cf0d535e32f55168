package eu.skills4cities.citycert.audit.ui;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.ApplicationStatusChanged;
import eu.skills4cities.citycert.audit.AuditCheckpoint;
import eu.skills4cities.citycert.audit.AuditCheckpointer;
import eu.skills4cities.citycert.audit.AuditEntry;
import eu.skills4cities.citycert.audit.AuditVerification;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class AuditLogViewTest extends KaribuViewTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AuditCheckpointer checkpointer;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private UUID application;
    private AuditCheckpoint checkpoint;

    @BeforeEach
    void anEntryAndACheckpoint() {
        application = UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(new ApplicationStatusChanged(application,
                "V-1", ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW, "checked", Instant.now())));
        checkpoint = checkpointer.checkpoint().orElseThrow();
    }

    @Test
    void the_auditor_sees_the_verification_filters_entries_and_downloads_the_checkpoint() {
        signIn(accounts.create(Role.AUDITOR));
        UI.getCurrent().navigate(AuditLogView.class);

        assertThat(verification().getText()).startsWith("Intact up to sequence " + checkpoint.sequence());
        _click(_get(Button.class, spec -> spec.withId("audit-log-verify")));
        assertThat(verification().getElement().getAttribute("data-intact")).isEqualTo("true");

        assertThat(GridKt._get(entries(), 0).sequence()).as("newest first").isGreaterThanOrEqualTo(checkpoint.sequence());
        _setValue(_get(TextField.class, spec -> spec.withId("audit-log-filter-object-id")), application.toString());
        assertThat(GridKt._size(entries())).isEqualTo(1);
        assertThat(GridKt._getFormatted(entries(), 0, "action")).isEqualTo("APPLICATION_STATUS_CHANGED");
        assertThat(GridKt._getFormatted(entries(), 0, "object")).isEqualTo("application " + application);
        assertThat(GridKt._getFormatted(entries(), 0, "detail")).contains("IN_REVIEW");
        _setValue(_get(TextField.class, spec -> spec.withId("audit-log-filter-actor")), "nobody-" + UUID.randomUUID());
        assertThat(GridKt._size(entries())).isZero();

        String downloaded = new String(DownloadKt._download(_get(Anchor.class,
                spec -> spec.withId("audit-log-latest-checkpoint"))), StandardCharsets.UTF_8);
        assertThat(downloaded).isEqualTo(checkpoint.jws());
        assertThat(GridKt._get(checkpoints(), 0).sequence()).isEqualTo(checkpoint.sequence());
    }

    @Test
    void verify_now_names_the_first_broken_link() {
        signIn(accounts.create(Role.AUDITOR));
        UI.getCurrent().navigate(AuditLogView.class);
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update();
            jdbc.sql("DELETE FROM audit_event WHERE sequence = :s").param("s", checkpoint.sequence()).update();

            _click(_get(Button.class, spec -> spec.withId("audit-log-verify")));

            assertThat(verification().getElement().getAttribute("data-intact")).isEqualTo("false");
            assertThat(verification().getText()).startsWith("Broken: the first broken link is sequence "
                    + checkpoint.sequence() + ":");
        });
    }

    @Test
    void an_uploaded_checkpoint_is_checked_against_and_a_bad_one_refused() {
        signIn(accounts.create(Role.ADMIN));
        UI.getCurrent().navigate(AuditLogView.class);

        upload(checkpoint.jws());
        assertThat(uploadResult().getElement().getAttribute("data-intact")).isEqualTo("true");
        assertThat(uploadResult().getText()).startsWith("Intact up to sequence");

        upload("garbage");
        assertThat(uploadResult().getElement().getAttribute("data-intact")).isEqualTo("refused");
        assertThat(uploadResult().getText()).contains("checkpoint: this is not a checkpoint file");
    }

    @Test
    void candidates_and_reviewers_cannot_open_the_log() {
        for (Role role : new Role[]{Role.CANDIDATE, Role.REVIEWER}) {
            signIn(accounts.create(role));
            UI.getCurrent().navigate("audit/log");
            assertThat(NavigatorKt.getCurrentView()).as(role.name()).isNotInstanceOf(AuditLogView.class);
        }
    }

    @Test
    void every_problem_the_verification_can_name_has_a_text() throws Exception {
        java.util.Properties english = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            english.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (AuditVerification.Problem problem : AuditVerification.Problem.values()) {
            assertThat(english).containsKey("audit-log.problem." + problem.name());
        }
        for (String refusal : new String[]{"not-jws", "wrong-type", "untrusted", "bad-signature", "content"}) {
            assertThat(english).containsKey("problem.audit-checkpoint." + refusal);
        }
    }

    private static void upload(String content) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("audit-log-upload")), "checkpoint.jws",
                "application/jose", content.getBytes(StandardCharsets.UTF_8));
    }

    private static Paragraph verification() {
        return _get(Paragraph.class, spec -> spec.withId("audit-log-verification"));
    }

    private static Paragraph uploadResult() {
        return _get(Paragraph.class, spec -> spec.withId("audit-log-upload-result"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> entries() {
        return _get(Grid.class, spec -> spec.withId("audit-log-entries"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditCheckpoint> checkpoints() {
        return _get(Grid.class, spec -> spec.withId("audit-log-checkpoints"));
    }
}
