package eu.skills4cities.citycert.certificate.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The application page names the certificates issued from it (CertificatePageSection, in the page's slot). */
class CertificatePageSectionTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;

    @Test
    void the_certified_application_names_and_links_its_certificate_for_its_holder_and_for_an_auditor() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        CertificateInfo issued = certificates.issue(application.id()).get(0);
        signIn(candidate);

        UI.getCurrent().navigate(ApplicationLinks.page(application.id()));

        assertThat(_get(H3.class, spec -> spec.withId("application-certificates-title")).getText())
                .isEqualTo("Certificate issued");
        Div row = _get(Div.class, spec -> spec.withId("application-certificate-" + issued.number()));
        assertThat(row.getElement().getTextRecursively()).startsWith(issued.number()
                + ": Smart City Project Developer (Valid, valid until ");
        assertThat(_get(row, Anchor.class, spec -> spec.withClasses("application-certificate-verify")).getHref())
                .isEqualTo("verify/" + issued.number());
        assertThat(_get(row, Anchor.class, spec -> spec.withClasses("application-certificate-mine")).getHref())
                .isEqualTo("certificates");

        // an auditor reads the same, and is not sent to a holder's page
        signIn(accounts.create(Role.AUDITOR));
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(ApplicationLinks.page(application.id()));
        Div audited = _get(Div.class, spec -> spec.withId("application-certificate-" + issued.number()));
        assertThat(_find(audited, Anchor.class, spec -> spec.withClasses("application-certificate-verify"))).hasSize(1);
        assertThat(_find(audited, Anchor.class, spec -> spec.withClasses("application-certificate-mine"))).isEmpty();
    }

    @Test
    void a_german_holder_reads_the_certificates_role_in_german_on_the_application_page() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        CertificateInfo issued = certificates.issue(application.id()).get(0);
        signIn(candidate);
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.GERMAN);
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);

        UI.getCurrent().navigate(ApplicationLinks.page(application.id()));
        UI.getCurrent().refreshCurrentRoute(true);

        Div row = _get(Div.class, spec -> spec.withId("application-certificate-" + issued.number()));
        assertThat(row.getElement().getTextRecursively()).contains("Smart-City-Projektentwickler/-in")
                .doesNotContain("Smart City Project Developer");
    }

    @Test
    void an_application_without_certificates_shows_no_certificate_section() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        signIn(candidate);

        UI.getCurrent().navigate(ApplicationLinks.page(application.id()));

        assertThat(_find(H3.class, spec -> spec.withId("application-certificates-title"))).isEmpty();
    }
}
