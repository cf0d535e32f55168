package eu.skills4cities.citycert.complaint.ui;

import java.nio.charset.StandardCharsets;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.complaint.ComplaintSubject;
import eu.skills4cities.citycert.complaint.TestComplaints;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The public complaint form: linked from the verification page, clear errors, the confirmation link, signed in. */
class ComplaintFormViewTest extends KaribuViewTest {

    @Autowired
    TestComplaints complaints;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_verification_page_links_the_form() {
        UI.getCurrent().navigate("verify");
        assertThat(_get(Anchor.class, spec -> spec.withId("verification-complain")).getHref())
                .isEqualTo("complaints/new");
    }

    @Test
    void bad_input_is_answered_with_every_problem_and_nothing_is_stored() {
        long before = stored();
        UI.getCurrent().navigate("complaints/new");
        _setValue(_get(EmailField.class, spec -> spec.withId("complaint-email")), "nobody");
        _setValue(subject(), ComplaintSubject.HOLDER);
        _setValue(_get(TextField.class, spec -> spec.withId("complaint-certificate")), "CC-2026-0000-000");
        _click(_get(Button.class, spec -> spec.withId("complaint-send")));

        assertThat(_find(ListItem.class)).extracting(ListItem::getText).contains("Your name is missing.",
                "Your email address is missing or is not an email address.",
                "The description of the complaint is missing.");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_visitor_complains_about_the_body_with_a_document_and_is_asked_to_confirm_by_mail() {
        String email = "visitor-" + System.nanoTime() + "@example.org";
        UI.getCurrent().navigate("complaints/new");
        _setValue(_get(TextField.class, spec -> spec.withId("complaint-name")), "Vera Visitor");
        _setValue(_get(EmailField.class, spec -> spec.withId("complaint-email")), email);
        _setValue(subject(), ComplaintSubject.BODY);
        assertThat(_find(TextField.class, spec -> spec.withId("complaint-certificate")))
                .as("no certificate asked for a complaint about the body").isEmpty();
        _setValue(_get(TextArea.class, spec -> spec.withId("complaint-description")), "The exam room was closed.");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("complaint-documents")), "notice.txt", "text/plain",
                "The exam is cancelled today.".getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withId("complaint-send")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("complaint-sent")).getText())
                .startsWith("Thank you. Please open the link");
        String token = complaints.confirmationToken(email);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM complaint_document d JOIN complaint c ON c.id = d.complaint
                WHERE c.complainant_email = ? AND d.file_name = 'notice.txt'
                """).param(email).query(Long.class).single()).isOne();

        UI.getCurrent().navigate("complaints/confirm/" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("complaint-confirmation")).getText())
                .matches("Thank you. Your complaint counts now, with the number CP-\\d{4}-\\d{6}.*");
        UI.getCurrent().navigate("complaints/confirm/" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("complaint-confirmation")).getText())
                .startsWith("This confirmation link is unknown, used or expired");
    }

    @Test
    void a_signed_in_person_complains_with_their_account_and_gets_a_number() {
        CurrentUser complainant = accounts.create(Role.CANDIDATE);
        signIn(complainant);
        UI.getCurrent().navigate("complaints/new");
        assertThat(_find(TextField.class, spec -> spec.withId("complaint-name"))).as("the account's name").isEmpty();
        _setValue(subject(), ComplaintSubject.BODY);
        _setValue(_get(TextArea.class, spec -> spec.withId("complaint-description")), "My mail went unanswered.");
        _click(_get(Button.class, spec -> spec.withId("complaint-send")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("complaint-sent")).getText())
                .matches("Thank you. Your complaint has been received with the number CP-\\d{4}-\\d{6}.*");
        assertThat(complaints.mailsTo(accounts.email(complainant), "has been received")).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<ComplaintSubject> subject() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("complaint-subject"));
    }

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM complaint").query(Long.class).single();
    }
}
