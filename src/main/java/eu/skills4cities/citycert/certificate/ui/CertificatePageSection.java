package eu.skills4cities.citycert.certificate.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.skills4cities.citycert.framework.ContentTitles;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationPageSection;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateLinks;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.security.CurrentUser;
import org.springframework.core.annotation.Order;

/**
 * The certificates' part of the application page: the certificates issued from the application (its role
 * certificate, or its unit certificates), each by number and what it certifies, with its status today and valid
 * until, and links to its public verification page and, for its holder, to My certificates. What it shows is what
 * the public register answers for each number; the page asks only once the application page has let the user in.
 */
@org.springframework.stereotype.Component
@Order(8)
class CertificatePageSection implements ApplicationPageSection {

    private final CertificateService certificates;
    private final Clock clock;
    private final FrameworkCatalogue framework;

    CertificatePageSection(CertificateService certificates, Clock clock, FrameworkCatalogue framework) {
        this.framework = framework;
        this.certificates = certificates;
        this.clock = clock;
    }

    @Override
    public List<Component> components(CurrentUser user, ApplicationDetails application, boolean evidenceRequested) {
        List<Component> shown = new ArrayList<>();
        List<CertificateInfo> issued = certificates.forApplication(application.id());
        if (issued.isEmpty()) {
            return shown;
        }
        UI ui = UI.getCurrent();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        boolean holder = user.username().equals(application.candidateUsername());
        H3 title = new H3(ui.getTranslation(issued.size() == 1 ? "certificates.section.title-one"
                : "certificates.section.title"));
        title.setId("application-certificates-title");
        shown.add(title);
        // the titles in the reader's language, by the version each certificate used: one lookup for the list
        ContentTitles titles = framework.titles(issued.stream().map(CertificateInfo::frameworkVersionId).toList(),
                ui.getLocale());
        for (CertificateInfo certificate : issued) {
            String role = titles.role(certificate.frameworkVersionId(), certificate.roleCode(),
                    certificate.roleTitle()).text();
            String what = certificate.unitCertificate()
                    ? ui.getTranslation("certificates.unit-of", titles.unit(certificate.frameworkVersionId(),
                    certificate.roleCode(), certificate.unitCode(), certificate.unitTitle()).text(), role)
                    : role;
            Span line = new Span(ui.getTranslation("certificates.section.line", certificate.number(), what,
                    ui.getTranslation("certificates.status." + certificate.status(today).name()),
                    DateDisplay.date(certificate.validUntil(), ui.getLocale())));
            Anchor verify = new Anchor(CertificateLinks.verification(certificate.number()),
                    ui.getTranslation("certificates.share.verification"));
            verify.addClassName("application-certificate-verify");
            Div row = new Div(line, verify);
            row.setId("application-certificate-" + certificate.number());
            row.addClassName("application-certificate");
            row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
                    LumoUtility.AlignItems.BASELINE);
            if (holder) {
                Anchor mine = new Anchor("certificates", ui.getTranslation("menu.certificates"));
                mine.addClassName("application-certificate-mine");
                row.add(mine);
            }
            shown.add(row);
        }
        return shown;
    }
}
