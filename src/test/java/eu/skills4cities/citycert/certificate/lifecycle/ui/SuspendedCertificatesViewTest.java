package eu.skills4cities.citycert.certificate.lifecycle.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.lifecycle.LifecycleProcess;
import eu.skills4cities.citycert.certificate.lifecycle.Suspensions;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The officers' task "Decide on the suspended certificate": what the holder said, and the decision taken. */
class SuspendedCertificatesViewTest extends KaribuViewTest {

    @Autowired
    TestCertificates certificates;
    @Autowired
    CertificateService certificateService;
    @Autowired
    CertificateRegister register;
    @Autowired
    Suspensions suspensions;
    @Autowired
    ProcessEngine engine;

    @Test
    void the_officer_sees_the_holders_statement_and_lifts_the_suspension_with_reason_and_declaration() {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        CertificateInfo certificate = certificates.issue();
        register.decide(officer, certificate.number(), StatusDecision.SUSPEND, "Reference letter in doubt.", true);
        CurrentUser holder = new CurrentUser(certificate.holderUsername(), Set.of(Role.CANDIDATE));
        suspensions.submit(holder, certificate.number(), "My former employer confirms the letter.",
                List.of(new Suspensions.NewDocument("confirmation.pdf", "application/pdf",
                        "%PDF-1.7 confirmation".getBytes(StandardCharsets.US_ASCII))));
        signIn(officer);

        UI.getCurrent().navigate(SuspendedCertificatesView.class);
        Grid<Suspensions.OpenSuspension> grid = grid();
        int row = rowOf(grid, certificate.number());
        assertThat(GridKt._getFormatted(grid, row, "statements")).isEqualTo("1");
        GridKt._clickItem(grid, row);

        assertThat(_get(Paragraph.class, spec -> spec.withId("suspension-reason")).getText())
                .endsWith("Reference letter in doubt.");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("statement-text"))).singleElement()
                .satisfies(p -> assertThat(p.getText()).endsWith("My former employer confirms the letter."));
        assertThat(_find(Anchor.class, spec -> spec.withClasses("statement-document"))).singleElement()
                .satisfies(a -> assertThat(a.getText()).isEqualTo("confirmation.pdf"));

        _click(_get(Button.class, spec -> spec.withId("suspension-reinstate")));
        _setValue(_get(TextArea.class, spec -> spec.withId("decision-reason")), "The letter is genuine.");
        _click(_get(Button.class, spec -> spec.withId("decision-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("decision-declaration-error")).getText())
                .as("not without the declaration").startsWith("Declare that you have no conflict of interest");
        assertThat(recordedStatus(certificate)).isEqualTo("SUSPENDED");

        _setValue(_get(Checkbox.class, spec -> spec.withId("decision-declaration")), true);
        _click(_get(Button.class, spec -> spec.withId("decision-confirm")));

        assertThat(recordedStatus(certificate)).isEqualTo("ACTIVE");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(certificate.number())
                .taskDefinitionKey(LifecycleProcess.ACTIVITY_DECIDE_SUSPENDED).count()).as("task completed").isZero();
        assertThat(suspensions.open(officer)).extracting(s -> s.certificate().number())
                .doesNotContain(certificate.number());
    }

    @Test
    void withdrawing_from_the_task_ends_the_certificate_for_good() {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        CertificateInfo certificate = certificates.issue();
        register.decide(officer, certificate.number(), StatusDecision.SUSPEND, "Fraud suspected.", true);
        signIn(officer);

        UI.getCurrent().navigate(SuspendedCertificatesView.class);
        GridKt._clickItem(grid(), rowOf(grid(), certificate.number()));
        _click(_get(Button.class, spec -> spec.withId("suspension-withdraw")));
        _setValue(_get(TextArea.class, spec -> spec.withId("decision-reason")), "Fraud confirmed.");
        _setValue(_get(Checkbox.class, spec -> spec.withId("decision-declaration")), true);
        _click(_get(Button.class, spec -> spec.withId("decision-confirm")));

        assertThat(recordedStatus(certificate)).isEqualTo("WITHDRAWN");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(certificate.number()).count()).as("process ended").isZero();
    }

    @SuppressWarnings("unchecked")
    private Grid<Suspensions.OpenSuspension> grid() {
        return _get(Grid.class, spec -> spec.withId("suspensions"));
    }

    private static int rowOf(Grid<Suspensions.OpenSuspension> grid, String number) {
        List<Suspensions.OpenSuspension> rows = GridKt._findAll(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).certificate().number().equals(number)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + number);
    }

    private String recordedStatus(CertificateInfo certificate) {
        return certificateService.byNumber(certificate.number()).orElseThrow().recordedStatus();
    }
}
