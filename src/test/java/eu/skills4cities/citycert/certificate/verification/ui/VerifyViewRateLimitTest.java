package eu.skills4cities.citycert.certificate.verification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateLinks;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.certificate.verification.VerificationRateLimitTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The page counts lookups against the visitor's address, like the API (same limit as VerificationRateLimitTest). */
@TestPropertySource(properties = {"citycert.verification.rate-limit.capacity=" + VerificationRateLimitTest.CAPACITY,
        "citycert.verification.rate-limit.refill-per-minute=1"})
class VerifyViewRateLimitTest extends KaribuViewTest {

    @Autowired
    TestCertificates register;

    @Test
    void the_lookup_beyond_the_limit_shows_a_message_instead_of_the_certificate() {
        CertificateInfo issued = register.issue();
        for (int i = 0; i < VerificationRateLimitTest.CAPACITY; i++) {
            UI.getCurrent().navigate(CertificateLinks.verification(issued.number()));
            assertThat(_find(Div.class, spec -> spec.withId("status-banner"))).hasSize(1);
        }

        UI.getCurrent().navigate(CertificateLinks.verification(issued.number()));

        assertThat(_get(Paragraph.class, spec -> spec.withId("rate-limited")).getText())
                .matches("Too many checks from your address\\. Please wait \\d+ seconds and try again\\.");
        assertThat(_find(Div.class, spec -> spec.withId("status-banner"))).isEmpty();
    }
}
