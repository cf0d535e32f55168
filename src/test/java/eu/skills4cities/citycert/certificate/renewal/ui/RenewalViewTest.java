package eu.skills4cities.citycert.certificate.renewal.ui;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertifiedUnit;
import eu.skills4cities.citycert.certificate.renewal.Renewal;
import eu.skills4cities.citycert.certificate.renewal.RenewalChecks;
import eu.skills4cities.citycert.certificate.renewal.RenewalProcess;
import eu.skills4cities.citycert.certificate.renewal.RenewalProcess.Outcome;
import eu.skills4cities.citycert.certificate.renewal.RenewalStatus;
import eu.skills4cities.citycert.certificate.renewal.Renewals;
import eu.skills4cities.citycert.certificate.renewal.TestRenewals;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holder's renewal form under My certificates (activities added and removed, units as checkboxes, totals
 * against what is required, documents, the declaration, the service's problems shown), and the reviewer's
 * check page asking for more, answered on the holder's page.
 */
class RenewalViewTest extends KaribuViewTest {

    @Autowired
    TestRenewals testRenewals;
    @Autowired
    TestCertificates testCertificates;
    @Autowired
    CertificateService certificates;
    @Autowired
    Renewals renewals;
    @Autowired
    TaskService taskService;
    @Autowired
    RenewalChecks checks;

    @Test
    void the_holder_fills_the_form_sees_the_totals_and_submits_after_the_problems_are_fixed() {
        CertificateInfo certificate = testRenewals.inWindow();
        CurrentUser holder = TestRenewals.holderOf(certificate);
        signIn(holder);

        UI.getCurrent().navigate("certificates");
        Anchor renew = _get(Anchor.class, spec -> spec.withClasses("renewal-open"));
        assertThat(renew.getText()).startsWith("Renew now");
        assertThat(renew.getHref()).isEqualTo("certificates/" + certificate.number() + "/renewal");

        UI.getCurrent().navigate(renew.getHref());
        RenewalView view = _get(RenewalView.class);
        assertThat(view.rows()).hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("renewal-submit")));
        Paragraph problems = _get(Paragraph.class, spec -> spec.withId("renewal-problems"));
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getText()).contains("Activity 1: the title is missing.", "CPD hours: 0 of 40 required.",
                "Declaration: confirm your continued practice.");

        CertifiedUnit unit = certificates.units(certificate.id()).get(0);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        fill(view.rows().get(0), "Smart city data course", today.minusDays(40), today.minusDays(38), "30", unit);
        assertThat(_get(Paragraph.class, spec -> spec.withId("renewal-totals")).getText())
                .isEqualTo("Hours: 30 of 40 required. Units kept current: 1 of 1 required.");
        _click(_get(Button.class, spec -> spec.withId("renewal-add-activity")));
        _click(_get(Button.class, spec -> spec.withId("renewal-add-activity")));
        assertThat(view.rows()).hasSize(3);
        _click(view.rows().get(2).remove);
        assertThat(view.rows()).hasSize(2);
        fill(view.rows().get(1), "Conference on urban mobility", today.minusDays(20), today.minusDays(19), "12.5",
                unit);
        assertThat(_get(Paragraph.class, spec -> spec.withId("renewal-totals")).getText())
                .isEqualTo("Hours: 42.5 of 40 required. Units kept current: 1 of 1 required.");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("renewal-documents")), "attendance.pdf",
                "application/pdf", "%PDF-1.7 attendance".getBytes(StandardCharsets.US_ASCII));
        _setValue(_get(Checkbox.class, spec -> spec.withId("renewal-declaration")), true);
        _click(_get(Button.class, spec -> spec.withId("renewal-submit")));

        Renewal submitted = renewals.latest(holder, certificate.number()).orElseThrow();
        assertThat(submitted.status()).isEqualTo(RenewalStatus.SUBMITTED);
        assertThat(submitted.totalHours()).isEqualByComparingTo(new BigDecimal("42.5"));
        assertThat(submitted.documents()).extracting(Renewal.Document::fileName).containsExactly("attendance.pdf");
        assertThat(_get(Paragraph.class, spec -> spec.withId("renewal-status")).getText())
                .endsWith("a reviewer checks it.");
    }

    @Test
    void a_german_reviewer_reads_the_role_in_german_in_the_queue_and_on_the_check() {
        CertificateInfo certificate = testRenewals.inWindow();
        testRenewals.submit(certificate);
        String task = taskService.createTaskQuery().processInstanceBusinessKey(certificate.number())
                .taskDefinitionKey(RenewalProcess.ACTIVITY_CHECK).singleResult().getId();
        signIn(accounts.create(Role.REVIEWER));
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.GERMAN);
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);

        UI.getCurrent().navigate("renewals");
        UI.getCurrent().refreshCurrentRoute(true);
        @SuppressWarnings("unchecked")
        Grid<RenewalChecks.OpenCheck> queue = _get(Grid.class, spec -> spec.withId("renewal-checks"));
        int row = GridKt._findAll(queue).stream().map(check -> check.certificate().number()).toList()
                .indexOf(certificate.number());
        assertThat(GridKt._getFormatted(queue, row, "role")).startsWith("Smart-City-Projekt");

        UI.getCurrent().navigate("renewals/" + task);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(text -> text.contains(certificate.holderName()) && text.contains("Smart-City-Projekt"))
                .noneMatch(text -> text.contains("Smart City Project"));
    }

    @Test
    void the_reviewer_asks_for_more_and_the_holder_answers_on_their_page() {
        CertificateInfo certificate = testRenewals.inWindow();
        testRenewals.submit(certificate);
        String task = taskService.createTaskQuery().processInstanceBusinessKey(certificate.number())
                .taskDefinitionKey(RenewalProcess.ACTIVITY_CHECK).singleResult().getId();
        signIn(accounts.create(Role.REVIEWER));

        UI.getCurrent().navigate("renewals");
        @SuppressWarnings("unchecked")
        Grid<RenewalChecks.OpenCheck> queue = _get(Grid.class, spec -> spec.withId("renewal-checks"));
        assertThat(GridKt._findAll(queue)).extracting(check -> check.certificate().number())
                .contains(certificate.number());
        UI.getCurrent().navigate("renewals/" + task);
        _click(_get(Button.class, spec -> spec.withId("check-claim")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Outcome> outcome = _get(RadioButtonGroup.class, spec -> spec.withId("check-outcome"));
        _setValue(outcome, Outcome.MORE_NEEDED);
        _setValue(_get(TextArea.class, spec -> spec.withId("check-text")), "Add the course programme.");
        _setValue(_get(Checkbox.class, spec -> spec.withId("check-declaration")), true);
        _click(_get(Button.class, spec -> spec.withId("check-decide")));

        signIn(TestRenewals.holderOf(certificate));
        UI.getCurrent().navigate("certificates/" + certificate.number() + "/renewal");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("renewal-request")).getText())
                .startsWith("The reviewer asks: Add the course programme.");
        _setValue(_get(TextArea.class, spec -> spec.withId("renewal-answer")), "Programme attached.");
        _click(_get(Button.class, spec -> spec.withId("renewal-answer-send")));

        assertThat(renewals.latest(TestRenewals.holderOf(certificate), certificate.number()).orElseThrow().status())
                .isEqualTo(RenewalStatus.SUBMITTED);
    }

    @Test
    void a_certificate_whose_window_is_not_open_says_when_it_opens() {
        CertificateInfo certificate = testCertificates.issue();
        signIn(new CurrentUser(certificate.holderUsername(), Set.of(Role.CANDIDATE)));

        UI.getCurrent().navigate("certificates/" + certificate.number() + "/renewal");

        assertThat(_get(Paragraph.class, spec -> spec.withId("renewal-not-open")).getText())
                .startsWith("You can renew this certificate from ");
    }

    @Test
    void the_start_page_says_the_renewal_is_open_then_refused_with_the_reason() {
        CertificateInfo certificate = testRenewals.inWindow();
        signIn(TestRenewals.holderOf(certificate));
        UI.getCurrent().navigate("");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("home-renewal")).getText())
                .startsWith("Certificate " + certificate.number() + " (Smart City Project Developer) can be renewed since");

        testRenewals.submit(certificate);
        String task = taskService.createTaskQuery().processInstanceBusinessKey(certificate.number())
                .taskDefinitionKey(RenewalProcess.ACTIVITY_CHECK).singleResult().getId();
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        checks.claim(reviewer, task);
        checks.decide(reviewer, task, Outcome.REFUSE, "The course is not about the role.", true);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");

        Anchor refused = _get(Anchor.class, spec -> spec.withClasses("home-renewal"));
        assertThat(refused.getText()).isEqualTo("Your renewal of certificate " + certificate.number()
                + " (Smart City Project Developer) was refused: The course is not about the role.");
        assertThat(refused.getHref()).isEqualTo("certificates/" + certificate.number() + "/renewal");
    }

    private static void fill(ActivityRow row, String title, LocalDate from, LocalDate to, String hours,
                             CertifiedUnit unit) {
        _setValue(row.title, title);
        _setValue(row.from, from);
        _setValue(row.to, to);
        _setValue(row.hours, new BigDecimal(hours));
        _setValue(row.units, Set.of(unit));
    }
}
