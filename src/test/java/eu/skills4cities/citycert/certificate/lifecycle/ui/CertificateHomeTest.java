package eu.skills4cities.citycert.certificate.lifecycle.ui;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The holder's start page says when a certificate expires soon, and links a suspended one to the response. */
class CertificateHomeTest extends KaribuViewTest {

    @Autowired
    TestCertificates certificates;
    @Autowired
    CertificateRegister register;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_start_page_says_expires_in_n_days_within_the_ladder_and_nothing_before() {
        CertificateInfo soon = certificates.issue();
        jdbc.sql("UPDATE certificate SET valid_until = ? WHERE id = ?")
                .params(Date.valueOf(LocalDate.now(ZoneOffset.UTC).plusDays(6)), soon.id()).update();
        signIn(new CurrentUser(soon.holderUsername(), Set.of(Role.CANDIDATE)));

        UI.getCurrent().navigate("");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("home-expiring")).getText())
                .isEqualTo("Certificate " + soon.number() + " (Smart City Project Developer) expires in 7 days.");
    }

    @Test
    void a_german_holder_reads_the_expiring_certificates_role_in_german() {
        CertificateInfo soon = certificates.issue();
        jdbc.sql("UPDATE certificate SET valid_until = ? WHERE id = ?")
                .params(Date.valueOf(LocalDate.now(ZoneOffset.UTC).plusDays(6)), soon.id()).update();
        signIn(new CurrentUser(soon.holderUsername(), Set.of(Role.CANDIDATE)));
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.GERMAN);
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);

        UI.getCurrent().navigate("");
        UI.getCurrent().refreshCurrentRoute(true);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("home-expiring")).getText())
                .contains(soon.number(), "Smart-City-Projektentwickler/-in").doesNotContain("Smart City Project");
        assertThat(soon.roleTitle()).isEqualTo("Smart City Project Developer");
    }

    @Test
    void the_start_page_says_when_the_chain_is_due_for_recertification_and_links_to_it() {
        CertificateInfo old = certificates.issue();
        // first issued 7 years ago: due since the ladder's first rung (90 days) before that
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        jdbc.sql("UPDATE certificate SET issued_on = ? WHERE id = ?")
                .params(Date.valueOf(today.minusYears(7)), old.id()).update();
        signIn(new CurrentUser(old.holderUsername(), Set.of(Role.CANDIDATE)));

        UI.getCurrent().navigate("");

        Anchor recertify = _get(Anchor.class, spec -> spec.withClasses("home-recertification-due"));
        assertThat(recertify.getText()).startsWith("Certificate " + old.number()
                + " (Smart City Project Developer) is due for recertification from ");
        assertThat(recertify.getHref()).isEqualTo(ApplicationLinks.recertify(old.number()));

        jdbc.sql("UPDATE certificate SET issued_on = ? WHERE id = ?")
                .params(Date.valueOf(today.minusYears(6)), old.id()).update();
        UI.getCurrent().navigate("certificates");
        UI.getCurrent().navigate("");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("home-recertification-due")))
                .as("first issued 6 years ago: not due yet").isEmpty();
    }

    @Test
    void a_newly_issued_certificate_is_not_mentioned_and_a_suspended_one_links_to_the_response() {
        CertificateInfo certificate = certificates.issue();
        CurrentUser holder = new CurrentUser(certificate.holderUsername(), Set.of(Role.CANDIDATE));
        signIn(holder);
        UI.getCurrent().navigate("");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("home-expiring"))).isEmpty();

        register.decide(accounts.create(Role.CERTIFICATION_OFFICER), certificate.number(), StatusDecision.SUSPEND,
                "Complaint.", true);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");

        assertThat(_get(Anchor.class, spec -> spec.withClasses("home-suspended")).getHref())
                .isEqualTo("certificates/" + certificate.number() + "/statement");
    }
}
