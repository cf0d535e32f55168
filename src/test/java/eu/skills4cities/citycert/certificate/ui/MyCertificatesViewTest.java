package eu.skills4cities.citycert.certificate.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MyCertificatesViewTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void a_candidate_without_certificates_is_told_so() {
        signIn(accounts.create(Role.CANDIDATE));

        UI.getCurrent().navigate(MyCertificatesView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("no-certificates")).getText())
                .isEqualTo("You hold no certificate yet.");
    }

    @Test
    void a_holder_sees_the_certificate_with_links_to_its_pdf_and_its_digital_credential() {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CertificateInfo issued = certificates.issue(
                applications.submit(holder, TestDocuments.application("SCPD")).id()).get(0);
        signIn(holder);

        UI.getCurrent().navigate(MyCertificatesView.class);

        @SuppressWarnings("unchecked")
        Grid<CertificateInfo> grid = _get(Grid.class, spec -> spec.withId("certificates"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "number")).isEqualTo(issued.number());
        assertThat(GridKt._getFormatted(grid, 0, "role")).isEqualTo("Smart City Project Developer");
        Anchor download = (Anchor) GridKt._getCellComponent(grid, 0, "download");
        assertThat(download.getHref()).isEqualTo("api/certificates/" + issued.number() + "/pdf");
        // next to the PDF, the certificate's Open Badges credential
        Anchor credential = (Anchor) GridKt._getCellComponent(grid, 0, "credential");
        assertThat(credential.getText()).isEqualTo("Download digital credential");
        assertThat(credential.getHref()).isEqualTo("api/certificates/" + issued.number() + "/credential");
        assertThat(credential.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void a_certificate_says_how_many_days_are_left_when_its_expiry_is_near() {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CertificateInfo issued = certificates.issue(
                applications.submit(holder, TestDocuments.application("SCPD")).id()).get(0);
        jdbc.sql("UPDATE certificate SET valid_until = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(29)), issued.id())
                .update();
        signIn(holder);

        UI.getCurrent().navigate(MyCertificatesView.class);

        @SuppressWarnings("unchecked")
        Grid<CertificateInfo> grid = _get(Grid.class, spec -> spec.withId("certificates"));
        assertThat(((com.vaadin.flow.component.html.Span) GridKt._getCellComponent(grid, 0, "expiry")).getText())
                .isEqualTo("Expires in 30 days");
    }
}
