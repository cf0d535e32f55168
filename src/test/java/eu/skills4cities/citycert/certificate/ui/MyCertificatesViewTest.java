package eu.skills4cities.citycert.certificate.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.textfield.TextField;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.renewal.TestRenewals;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MyCertificatesViewTest extends KaribuViewTest {

    @Autowired
    TestCertificates register;
    @Autowired
    TestRenewals renewals;

    @Test
    void a_candidate_without_certificates_is_told_so_and_shown_the_way_to_one() {
        signIn(accounts.create(Role.CANDIDATE));

        UI.getCurrent().navigate(MyCertificatesView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("no-certificates")).getText())
                .isEqualTo("You hold no certificate yet.");
        assertThat(_get(Anchor.class, spec -> spec.withId("to-catalogue")).getHref()).isEqualTo("catalogue");
        assertThat(_get(Anchor.class, spec -> spec.withId("to-applications")).getHref()).isEqualTo("applications");
    }

    @Test
    void a_holder_sees_a_card_with_status_dates_next_step_sharing_and_both_downloads() {
        CertificateInfo issued = register.issue();
        signIn(holder(issued));

        UI.getCurrent().navigate(MyCertificatesView.class);

        CertificateCard card = card(issued);
        assertThat(_get(card, H3.class).getText()).isEqualTo("Smart City Project Developer");
        assertThat(_get(card, Paragraph.class, spec -> spec.withClasses("certificate-number")).getText())
                .isEqualTo("Certificate number " + issued.number());
        assertThat(_get(card, Paragraph.class, spec -> spec.withClasses("certificate-dates")).getText())
                .isEqualTo("Issued " + day(issued.issuedOn()) + ", valid until " + day(issued.validUntil()));
        Span badge = _get(card, Span.class, spec -> spec.withClasses("certificate-status"));
        assertThat(badge.getText()).isEqualTo("Valid");
        assertThat(badge.getElement().getThemeList()).containsExactlyInAnyOrder("badge", "success");
        // the badge every page draws for a certificate's status (CertificateBadges, StatusBadge)
        assertThat(badge).isInstanceOf(eu.skills4cities.citycert.base.StatusBadge.class);
        assertThat(badge.getElement().getAttribute("data-tone")).isEqualTo("SUCCESS");
        // freshly issued: the renewal window opens long before the last valid day
        assertThat(_get(card, Div.class, spec -> spec.withClasses("certificate-next"))
                .getElement().getTextRecursively())
                .startsWith("Renew by " + day(issued.validUntil()) + ".")
                .contains("Renewal opens on ");

        Anchor pdf = _get(card, Anchor.class, spec -> spec.withClasses("download-pdf"));
        assertThat(pdf.getText()).isEqualTo("Download PDF");
        assertThat(pdf.getHref()).isEqualTo("api/certificates/" + issued.number() + "/pdf");
        assertThat(pdf.getElement().hasAttribute("download")).isTrue();
        Anchor credential = _get(card, Anchor.class, spec -> spec.withClasses("download-credential"));
        assertThat(credential.getText()).isEqualTo("Download digital credential");
        assertThat(credential.getHref()).isEqualTo("api/certificates/" + issued.number() + "/credential");
        assertThat(credential.getElement().hasAttribute("download")).isTrue();
        assertThat(card.getElement().getTextRecursively())
                .contains("The certificate as a PDF sealed by the certification body")
                .contains("signed Open Badges 3.0 credential (VC-JWT)");

        assertThat(_get(card, Anchor.class, spec -> spec.withId("verify-" + issued.number())).getHref())
                .isEqualTo("verify/" + issued.number());
    }

    @Test
    void a_german_reader_sees_the_role_in_german_from_the_framework_and_the_record_stays_english() {
        CertificateInfo issued = register.issue();
        signIn(holder(issued));
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.GERMAN);
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);

        UI.getCurrent().navigate(MyCertificatesView.class);
        UI.getCurrent().refreshCurrentRoute(true);

        H3 title = _get(card(issued), H3.class);
        assertThat(title.getText()).isEqualTo("Smart-City-Projektentwickler/-in");
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("de");
        assertThat(_find(card(issued), Span.class, spec -> spec.withClasses(
                eu.skills4cities.citycert.base.ContentText.FALLBACK_MARKER))).as("no English marker").isEmpty();
        assertThat(issued.roleTitle()).as("the record keeps its English title").isEqualTo("Smart City Project Developer");
    }

    @Test
    void the_linkedin_link_fills_in_the_certification_with_every_value_encoded() {
        CertificateInfo issued = register.issue();
        signIn(holder(issued));

        UI.getCurrent().navigate(MyCertificatesView.class);

        Anchor linkedIn = _get(card(issued), Anchor.class, spec -> spec.withId("linkedin-" + issued.number()));
        assertThat(linkedIn.getText()).isEqualTo("Add to LinkedIn profile");
        assertThat(linkedIn.getHref()).isEqualTo("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"
                + "&name=Smart%20City%20Project%20Developer&organizationName=CityCert%20Certification%20Body"
                + "&issueYear=" + issued.issuedOn().getYear() + "&issueMonth=" + issued.issuedOn().getMonthValue()
                + "&expirationYear=" + issued.validUntil().getYear()
                + "&expirationMonth=" + issued.validUntil().getMonthValue()
                + "&certUrl=http%3A%2F%2Flocalhost%3A8080%2Fverify%2F" + issued.number()
                + "&certId=" + issued.number());
        assertThat(linkedIn.getTarget()).contains("_blank");
        assertThat(linkedIn.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
    }

    @Test
    void copy_link_asks_the_browser_for_the_clipboard_and_says_what_happened() {
        CertificateInfo issued = register.issue();
        signIn(holder(issued));
        UI.getCurrent().navigate(MyCertificatesView.class);
        CertificateCard card = card(issued);
        String link = "http://localhost:8080/verify/" + issued.number();
        TextField fallback = card.fallback();
        assertThat(fallback.getId()).contains("share-url-" + issued.number());
        assertThat(fallback.isVisible()).isFalse();

        _click(_get(card, Button.class, spec -> spec.withId("copy-" + issued.number())));

        // what the server would send the browser with its answer
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        var invocations = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        assertThat(invocations).map(PendingJavaScriptInvocation::getInvocation)
                .anySatisfy(invocation -> {
                    assertThat(invocation.getExpression()).contains("navigator.clipboard.writeText");
                    assertThat(invocation.getParameters()).contains(link);
                });
        // the browser wrote it: a confirmation, read out by screen readers
        card.copied(true);
        Span copied = _get(card, Span.class, spec -> spec.withId("copied-" + issued.number()));
        assertThat(copied.getText()).isEqualTo("Link copied");
        assertThat(copied.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(fallback.isVisible()).isFalse();
        // the browser refused: the link to copy by hand
        card.copied(false);
        assertThat(copied.getText()).startsWith("Your browser did not let us copy the link");
        assertThat(fallback.isVisible()).isTrue();
        assertThat(fallback.getValue()).isEqualTo(link);
        assertThat(fallback.isReadOnly()).isTrue();
    }

    @Test
    void the_next_step_follows_the_date_near_expiry_the_renewal_is_open() {
        CertificateInfo near = renewals.inWindow();
        signIn(TestRenewals.holderOf(near));

        UI.getCurrent().navigate(MyCertificatesView.class);

        CertificateCard card = card(near);
        assertThat(_get(card, Span.class, spec -> spec.withClasses("certificate-status")).getText())
                .isEqualTo("Expires in " + (TestRenewals.DAYS_LEFT + 1) + " days");
        assertThat(_get(card, Div.class, spec -> spec.withClasses("certificate-next"))
                .getElement().getTextRecursively()).startsWith("Renew by " + day(near.validUntil()) + ".");
        Anchor renew = _get(card, Anchor.class, spec -> spec.withClasses("renewal-open"));
        assertThat(renew.getText()).startsWith("Renew now");
        assertThat(renew.getHref()).isEqualTo("certificates/" + near.number() + "/renewal");
    }

    @Test
    void a_suspended_certificate_asks_for_a_response_or_an_appeal_and_offers_no_sharing() {
        CertificateInfo issued = register.issue();
        register.record(issued, "SUSPENDED");
        signIn(holder(issued));

        UI.getCurrent().navigate(MyCertificatesView.class);

        CertificateCard card = card(issued);
        Span badge = _get(card, Span.class, spec -> spec.withClasses("certificate-status"));
        assertThat(badge.getText()).isEqualTo("Suspended");
        assertThat(badge.getElement().getThemeList()).contains("error");
        assertThat(badge.getElement().getAttribute("data-tone")).isEqualTo("ERROR");
        assertThat(_get(card, Anchor.class, spec -> spec.withClasses("respond-to-suspension")).getHref())
                .isEqualTo("certificates/" + issued.number() + "/statement");
        assertThat(_get(card, Anchor.class, spec -> spec.withClasses("appeal-decision")).getHref()).isEqualTo("appeals");
        assertThat(_find(card, Anchor.class, spec -> spec.withClasses("linkedin-add"))).isEmpty();
        assertThat(_find(card, Button.class, spec -> spec.withClasses("copy-link"))).isEmpty();
        // the verification page says it is suspended: the link stays
        assertThat(_find(card, Anchor.class, spec -> spec.withClasses("verification-link"))).hasSize(1);
    }

    @Test
    void an_expired_certificate_leads_to_recertification() {
        CertificateInfo issued = register.issue();
        register.expire(issued);
        signIn(holder(issued));

        UI.getCurrent().navigate(MyCertificatesView.class);

        CertificateCard card = card(issued);
        assertThat(_get(card, Span.class, spec -> spec.withClasses("certificate-status")).getText()).isEqualTo("Expired");
        assertThat(_get(card, Div.class, spec -> spec.withClasses("certificate-next"))
                .getElement().getTextRecursively()).startsWith("Expired at the end of "
                + day(LocalDate.now().minusDays(2)) + ".");
        assertThat(_get(card, Anchor.class, spec -> spec.withClasses("recertify")).getText()).isEqualTo("Recertify");
    }

    private static CurrentUser holder(CertificateInfo certificate) {
        return CurrentUser.of(certificate.holderUsername(), Role.CANDIDATE);
    }

    private static CertificateCard card(CertificateInfo certificate) {
        return _get(CertificateCard.class, spec -> spec.withId("certificate-" + certificate.number()));
    }

    private static String day(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UI.getCurrent().getLocale()).format(date);
    }
}
