package eu.skills4cities.citycert.certificate.ui;

import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateLinks;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.badge.CredentialLinks;
import eu.skills4cities.citycert.certificate.renewal.RenewalStanding;
import eu.skills4cities.citycert.certificate.renewal.Renewals;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The certificates the signed-in candidate holds, each downloadable as PDF and as a digital credential,
 * with its status today ("expires in N days" within the reminder ladder's reach), and for a suspended
 * one the way to respond to the suspension, and where each stands with its renewal (window, submitted, more
 * needed, refused, renewed) with the way to its renewal page.
 */
@Route("certificates")
@Menu(order = 2, title = "menu.certificates")
@RolesAllowed(Role.CANDIDATE_NAME)
class MyCertificatesView extends VerticalLayout implements HasDynamicTitle {

    /** How close to its expiry a certificate says "expires in N days": the default ladder's first rung. */
    static final int EXPIRY_NOTICE_DAYS = 90;

    MyCertificatesView(CertificateService certificates, Renewals renewals, CurrentUserProvider users, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
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
        grid.addComponentColumn(c -> status(c, today)).setKey("expiry")
                .setHeader(getTranslation("certificates.column.expiry")).setAutoWidth(true);
        Map<String, RenewalStanding> standings = renewals.standings(users.require());
        grid.addComponentColumn(c -> renewal(standings.get(c.number()))).setKey("renewal")
                .setHeader(getTranslation("certificates.column.renewal")).setAutoWidth(true);
        grid.addComponentColumn(c -> appeal(c, today)).setKey("appeal").setAutoWidth(true);
        grid.addComponentColumn(c -> download(CertificateLinks.pdf(c.number()), getTranslation("certificates.download")))
                .setKey("download");
        grid.addComponentColumn(c -> download(CredentialLinks.credential(c.number()), getTranslation("badge.download")))
                .setKey("credential");
        // a role certificate that may be recertified opens the new-application page for its role
        grid.addComponentColumn(c -> recertifiable(c, today) ? recertify(c) : new Span()).setKey("recertify");
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    /** The status today: "expires in N days" near the end, a link to respond when suspended. */
    private Component status(CertificateInfo certificate, LocalDate today) {
        CertificateStatus status = certificate.status(today);
        if (status == CertificateStatus.SUSPENDED) {
            Anchor respond = new Anchor("certificates/" + certificate.number() + "/statement",
                    getTranslation("certificates.status.SUSPENDED") + " · " + getTranslation("certificates.respond"));
            respond.addClassName("respond-to-suspension");
            return respond;
        }
        long days = certificate.daysToExpiry(today);
        if (status == CertificateStatus.ACTIVE && days <= EXPIRY_NOTICE_DAYS) {
            return new Span(days <= 1 ? getTranslation("certificates.expires-today")
                    : getTranslation("certificates.expires-in", days));
        }
        return new Span(getTranslation("certificates.status." + status.name()));
    }

    /**
     * A suspended or withdrawn certificate links to the appeals page (by path: the appeal module depends
     * on this one), which says whether the decision may still be appealed.
     */
    private Component appeal(CertificateInfo certificate, LocalDate today) {
        CertificateStatus status = certificate.status(today);
        if (status != CertificateStatus.SUSPENDED && status != CertificateStatus.WITHDRAWN) {
            return new Span();
        }
        Anchor appeal = new Anchor("appeals", getTranslation("appeal.action"));
        appeal.addClassName("appeal-decision");
        return appeal;
    }

    /** Where the certificate stands with its renewal, linked to its renewal page when there is one to show. */
    private Component renewal(RenewalStanding standing) {
        if (standing == null) {
            return new Span();
        }
        String text = getTranslation("renewal.standing." + standing.kind().name(),
                standing.date() == null ? "" : DateDisplay.date(standing.date(), getLocale()),
                standing.text() == null ? "" : standing.text(),
                standing.successor() == null ? "" : standing.successor());
        if (standing.kind() == RenewalStanding.Kind.OPENS_ON) {
            return new Span(text);
        }
        Anchor link = new Anchor(standing.kind() == RenewalStanding.Kind.RENEWED ? "verify/" + standing.successor()
                : "certificates/" + standing.number() + "/renewal", text);
        link.addClassName("renewal-" + standing.kind().name().toLowerCase(java.util.Locale.ROOT));
        return link;
    }

    /** The rule of {@code HeldCertificates.recertifiable}: a role certificate, active or expired, not superseded. */
    private static boolean recertifiable(CertificateInfo certificate, LocalDate today) {
        CertificateStatus status = certificate.status(today);
        return !certificate.unitCertificate() && certificate.supersededBy() == null
                && (status == CertificateStatus.ACTIVE || status == CertificateStatus.EXPIRED);
    }

    private Anchor recertify(CertificateInfo certificate) {
        Anchor recertify = new Anchor(ApplicationLinks.recertify(certificate.number()),
                getTranslation("certificates.recertify"));
        recertify.addClassName("recertify");
        return recertify;
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
