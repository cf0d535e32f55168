package eu.skills4cities.citycert.certificate.ui;

import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateLinks;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.badge.CredentialLinks;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The certificates the signed-in candidate holds, each downloadable as PDF and as a digital credential. */
@Route("certificates")
@Menu(order = 2, title = "menu.certificates")
@RolesAllowed(Role.CANDIDATE_NAME)
class MyCertificatesView extends VerticalLayout implements HasDynamicTitle {

    MyCertificatesView(CertificateService certificates, CurrentUserProvider users) {
        add(new H2(getTranslation("certificates.title")));
        var mine = certificates.mine(users.require());
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("certificates.empty"));
            empty.setId("no-certificates");
            add(empty);
            return;
        }
        Grid<CertificateInfo> grid = new Grid<>();
        grid.setId("certificates");
        grid.addColumn(CertificateInfo::number).setKey("number").setHeader(getTranslation("certificates.column.number"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.unitCertificate() ? getTranslation("certificates.unit-of", c.unitTitle(), c.roleTitle()) : c.roleTitle()).setKey("role").setHeader(getTranslation("certificates.column.role"))
                .setFlexGrow(2);
        grid.addColumn(c -> DateDisplay.date(c.issuedOn(), getLocale())).setKey("issued")
                .setHeader(getTranslation("certificates.column.issued"));
        grid.addColumn(c -> DateDisplay.date(c.validUntil(), getLocale())).setKey("valid")
                .setHeader(getTranslation("certificates.column.valid"));
        grid.addComponentColumn(c -> download(CertificateLinks.pdf(c.number()), getTranslation("certificates.download")))
                .setKey("download");
        grid.addComponentColumn(c -> download(CredentialLinks.credential(c.number()), getTranslation("badge.download")))
                .setKey("credential");
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    /** A file the browser downloads from the JSON API, outside the Vaadin router. */
    private static Anchor download(String href, String label) {
        Anchor download = new Anchor(href, label);
        download.setDownload(true);
        download.setRouterIgnore(true);
        return download;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.title") + " | " + getTranslation("app.name");
    }
}
