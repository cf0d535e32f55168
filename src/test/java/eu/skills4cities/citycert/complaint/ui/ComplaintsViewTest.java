package eu.skills4cities.citycert.complaint.ui;

import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.verification.CertificateVerification;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.complaint.ComplaintCase;
import eu.skills4cities.citycert.complaint.ComplaintList;
import eu.skills4cities.citycert.complaint.ComplaintOutcome;
import eu.skills4cities.citycert.complaint.ComplaintWork;
import eu.skills4cities.citycert.complaint.TestComplaints;
import eu.skills4cities.citycert.complaint.Triage;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The officers' complaint page: triage, the investigation ending in a suspension, and impartiality refused. */
class ComplaintsViewTest extends KaribuViewTest {

    @Autowired
    TestCertificates certificates;
    @Autowired
    TestComplaints complaints;
    @Autowired
    ComplaintWork work;
    @Autowired
    CertificateVerification verification;

    @Test
    void an_officer_triages_a_complaint_about_a_holder_and_suspends_the_certificate() {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        CertificateInfo certificate = certificates.issue();
        String number = complaints.aboutHolder(accounts.create(Role.CANDIDATE), certificate.number());
        signIn(officer);

        UI.getCurrent().navigate("");
        Anchor tile = _get(Anchor.class, spec -> spec.withId("home-complaint-work"));
        assertThat(tile.getElement().getTextRecursively()).contains("Complaints to triage or investigate");
        assertThat(tile.getHref()).isEqualTo("complaints");
        UI.getCurrent().navigate("complaints/" + number);
        assertThat(_get(com.vaadin.flow.component.html.H3.class).getText()).contains(number);
        assertThat(_get(Paragraph.class, spec -> spec.withId("complaint-text")).getText())
                .isEqualTo("The holder claimed a unit they do not hold.");
        _setValue(radio("complaint-triage"), Triage.ABOUT_A_HOLDER);
        _click(_get(Button.class, spec -> spec.withId("complaint-triage-send")));
        assertThat(_get(TextArea.class, spec -> spec.withId("complaint-triage-reason")).getErrorMessage())
                .as("what the holder is told is required").startsWith("The reason is missing");

        _setValue(_get(TextArea.class, spec -> spec.withId("complaint-triage-reason")), "A unit is said to be claimed.");
        _click(_get(Button.class, spec -> spec.withId("complaint-triage-send")));
        assertThat(work.read(officer, number).triage()).isEqualTo(Triage.ABOUT_A_HOLDER);

        ComplaintList.open(number);
        _setValue(radio("complaint-outcome"), ComplaintOutcome.SUSPEND);
        _setValue(_get(TextArea.class, spec -> spec.withId("complaint-outcome-reason")), "Claim confirmed.");
        _click(_get(Button.class, spec -> spec.withId("complaint-outcome-send")));
        assertThat(_get(TextArea.class, spec -> spec.withId("complaint-outcome-reason")).getErrorMessage())
                .as("not without the declaration").startsWith("Declare that you have no conflict of interest");
        assertThat(verification.verifyNumber(certificate.number()).certificate().status())
                .isEqualTo(CertificateStatus.ACTIVE);

        _setValue(_get(Checkbox.class, spec -> spec.withId("complaint-declaration")), true);
        _click(_get(Button.class, spec -> spec.withId("complaint-outcome-send")));

        assertThat(verification.verifyNumber(certificate.number()).certificate().status())
                .isEqualTo(CertificateStatus.SUSPENDED);
        assertThat(work.read(officer, number).outcome()).isEqualTo(ComplaintOutcome.SUSPEND);
        assertThat(ComplaintList.rows()).extracting(ComplaintCase::number).doesNotContain(number);
    }

    @Test
    void the_page_refuses_the_triage_to_the_complainant() {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        String number = complaints.aboutBody(officer);
        signIn(officer);

        UI.getCurrent().navigate("complaints");
        ComplaintList.open(number);
        _setValue(radio("complaint-triage"), Triage.ABOUT_THE_BODY);
        _click(_get(Button.class, spec -> spec.withId("complaint-triage-send")));

        NotificationsKt.expectNotifications("You made complaint " + number + ", so you may not handle it.");
        assertThat(work.read(accounts.create(Role.AUDITOR), number).triage()).isNull();
    }

    @Test
    void a_holder_who_is_an_officer_does_not_triage_a_complaint_about_them() {
        CertificateInfo certificate = certificates.issue();
        String number = complaints.aboutHolder(accounts.create(Role.CANDIDATE), certificate.number());
        CurrentUser holderAsOfficer = new CurrentUser(certificate.holderUsername(),
                Set.of(Role.CANDIDATE, Role.CERTIFICATION_OFFICER));
        signIn(holderAsOfficer);

        UI.getCurrent().navigate("complaints");
        ComplaintList.open(number);
        _setValue(radio("complaint-triage"), Triage.NOT_A_COMPLAINT);
        _setValue(_get(TextArea.class, spec -> spec.withId("complaint-triage-reason")), "Nothing in it.");
        _click(_get(Button.class, spec -> spec.withId("complaint-triage-send")));

        NotificationsKt.expectNotifications("Complaint " + number + " is about you, so you may not handle it.");
        assertThat(work.read(accounts.create(Role.AUDITOR), number).triage()).isNull();
    }

    @Test
    void the_assessor_of_the_holders_certification_does_not_record_the_outcome() {
        TestComplaints.AssessedCertificate assessed = complaints.assessedCertificate();
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        String number = complaints.aboutHolder(accounts.create(Role.CANDIDATE), assessed.certificateNumber());
        work.triage(officer, number, Triage.ABOUT_A_HOLDER, "About the assessment.");
        signIn(assessed.assessorAsOfficer());

        UI.getCurrent().navigate("complaints");
        ComplaintList.open(number);
        _setValue(radio("complaint-outcome"), ComplaintOutcome.NO_ACTION);
        _setValue(_get(TextArea.class, spec -> spec.withId("complaint-outcome-reason")), "Nothing in it.");
        _setValue(_get(Checkbox.class, spec -> spec.withId("complaint-declaration")), true);
        _click(_get(Button.class, spec -> spec.withId("complaint-outcome-send")));

        NotificationsKt.expectNotifications("You reviewed or assessed the certification of "
                + assessed.certificateNumber() + ", so you may not handle complaint " + number + ".");
        assertThat(work.read(officer, number).outcome()).isNull();
        assertThat(work.read(officer, number).openTaskAssignee()).as("nothing claimed").isNull();
    }


    @SuppressWarnings("unchecked")
    private static <T> RadioButtonGroup<T> radio(String id) {
        return _get(RadioButtonGroup.class, spec -> spec.withId(id));
    }
}
