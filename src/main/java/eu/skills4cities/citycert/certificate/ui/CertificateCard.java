package eu.skills4cities.citycert.certificate.ui;

import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.base.ContentText;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateLinks;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.CertificateBadges;
import eu.skills4cities.citycert.certificate.badge.CredentialLinks;
import eu.skills4cities.citycert.certificate.renewal.RenewalStanding;
import eu.skills4cities.citycert.framework.ContentTitles;
import eu.skills4cities.citycert.framework.LocalText;

/**
 * One certificate as its holder sees it, as a card: what it certifies, its number, its status as a badge, its
 * dates, what the holder should do next (renew by its last valid day, respond to a suspension, recertify, apply
 * again), how to share it (the public verification page, a copy of its link, LinkedIn's add-to-profile link) and
 * its two downloads, each explained in one sentence.
 */
class CertificateCard extends Div {

    /** How close to its expiry a certificate says "expires in N days": the default ladder's first rung. */
    static final int EXPIRY_NOTICE_DAYS = 90;

    private final CertificateInfo certificate;
    private final ContentTitles titles;
    private final String shareUrl;
    private final Span copied = new Span();
    private final TextField fallback = new TextField();

    /**
     * @param standing     where it stands with its renewal, or null when nothing applies
     * @param shareUrl     the absolute address of its public verification page
     * @param organization the certification body, as LinkedIn shall name it
     */
    CertificateCard(CertificateInfo certificate, ContentTitles titles, RenewalStanding standing, LocalDate today,
                    String shareUrl, String organization) {
        this.certificate = certificate;
        this.titles = titles;
        this.shareUrl = shareUrl;
        String number = certificate.number();
        setId("certificate-" + number);
        addClassName("certificate-card");
        addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_20, LumoUtility.BorderRadius.LARGE,
                LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL, LumoUtility.BoxSizing.BORDER, LumoUtility.Width.FULL);
        getStyle().set("max-width", "40rem");
        CertificateStatus status = certificate.status(today);

        H3 title = name();
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.LARGE);
        Span badge = badge(status, today);
        Div heading = new Div(title, badge);
        heading.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.CENTER, LumoUtility.JustifyContent.BETWEEN);

        Paragraph numberLine = new Paragraph(getTranslation("certificates.card.number", number));
        numberLine.addClassName("certificate-number");
        Paragraph dates = new Paragraph(getTranslation("certificates.card.dates",
                DateDisplay.date(certificate.issuedOn(), getLocale()),
                DateDisplay.date(certificate.validUntil(), getLocale())));
        dates.addClassName("certificate-dates");
        for (Paragraph line : new Paragraph[] {numberLine, dates}) {
            line.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY);
        }
        add(heading, numberLine, dates, nextStep(status, standing, today), share(status, organization), downloads());
    }

    /** The certification's name: the role, or the unit and its role. */
    private H3 name() {
        LocalText name = localName();
        return ContentText.tag(new H3(name.text()), name.language(), getLocale());
    }

    /** The name in the reader's language, in English when either title stands in for a translation. */
    private LocalText localName() {
        LocalText role = titles.role(certificate.frameworkVersionId(), certificate.roleCode(), certificate.roleTitle());
        if (!certificate.unitCertificate()) {
            return role;
        }
        LocalText unit = titles.unit(certificate.frameworkVersionId(), certificate.roleCode(), certificate.unitCode(),
                certificate.unitTitle());
        return new LocalText(getTranslation("certificates.unit-of", unit.text(), role.text()),
                (unit.english() ? unit : role).language());
    }

    /** The status today as the certificate's badge (CertificateBadges), with the days left when it expires soon. */
    private Span badge(CertificateStatus status, LocalDate today) {
        long days = certificate.daysToExpiry(today);
        String text = status == CertificateStatus.ACTIVE && days <= EXPIRY_NOTICE_DAYS
                ? (days <= 1 ? getTranslation("certificates.expires-today") : getTranslation("certificates.expires-in", days))
                : getTranslation("certificates.status." + status.name());
        Span badge = CertificateBadges.of(status, text);
        badge.addClassName("certificate-status");
        return badge;
    }

    /** What the holder should do next, with the link that does it. */
    private Div nextStep(CertificateStatus status, RenewalStanding standing, LocalDate today) {
        Div next = new Div();
        next.setId("next-" + certificate.number());
        next.addClassName("certificate-next");
        next.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.BASELINE);
        String validUntil = DateDisplay.date(certificate.validUntil(), getLocale());
        switch (status) {
            case ACTIVE -> {
                if (standing == null) {
                    next.add(text(getTranslation("certificates.next.valid-until", validUntil)));
                } else if (standing.kind() == RenewalStanding.Kind.RECERTIFY) {
                    next.add(text(getTranslation("certificates.next.recertify-by",
                            DateDisplay.date(standing.date(), getLocale()))), recertify());
                } else if (standing.kind() == RenewalStanding.Kind.OPENS_ON || standing.kind() == RenewalStanding.Kind.OPEN) {
                    next.add(text(getTranslation("certificates.next.renew-by", validUntil)), renewal(standing));
                } else {
                    next.add(renewal(standing));
                }
            }
            case SUSPENDED -> {
                Anchor respond = new Anchor("certificates/" + certificate.number() + "/statement",
                        getTranslation("certificates.respond"));
                respond.addClassName("respond-to-suspension");
                next.add(text(getTranslation("certificates.next.suspended")), respond, appeal());
            }
            case WITHDRAWN -> next.add(text(getTranslation("certificates.next.withdrawn")), appeal(), applyAgain());
            case EXPIRED -> next.add(text(getTranslation("certificates.next.expired", validUntil)),
                    certificate.unitCertificate() ? applyAgain() : recertify());
            case SUPERSEDED -> {
                next.add(text(getTranslation("certificates.next.superseded")));
                if (standing != null && standing.kind() == RenewalStanding.Kind.RENEWED) {
                    next.add(renewal(standing));
                }
            }
        }
        // a holder may recertify a valid role certificate early too (CertificateHoldings.recertifiable)
        if (status == CertificateStatus.ACTIVE && !certificate.unitCertificate() && certificate.supersededBy() == null
                && (standing == null || standing.kind() != RenewalStanding.Kind.RECERTIFY)) {
            Div early = new Div(text(getTranslation("certificates.next.recertify-early")), recertify());
            early.addClassName("certificate-recertify-early");
            early.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
                    LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            Div both = new Div(next, early);
            both.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
            return both;
        }
        return next;
    }

    private static Span text(String text) {
        return new Span(text);
    }

    /** Where the certificate stands with its renewal, linked to its renewal page when there is one to show. */
    private Component renewal(RenewalStanding standing) {
        String text = getTranslation("renewal.standing." + standing.kind().name(),
                standing.date() == null ? "" : DateDisplay.date(standing.date(), getLocale()),
                standing.text() == null ? "" : standing.text(),
                standing.successor() == null ? "" : standing.successor());
        if (standing.kind() == RenewalStanding.Kind.OPENS_ON) {
            Span opens = new Span(text);
            opens.addClassName("renewal-opens_on");
            return opens;
        }
        Anchor link = new Anchor(standing.kind() == RenewalStanding.Kind.RENEWED
                ? CertificateLinks.verification(standing.successor())
                : "certificates/" + standing.number() + "/renewal", text);
        link.addClassName("renewal-" + standing.kind().name().toLowerCase(Locale.ROOT));
        return link;
    }

    /**
     * A suspended or withdrawn certificate links to the appeals page (by path: the appeal module depends
     * on this one), which says whether the decision may still be appealed.
     */
    private Anchor appeal() {
        Anchor appeal = new Anchor("appeals", getTranslation("appeal.action"));
        appeal.addClassName("appeal-decision");
        return appeal;
    }

    /** The new-application page for the certificate's role, as a recertification. */
    private Anchor recertify() {
        Anchor recertify = new Anchor(ApplicationLinks.recertify(certificate.number()),
                getTranslation("certificates.recertify"));
        recertify.addClassName("recertify");
        return recertify;
    }

    private Anchor applyAgain() {
        Anchor apply = new Anchor("applications/new", getTranslation("certificates.next.apply-again"));
        apply.addClassName("apply-again");
        return apply;
    }

    /**
     * The public verification page for everyone; for a valid certificate also a copy of its address and LinkedIn's
     * add-to-profile link (a suspended or withdrawn one is not to be claimed meanwhile).
     */
    private Div share(CertificateStatus status, String organization) {
        Div share = new Div();
        share.addClassName("certificate-share");
        share.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.CENTER);
        Anchor verify = new Anchor(CertificateLinks.verification(certificate.number()),
                getTranslation("certificates.share.verification"));
        verify.setId("verify-" + certificate.number());
        verify.addClassName("verification-link");
        share.add(verify);
        if (status == CertificateStatus.ACTIVE) {
            Button copy = new Button(getTranslation("certificates.share.copy"), click -> copy());
            copy.setId("copy-" + certificate.number());
            copy.addClassName("copy-link");
            copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
            copied.setId("copied-" + certificate.number());
            copied.addClassName("copied");
            // read out when it changes: the confirmation is not only a visual one
            copied.getElement().setAttribute("role", "status");
            copied.setVisible(false);
            Anchor linkedIn = new Anchor(LinkedInAddToProfile.url(localName().text(), organization, certificate.issuedOn(),
                    certificate.validUntil(), shareUrl, certificate.number()),
                    getTranslation("certificates.share.linkedin"), AnchorTarget.BLANK);
            linkedIn.setId("linkedin-" + certificate.number());
            linkedIn.addClassName("linkedin-add");
            linkedIn.getElement().setAttribute("rel", "noopener noreferrer");
            linkedIn.setRouterIgnore(true);
            share.add(copy, copied, linkedIn);
            fallback.setLabel(getTranslation("certificates.share.fallback"));
            fallback.setId("share-url-" + certificate.number());
            fallback.setReadOnly(true);
            fallback.setValue(shareUrl);
            fallback.setWidthFull();
            fallback.setVisible(false);
        }
        Div block = new Div(share, fallback);
        block.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        return block;
    }

    /** Asks the browser to put the link on the clipboard; a browser that refuses gets the link to copy by hand. */
    private void copy() {
        getElement().executeJs("""
                        if (!navigator.clipboard || !navigator.clipboard.writeText) { return false; }
                        return navigator.clipboard.writeText($0).then(() => true, () => false);""", shareUrl)
                .then(Boolean.class, this::copied, error -> copied(false));
    }

    /** What the browser answered to the copy: a confirmation, or the link shown to copy by hand (tests call it). */
    void copied(boolean done) {
        copied.setVisible(true);
        copied.setText(getTranslation(done ? "certificates.share.copied" : "certificates.share.copy-refused"));
        fallback.setVisible(!done);
    }

    /** The field with the link to copy by hand, hidden until the browser refuses to copy (tests read it). */
    TextField fallback() {
        return fallback;
    }

    /** The two downloads, each with one sentence saying what it is for. */
    private Div downloads() {
        Div downloads = new Div(download(CertificateLinks.pdf(certificate.number()),
                        getTranslation("certificates.download"), getTranslation("certificates.download.explained"),
                        "download-pdf"),
                download(CredentialLinks.credential(certificate.number()), getTranslation("badge.download"),
                        getTranslation("certificates.credential.explained"), "download-credential"));
        downloads.addClassName("certificate-downloads");
        downloads.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        return downloads;
    }

    /** A file the browser downloads from the JSON API, outside the Vaadin router, and what it is. */
    private static Div download(String href, String label, String explained, String className) {
        Anchor download = new Anchor(href, label);
        download.setDownload(true);
        download.setRouterIgnore(true);
        download.addClassName(className);
        Span sentence = new Span(explained);
        sentence.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Div line = new Div(download, sentence);
        line.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        return line;
    }
}
