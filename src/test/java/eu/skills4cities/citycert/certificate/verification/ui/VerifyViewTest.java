package eu.skills4cities.citycert.certificate.verification.ui;

import java.util.List;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.base.StatusBadge;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateLinks;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.Succession;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.certificate.verification.TestSignedPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The public verification page, opened by someone who is not signed in. */
class VerifyViewTest extends KaribuViewTest {

    @Autowired
    TestCertificates register;
    @Autowired
    CertificateService certificates;

    @Test
    void the_qr_target_shows_an_active_certificate_with_its_public_details() {
        CertificateInfo issued = register.issue();

        UI.getCurrent().navigate(CertificateLinks.verification(issued.number()));

        NavigatorKt.expectView(VerifyView.class);
        Div banner = _get(Div.class, spec -> spec.withId("status-banner"));
        assertThat(banner.getElement().getAttribute("data-status")).isEqualTo("ACTIVE");
        assertThat(_get(banner, Span.class, spec -> spec.withClasses("banner-headline")).getText()).isEqualTo("Active");
        assertThat(_get(banner, Paragraph.class, spec -> spec.withClasses("banner-meaning")).getText())
                .isEqualTo("The certificate is valid: the certification body vouches for it today.");
        assertThat(text("holder")).isEqualTo(issued.holderName());
        assertThat(text("role")).isEqualTo("Smart City Project Developer (EQF level " + issued.eqfLevel() + ")");
        assertThat(text("kind")).startsWith("Role certificate");
        assertThat(text("issuer")).isEqualTo("CityCert Certification Body");
        assertThat(text("issued-on")).isNotBlank();
        assertThat(text("valid-until")).isNotBlank();
        assertThat(_find(_get(DescriptionList.class, spec -> spec.withId("certificate-details")), ListItem.class))
                .isNotEmpty().allSatisfy(unit -> assertThat(unit.getText()).startsWith("SCPD-"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-shown")).getText())
                .contains("never shows the contact details");
        assertThat(pageText()).doesNotContain("@", issued.holderUsername());
    }

    @Test
    void a_visitor_reading_german_sees_the_role_and_units_in_german_tagged_with_their_language() {
        CertificateInfo issued = register.issue();
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);

        UI.getCurrent().navigate(CertificateLinks.verification(issued.number()));

        DescriptionList.Description role = _get(DescriptionList.Description.class, spec -> spec.withId("role"));
        assertThat(role.getText()).startsWith("Smart-City-Projektentwickler/-in");
        assertThat(role.getElement().getAttribute("lang")).isEqualTo("de");
        List<ListItem> units = _find(_get(UnorderedList.class, spec -> spec.withId("units")), ListItem.class);
        assertThat(units).extracting(ListItem::getText)
                .contains("SCPD-U1: Smart-City-Kontext und Bedarfsanalyse", "SCPD-U4: Finanzierung und Geschäftsmodelle");
        assertThat(units).allSatisfy(unit -> assertThat(unit.getElement().getAttribute("lang")).isEqualTo("de"));
        assertThat(text("issuer")).isEqualTo("Zertifizierungsstelle CityCert");
        assertThat(_find(Span.class, spec -> spec.withClasses(eu.skills4cities.citycert.base.ContentText.FALLBACK_MARKER)))
                .as("every title has its German translation: nothing is marked English").isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "SUSPENDED, Suspended, has suspended the certificate",
            "WITHDRAWN, Withdrawn, has withdrawn the certificate",
            "EXPIRED, Expired, was valid until the date below",
            "SUPERSEDED, Superseded, A later certificate of the same holder replaces this one"})
    void each_status_reads_in_colour_icon_and_words(String status, String headline, String meaning) {
        CertificateInfo issued = register.issue();
        CertificateInfo later = null;
        switch (status) {
            case "EXPIRED" -> register.expire(issued);
            case "SUPERSEDED" -> register.supersede(issued, later = register.issue());
            default -> register.record(issued, status);
        }

        UI.getCurrent().navigate(CertificateLinks.verification(issued.number()));

        Div banner = _get(Div.class, spec -> spec.withId("status-banner"));
        assertThat(banner.getElement().getAttribute("data-status")).isEqualTo(status);
        assertThat(_get(banner, Span.class, spec -> spec.withClasses("banner-headline")).getText()).isEqualTo(headline);
        assertThat(_get(banner, Paragraph.class, spec -> spec.withClasses("banner-meaning")).getText()).contains(meaning);
        if (later != null) {
            Anchor replacement = _get(Anchor.class, spec -> spec.withId("superseded-by"));
            assertThat(replacement.getText()).isEqualTo(later.number());
            assertThat(replacement.getHref()).isEqualTo("verify/" + later.number());
        }
    }

    @Test
    void a_renewed_certificate_says_so_names_its_successor_and_shows_the_history() {
        CertificateInfo issued = register.issue();
        CertificateInfo renewed = certificates.issueSuccessor(issued.id(), Succession.RENEWAL, null);

        UI.getCurrent().navigate(CertificateLinks.verification(issued.number()));

        Div banner = _get(Div.class, spec -> spec.withId("status-banner"));
        assertThat(banner.getElement().getAttribute("data-status")).isEqualTo("SUPERSEDED");
        assertThat(_get(banner, Span.class, spec -> spec.withClasses("banner-headline")).getText())
                .isEqualTo("Renewed: see certificate " + renewed.number());
        assertThat(_get(Anchor.class, spec -> spec.withId("superseded-by")).getHref())
                .isEqualTo("verify/" + renewed.number());
        List<ListItem> history = _find(_get(UnorderedList.class,
                spec -> spec.withId("history")), ListItem.class);
        assertThat(history).extracting(item -> item.getElement().getAttribute("data-number"))
                .containsExactly(issued.number(), renewed.number());
        assertThat(history.get(0).getElement().getTextRecursively()).contains("first issued", "Superseded", "(this certificate)");
        assertThat(history.get(1).getElement().getTextRecursively()).contains("renewed", "Active");
        // each status is a badge in words and tone (StatusBadge, the same everywhere)
        assertThat(_get(history.get(0), StatusBadge.class).getText()).isEqualTo("Superseded");
        assertThat(_get(history.get(0), StatusBadge.class).getElement().getAttribute("data-tone")).isEqualTo("CONTRAST");
        assertThat(_get(history.get(1), StatusBadge.class).getElement().getAttribute("theme")).isEqualTo("badge success");
        assertThat(_find(history.get(1), Anchor.class)).singleElement()
                .satisfies(link -> assertThat(link.getHref()).isEqualTo("verify/" + renewed.number()));

        // the successor's own page is active and shows the same history
        UI.getCurrent().navigate(CertificateLinks.verification(renewed.number()));
        assertThat(_get(Div.class, spec -> spec.withId("status-banner")).getElement().getAttribute("data-status"))
                .isEqualTo("ACTIVE");
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withId("history")),
                ListItem.class)).hasSize(2);
    }

    @Test
    void a_certificate_without_successors_shows_no_history() {
        UI.getCurrent().navigate(CertificateLinks.verification(register.issue().number()));

        assertThat(_find(UnorderedList.class, spec -> spec.withId("history"))).isEmpty();
    }

    @Test
    void an_unknown_number_and_input_that_is_no_number_get_clear_answers() {
        String unknown = TestCertificates.unknownNumber();

        UI.getCurrent().navigate(CertificateLinks.verification(unknown));
        assertThat(problem()).startsWith("The register holds no certificate with the number " + unknown);
        assertThat(_find(Div.class, spec -> spec.withId("status-banner"))).isEmpty();

        UI.getCurrent().navigate("verify/hello");
        assertThat(problem()).isEqualTo(
                "\"HELLO\" is not a certificate number. A certificate number looks like CC-2026-7KQ4-9XHM.");

        UI.getCurrent().navigate(CertificateLinks.verification(TestCertificates.mistyped(unknown)));
        assertThat(problem()).contains("a character is mistyped");
    }

    @Test
    void a_number_typed_with_spaces_and_small_letters_is_found() {
        CertificateInfo issued = register.issue();
        UI.getCurrent().navigate(VerifyView.class);
        assertThat(_find(Div.class, spec -> spec.withId("status-banner"))).isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withId("number")),
                " " + issued.number().toLowerCase().replace("-", " - ") + " ");
        _click(_get(Button.class, spec -> spec.withId("check")));

        assertThat(_get(Div.class, spec -> spec.withId("status-banner")).getElement().getAttribute("data-status"))
                .isEqualTo("ACTIVE");
        assertThat(text("holder")).isEqualTo(issued.holderName());
        // the address becomes the certificate's own, to share, and the tab names it
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("verify/" + issued.number());
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Certificate " + issued.number() + " | CityCert");
    }

    @Test
    void a_lookup_that_finds_nothing_returns_to_the_plain_address_and_title() {
        CertificateInfo issued = register.issue();
        UI.getCurrent().navigate(CertificateLinks.verification(issued.number()));
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Certificate " + issued.number() + " | CityCert");

        _setValue(_get(TextField.class, spec -> spec.withId("number")), "hello");
        _click(_get(Button.class, spec -> spec.withId("check")));

        assertThat(problem()).startsWith("\"HELLO\" is not a certificate number.");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("verify");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Verify a certificate | CityCert");
        assertThat(_find(Div.class, spec -> spec.withId("status-banner"))).isEmpty();
    }

    @Test
    void an_unknown_number_in_the_address_is_not_named_in_the_title() {
        UI.getCurrent().navigate(CertificateLinks.verification(TestCertificates.unknownNumber()));

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Verify a certificate | CityCert");
    }

    @Test
    void an_uploaded_registered_pdf_shows_the_verdict_and_the_certificate() {
        CertificateInfo issued = register.issue();
        byte[] pdf = register.issuedPdf(issued);
        UI.getCurrent().navigate(VerifyView.class);

        upload(pdf);

        Div verdict = _get(Div.class, spec -> spec.withId("pdf-verdict"));
        assertThat(verdict.getElement().getAttribute("data-verdict")).isEqualTo("MATCHES_REGISTER");
        assertThat(_get(verdict, Span.class, spec -> spec.withClasses("banner-headline")).getText())
                .startsWith("The signature is valid and the PDF is exactly the certificate the register issued.");
        assertThat(text("holder")).isEqualTo(issued.holderName());
    }

    @Test
    void altered_foreign_unsigned_and_other_files_get_their_verdicts_without_details() {
        byte[] pdf = register.issuedPdf(register.issue());
        TestSignedPdfs.KeyPairAndCertificate foreign = TestSignedPdfs.foreignKey();
        UI.getCurrent().navigate(VerifyView.class);

        for (var upload : List.of(
                new Object[] {TestSignedPdfs.withOneByteChanged(pdf), "ALTERED", "The signature is broken"},
                new Object[] {TestSignedPdfs.sign(TestSignedPdfs.unsigned(null), foreign.privateKey(),
                        foreign.certificate()), "FOREIGN_SIGNER", "not by this certification body"},
                new Object[] {TestDocuments.pdf(), "NOT_SIGNED", "carries no digital signature"},
                new Object[] {"a letter".getBytes(), "NOT_A_PDF", "not a PDF"})) {
            upload((byte[]) upload[0]);

            Div verdict = _get(Div.class, spec -> spec.withId("pdf-verdict"));
            assertThat(verdict.getElement().getAttribute("data-verdict")).isEqualTo(upload[1]);
            assertThat(_get(verdict, Span.class, spec -> spec.withClasses("banner-headline")).getText())
                    .contains((String) upload[2]);
            assertThat(_find(DescriptionList.class)).isEmpty();
        }
    }

    @Test
    void the_login_page_links_to_verification() {
        UI.getCurrent().navigate("login");

        assertThat(_find(Anchor.class)).anySatisfy(link -> {
            assertThat(link.getHref()).isEqualTo("verify");
            assertThat(link.getText()).isEqualTo("Verify a certificate");
        });
    }

    private static void upload(byte[] content) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("pdf-upload")), "certificate.pdf", "application/pdf",
                content);
    }

    private static String text(String id) {
        return _get(DescriptionList.Description.class, spec -> spec.withId(id)).getText();
    }

    private static String problem() {
        return _get(Paragraph.class, spec -> spec.withId("verification-problem")).getText();
    }

    private static String pageText() {
        return _get(Div.class, spec -> spec.withId("verification-result")).getElement().getTextRecursively();
    }
}
