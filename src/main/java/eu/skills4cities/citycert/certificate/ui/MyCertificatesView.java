package eu.skills4cities.citycert.certificate.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateLinks;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.renewal.RenewalStanding;
import eu.skills4cities.citycert.certificate.renewal.Renewals;
import eu.skills4cities.citycert.certificate.signing.CertificateIssuer;
import eu.skills4cities.citycert.framework.ContentTitles;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The certificates the signed-in candidate holds, newest first, each as a card ({@link CertificateCard}): status,
 * dates, what to do next, how to share it, its PDF and its digital credential. Without certificates, the way to
 * one: the catalogue of roles and the applications.
 */
@Route("certificates")
@Menu(order = 2, title = "menu.certificates")
@RolesAllowed(Role.CANDIDATE_NAME)
class MyCertificatesView extends VerticalLayout implements HasDynamicTitle {

    MyCertificatesView(CertificateService certificates, Renewals renewals, CurrentUserProvider users, Clock clock,
                       AccountLinksProperties links, CertificateIssuer issuer, FrameworkCatalogue framework) {
        setMaxWidth("60rem");
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        add(new H2(getTranslation("certificates.title")));
        CurrentUser holder = users.require();
        var mine = certificates.mine(holder);
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("certificates.empty"));
            empty.setId("no-certificates");
            Anchor catalogue = new Anchor("catalogue", getTranslation("certificates.empty.catalogue"));
            catalogue.setId("to-catalogue");
            Anchor applications = new Anchor("applications", getTranslation("certificates.empty.applications"));
            applications.setId("to-applications");
            Div ways = new Div(catalogue, applications);
            ways.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
            add(empty, ways);
            return;
        }
        add(new Paragraph(getTranslation("certificates.intro")));
        Map<String, RenewalStanding> standings = renewals.standings(holder);
        Div cards = new Div();
        cards.setId("certificates");
        cards.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM,
                LumoUtility.Width.FULL);
        // the titles in the reader's language, every framework version the certificates used read at once
        ContentTitles titles = framework.titles(mine.stream().map(CertificateInfo::frameworkVersionId).toList(),
                getLocale());
        for (CertificateInfo certificate : mine) {
            cards.add(new CertificateCard(certificate, titles, standings.get(certificate.number()), today,
                    links.publicUrl() + "/" + CertificateLinks.verification(certificate.number()), issuer.name()));
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.title") + " | " + getTranslation("app.name");
    }
}
