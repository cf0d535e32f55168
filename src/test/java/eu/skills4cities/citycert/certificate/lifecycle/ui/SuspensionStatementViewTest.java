package eu.skills4cities.citycert.certificate.lifecycle.ui;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.lifecycle.HolderStatement;
import eu.skills4cities.citycert.certificate.lifecycle.Suspensions;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The holder's answer to a suspension, under My certificates: statement and documents, shown to the officers. */
class SuspensionStatementViewTest extends KaribuViewTest {

    @Autowired
    TestCertificates certificates;
    @Autowired
    CertificateRegister register;
    @Autowired
    Suspensions suspensions;

    @Test
    void a_german_holder_reads_the_suspended_certificates_role_in_german() {
        CertificateInfo certificate = certificates.issue();
        register.decide(accounts.create(Role.CERTIFICATION_OFFICER), certificate.number(), StatusDecision.SUSPEND,
                "Complaint by a client.", true);
        signIn(new CurrentUser(certificate.holderUsername(), Set.of(Role.CANDIDATE)));
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.GERMAN);
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);

        UI.getCurrent().navigate("certificates/" + certificate.number() + "/statement");
        UI.getCurrent().refreshCurrentRoute(true);

        assertThat(_get(Paragraph.class, spec -> spec.withId("statement-reason")).getText())
                .contains("Smart-City-Projektentwickler/-in").doesNotContain("Smart City Project Developer");
    }

    @Test
    void the_holder_responds_with_a_statement_and_a_document_which_the_officers_see() {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        CertificateInfo certificate = certificates.issue();
        register.decide(officer, certificate.number(), StatusDecision.SUSPEND, "Complaint by a client.", true);
        CurrentUser holder = new CurrentUser(certificate.holderUsername(), Set.of(Role.CANDIDATE));
        signIn(holder);

        UI.getCurrent().navigate("certificates");
        Anchor respond = _get(Anchor.class, spec -> spec.withClasses("respond-to-suspension"));
        assertThat(respond.getHref()).isEqualTo("certificates/" + certificate.number() + "/statement");

        UI.getCurrent().navigate(respond.getHref());
        assertThat(_get(Paragraph.class, spec -> spec.withId("statement-reason")).getText())
                .endsWith("Complaint by a client.");
        _click(_get(Button.class, spec -> spec.withId("statement-submit")));
        assertThat(_get(TextArea.class, spec -> spec.withId("statement-text")).isInvalid())
                .as("no statement without a text").isTrue();

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("statement-documents")), "invoice.pdf",
                "application/pdf", "%PDF-1.7 invoice".getBytes(StandardCharsets.US_ASCII));
        _setValue(_get(TextArea.class, spec -> spec.withId("statement-text")), "The client withdrew the complaint.");
        _click(_get(Button.class, spec -> spec.withId("statement-submit")));

        assertThat(suspensions.open(officer, certificate.number())).get()
                .satisfies(open -> assertThat(open.statements()).singleElement().satisfies(statement -> {
                    assertThat(statement.text()).isEqualTo("The client withdrew the complaint.");
                    assertThat(statement.documents()).extracting(HolderStatement.Document::fileName)
                            .containsExactly("invoice.pdf");
                }));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("statement-sent")).getText())
                .endsWith("The client withdrew the complaint.");
    }

    @Test
    void a_certificate_that_is_not_suspended_has_nothing_to_respond_to() {
        CertificateInfo certificate = certificates.issue();
        signIn(new CurrentUser(certificate.holderUsername(), Set.of(Role.CANDIDATE)));

        UI.getCurrent().navigate("certificates/" + certificate.number() + "/statement");

        assertThat(_get(Paragraph.class, spec -> spec.withId("statement-not-suspended")).getText())
                .isEqualTo("This certificate is not suspended: there is nothing to respond to.");
    }
}
