package eu.skills4cities.citycert.certificate.lifecycle.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.lifecycle.RecertificationDue;
import eu.skills4cities.citycert.certificate.renewal.RenewalStanding;
import eu.skills4cities.citycert.certificate.renewal.Renewals;
import eu.skills4cities.citycert.framework.ContentTitles;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.RoleHomeSection;
import eu.skills4cities.citycert.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The holder's part of the start page about their certificates' lifecycle: each certificate that
 * expires within the reminder ladder's reach ("expires in N days"), each suspended one with the
 * way to respond, each role certificate due for recertification with the way to recertify, and where each
 * stands with its renewal (open since a date, recertification due before a renewal could carry it,
 * submitted, more needed with the request, refused with the reason, renewed with the successor). Nothing
 * when there is nothing to say.
 */
@org.springframework.stereotype.Component
class CertificateHome extends RoleHomeSection {

    /** The default ladder's first rung (90 days): from then on the start page says when it expires. */
    static final int NOTICE_DAYS = 90;

    private final CertificateService certificates;
    private final Clock clock;
    private final RecertificationDue recertification;
    private final Renewals renewals;

    private final FrameworkCatalogue framework;

    CertificateHome(CertificateService certificates, CurrentUserProvider users, Clock clock,
                    RecertificationDue recertification, Renewals renewals, FrameworkCatalogue framework) {
        super(users, Role.CANDIDATE);
        this.framework = framework;
        this.renewals = renewals;
        this.recertification = recertification;
        this.certificates = certificates;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public Component content() {
        VerticalLayout layout = new VerticalLayout();
        layout.setId("home-certificates");
        layout.setPadding(false);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Map<String, RenewalStanding> standings = renewals.standings(user());
        java.util.List<CertificateInfo> mine = certificates.mine(user());
        // the titles in the reader's language, by the version each certificate used: one lookup for the list
        ContentTitles titles = framework.titles(mine.stream().map(CertificateInfo::frameworkVersionId).toList(),
                com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.ENGLISH
                        : com.vaadin.flow.component.UI.getCurrent().getLocale());
        for (CertificateInfo certificate : mine) {
            CertificateStatus status = certificate.status(today);
            String what = certificate.unitTitle() == null
                    ? titles.role(certificate.frameworkVersionId(), certificate.roleCode(), certificate.roleTitle())
                    .text()
                    : titles.unit(certificate.frameworkVersionId(), certificate.roleCode(), certificate.unitCode(),
                    certificate.unitTitle()).text();
            if (status == CertificateStatus.SUSPENDED) {
                Anchor respond = new Anchor("certificates/" + certificate.number() + "/statement",
                        layout.getTranslation("home.certificates-suspended", certificate.number(), what));
                respond.addClassName("home-suspended");
                layout.add(respond);
            } else if (status == CertificateStatus.ACTIVE && certificate.daysToExpiry(today) <= NOTICE_DAYS) {
                Paragraph expiring = new Paragraph(layout.getTranslation("home.certificates-expiring",
                        certificate.number(), what, certificate.daysToExpiry(today)));
                expiring.addClassName("home-expiring");
                layout.add(expiring);
            }
            if (status == CertificateStatus.ACTIVE || status == CertificateStatus.EXPIRED) {
                recertification.dueFrom(certificate).filter(due -> !today.isBefore(due)).ifPresent(due -> {
                    Anchor recertify = new Anchor(ApplicationLinks.recertify(certificate.number()),
                            layout.getTranslation("home.certificates-recertification-due", certificate.number(), what,
                                    DateDisplay.date(due, com.vaadin.flow.component.UI.getCurrent().getLocale())));
                    recertify.addClassName("home-recertification-due");
                    layout.add(recertify);
                });
            }
            RenewalStanding standing = standings.get(certificate.number());
            // a recertification already due is said above; OPENS_ON is said on My certificates only
            if (standing != null && standing.kind() != RenewalStanding.Kind.OPENS_ON
                    && (standing.kind() != RenewalStanding.Kind.RECERTIFY
                    || recertification.dueFrom(certificate).filter(due -> !today.isBefore(due)).isEmpty())) {
                Anchor renewal = new Anchor(standing.kind() == RenewalStanding.Kind.RECERTIFY
                        ? ApplicationLinks.recertify(certificate.number())
                        : "certificates/" + certificate.number() + "/renewal",
                        layout.getTranslation("home.renewal." + standing.kind().name(), certificate.number(), what,
                                DateDisplay.date(standing.date(), com.vaadin.flow.component.UI.getCurrent().getLocale()),
                                standing.text() == null ? "" : standing.text(),
                                standing.successor() == null ? "" : standing.successor()));
                renewal.addClassName("home-renewal");
                layout.add(renewal);
            }
        }
        return layout;
    }
}
