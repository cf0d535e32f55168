package eu.skills4cities.citycert.certificate.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.SubmitApplication;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The holder recertifies from My certificates, and the application page says what is carried over. */
class RecertificationViewsTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;

    @Test
    void recertify_opens_the_new_application_for_the_certificates_role_and_starts_a_recertification() {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CertificateInfo held = certificates.issue(applications.submit(holder, TestDocuments.application("SCPD")).id())
                .get(0);
        signIn(holder);

        UI.getCurrent().navigate(MyCertificatesView.class);
        Anchor recertify = _get(Anchor.class, spec -> spec.withClasses("recertify"));
        assertThat(recertify.getText()).isEqualTo("Recertify");
        assertThat(recertify.getHref()).isEqualTo(ApplicationLinks.recertify(held.number()));

        UI.getCurrent().navigate("applications/new",
                QueryParameters.simple(Map.of(ApplicationLinks.RECERTIFY_PARAMETER, held.number())));
        assertThat(_get(H2.class, spec -> spec.withId("apply-title")).getText())
                .isEqualTo("Recertify certificate " + held.number());
        @SuppressWarnings("unchecked")
        Select<Object> role = _get(Select.class, spec -> spec.withId("role"));
        assertThat(role.isReadOnly()).isTrue();
        assertThat(role.getValue()).isNotNull();
        _click(_get(Button.class, spec -> spec.withId("start")));

        assertThat(applications.mine(holder)).hasSize(2);
        ApplicationDetails draft = applications.get(holder, applications.mine(holder).get(0).id());
        assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(draft.recertificationOf()).isEqualTo(held.id());
    }

    @Test
    void the_recertification_page_names_the_certificate_and_the_units_carried_over() {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CertificateInfo held = certificates.issue(applications.submit(holder, TestDocuments.application("SCPD")).id())
                .get(0);
        SubmitApplication plain = TestDocuments.application("SCPD");
        ApplicationDetails recertification = applications.submit(holder, new SubmitApplication("SCPD",
                plain.statement(), plain.experienceYears(), plain.educationLevel(), plain.document(), held.number(), true));
        signIn(holder);

        UI.getCurrent().navigate(ApplicationLinks.page(recertification.id()));

        assertThat(_get(Span.class, spec -> spec.withId("recertifies")).getText())
                .isEqualTo("This application recertifies certificate " + held.number() + ".");
        List<String> carried = _find(_get(UnorderedList.class, spec -> spec.withId("held-units")), ListItem.class)
                .stream().map(ListItem::getText).toList();
        assertThat(carried).hasSize(certificates.units(held.id()).size())
                .allSatisfy(text -> assertThat(text).contains("carried over from certificate " + held.number()));
    }
}
