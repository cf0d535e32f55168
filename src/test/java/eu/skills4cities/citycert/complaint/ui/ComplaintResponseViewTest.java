package eu.skills4cities.citycert.complaint.ui;

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
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.complaint.ComplaintDocument;
import eu.skills4cities.citycert.complaint.ComplaintWork;
import eu.skills4cities.citycert.complaint.TestComplaints;
import eu.skills4cities.citycert.complaint.Triage;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The holder's page for a complaint about them: linked from the start page, never who complained, a response. */
class ComplaintResponseViewTest extends KaribuViewTest {

    @Autowired
    TestCertificates certificates;
    @Autowired
    TestComplaints complaints;
    @Autowired
    ComplaintWork work;

    @Test
    void the_holder_responds_with_a_document_and_never_sees_who_complained() {
        CertificateInfo certificate = certificates.issue();
        CurrentUser complainant = accounts.create(Role.CANDIDATE);
        String number = complaints.aboutHolder(complainant, certificate.number());
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        work.triage(officer, number, Triage.ABOUT_A_HOLDER, "A unit is said to be claimed without a certificate.");
        CurrentUser holder = new CurrentUser(certificate.holderUsername(), Set.of(Role.CANDIDATE));
        signIn(holder);

        UI.getCurrent().navigate("");
        Anchor link = _get(Anchor.class, spec -> spec.withClasses("home-complaint"));
        assertThat(link.getHref()).isEqualTo("complaints/about-me/" + number);
        UI.getCurrent().navigate(link.getHref());

        assertThat(_get(Paragraph.class, spec -> spec.withId("complaint-response-summary")).getText())
                .endsWith("A unit is said to be claimed without a certificate.");
        String complainantName = accounts.email(complainant);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .noneMatch(text -> text.contains(complainant.username()) || text.contains(complainantName)
                        || text.contains("The holder claimed a unit they do not hold."));

        _click(_get(Button.class, spec -> spec.withId("complaint-response-send")));
        assertThat(_get(TextArea.class, spec -> spec.withId("complaint-response-text")).isInvalid()).isTrue();
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("complaint-response-documents")), "record.txt",
                "text/plain", "My record of units.".getBytes(StandardCharsets.UTF_8));
        _setValue(_get(TextArea.class, spec -> spec.withId("complaint-response-text")), "I hold every unit I claim.");
        _click(_get(Button.class, spec -> spec.withId("complaint-response-send")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("complaint-response-sent")).getText())
                .endsWith("I hold every unit I claim.");
        assertThat(work.read(officer, number).responses()).singleElement().satisfies(response -> {
            assertThat(response.text()).isEqualTo("I hold every unit I claim.");
            assertThat(response.documents()).extracting(ComplaintDocument::fileName).containsExactly("record.txt");
        });
    }

    @Test
    void someone_elses_complaint_is_not_found() {
        CertificateInfo certificate = certificates.issue();
        String number = complaints.aboutHolder(accounts.create(Role.CANDIDATE), certificate.number());
        work.triage(accounts.create(Role.CERTIFICATION_OFFICER), number, Triage.ABOUT_A_HOLDER, "About a unit.");
        signIn(accounts.create(Role.CANDIDATE));

        UI.getCurrent().navigate("complaints/about-me/" + number);

        assertThat(_get(Paragraph.class, spec -> spec.withId("complaint-response-none")).getText())
                .isEqualTo("There is no complaint with this number that you may see.");
        assertThat(_find(Button.class, spec -> spec.withId("complaint-response-send"))).isEmpty();
    }
}
