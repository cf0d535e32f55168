package eu.skills4cities.citycert.certificate.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
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

/** Next to the PDF, the holder downloads the certificate's digital credential (Open Badges 3.0). */
class MyCertificatesCredentialViewTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;

    @Test
    void a_holder_can_download_the_digital_credential_next_to_the_pdf() {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CertificateInfo issued = certificates.issue(
                applications.submit(holder, TestDocuments.application("SCPD")).id()).get(0);
        signIn(holder);

        UI.getCurrent().navigate(MyCertificatesView.class);

        @SuppressWarnings("unchecked")
        Grid<CertificateInfo> grid = _get(Grid.class, spec -> spec.withId("certificates"));
        Anchor credential = (Anchor) GridKt._getCellComponent(grid, 0, "credential");
        assertThat(credential.getText()).isEqualTo("Download digital credential");
        assertThat(credential.getHref()).isEqualTo("api/certificates/" + issued.number() + "/credential");
        assertThat(credential.getElement().hasAttribute("download")).isTrue();
        assertThat(credential.getElement().hasAttribute("router-ignore")).isTrue();
    }
}
