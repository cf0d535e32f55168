package eu.skills4cities.citycert.certificate.verification.ui;

import eu.skills4cities.citycert.base.PublicLayout;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;

import eu.skills4cities.citycert.base.ContentText;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.StatusBadge;
import eu.skills4cities.citycert.certificate.CertificateBadges;
import eu.skills4cities.citycert.base.UploadTexts;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertificateChain;
import eu.skills4cities.citycert.certificate.CertificateLinks;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.CertifiedUnit;
import eu.skills4cities.citycert.certificate.signing.SigningKeys;
import eu.skills4cities.citycert.certificate.verification.CertificateVerification;
import eu.skills4cities.citycert.certificate.verification.NumberVerification;
import eu.skills4cities.citycert.certificate.verification.PdfVerification;
import eu.skills4cities.citycert.certificate.verification.LocalTitles;
import eu.skills4cities.citycert.certificate.verification.PublicCertificate;
import eu.skills4cities.citycert.framework.LocalText;
import eu.skills4cities.citycert.certificate.verification.VerificationRateLimiter;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Public verification, without sign-in: {@code /verify} to enter a number or upload a PDF, and
 * {@code /verify/{number}}, the target of the QR code on every certificate. Each lookup and
 * upload counts against the visitor's address (the same limit as the JSON API).
 *
 * <p>Longer than our usual 300 lines: the page has two ways in (number, upload) and one answer
 * card per outcome (valid, suspended, withdrawn, expired, unknown, mistyped), all of them
 * plain layout that reads best in one place.
 */
@Route(value = "verify", layout = PublicLayout.class)
@AnonymousAllowed
class VerifyView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CertificateVerification verification;
    private final VerificationRateLimiter limiter;
    private final boolean rootPublished;
    private final Div result = new Div();
    private final TextField number = new TextField();
    /** The number whose certificate is on the page; null when none is. */
    private String shownNumber;
    /** While the form's lookup moves the address: the number it moves to ("" for {@code /verify}). */
    private String movingTo;

    VerifyView(CertificateVerification verification, VerificationRateLimiter limiter, SigningKeys keys) {
        this.verification = verification;
        this.limiter = limiter;
        this.rootPublished = keys.root().isPresent();
        setMaxWidth("48rem");
        getStyle().set("margin", "0 auto");
        result.setId("verification-result");
        result.setWidthFull();
        add(new H1(getTranslation("verification.title")), new Paragraph(getTranslation("verification.intro")),
                result, numberForm(), uploadForm(), notShown(), complaintLink());
    }

    /** The public complaint form (the complaint module's page, linked by path). */
    private Anchor complaintLink() {
        Anchor complain = new Anchor("complaints/new", getTranslation("complaint-form.link"));
        complain.setId("verification-complain");
        return complain;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        String wanted = parameter == null || parameter.isBlank() ? "" : parameter;
        if (wanted.equals(movingTo)) {
            // the address the form's own lookup moves to: its answer is on the page already (and counted once)
            return;
        }
        result.removeAll();
        shownNumber = null;
        if (!wanted.isEmpty()) {
            lookUp(wanted, clientAddress());
        }
    }

    /**
     * A lookup from the form moves the address to {@code /verify/{number}} when the register holds the
     * number (a link to share, and the tab names it), and back to {@code /verify} when it does not.
     */
    private void lookUpFromForm() {
        lookUp(number.getValue(), clientAddress());
        movingTo = Objects.requireNonNullElse(shownNumber, "");
        try {
            getUI().ifPresent(ui -> ui.navigate(shownNumber == null ? "verify" : CertificateLinks.verification(shownNumber)));
        } finally {
            movingTo = null;
        }
    }

    private Component numberForm() {
        number.setId("number");
        number.setLabel(getTranslation("verification.number"));
        number.setHelperText(getTranslation("verification.number.helper"));
        // as wide as a number needs on a laptop, narrower on a phone (390 px) rather than pushing the page sideways
        number.setMaxWidth("20rem");
        number.getStyle().set("flex", "1 1 12rem");
        Button check = new Button(getTranslation("verification.check"), click -> lookUpFromForm());
        check.setId("check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(number, check);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.setWidthFull();
        return form;
    }

    private Component uploadForm() {
        long maxBytes = verification.maxUploadBytes();
        String maxMegabytes = String.valueOf(Math.max(1, maxBytes / (1024 * 1024)));
        UI ui = UI.getCurrent();
        Upload upload = new Upload(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                String client = event.getRequest().getRemoteAddr();
                byte[] bytes;
                try (InputStream in = event.getInputStream()) {
                    // never more than the limit plus one byte in memory, whatever the browser claims
                    bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                }
                ui.access(() -> checkPdf(bytes, client));
            }

            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }
        });
        upload.setId("pdf-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(".pdf", "application/pdf");
        UploadI18N texts = UploadTexts.of(this, maxBytes);
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("verification.upload.add")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("verification.upload.drop")));
        texts.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("verification.upload.too-big", maxMegabytes))
                .setIncorrectFileType(getTranslation("verification.upload.wrong-type")));
        upload.setI18n(texts);
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("verification.upload.title")),
                new Paragraph(getTranslation("verification.upload.help", maxMegabytes)), upload);
        if (rootPublished) {
            Anchor root = new Anchor("api/issuer/root.pem", getTranslation("verification.pdf.root"));
            root.setId("root-certificate");
            root.setRouterIgnore(true);
            root.setDownload(true);
            section.add(root);
        }
        section.setPadding(false);
        return section;
    }

    private Paragraph notShown() {
        Paragraph paragraph = new Paragraph(getTranslation("verification.not-shown"));
        paragraph.setId("not-shown");
        paragraph.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return paragraph;
    }

    private void lookUp(String input, String client) {
        result.removeAll();
        shownNumber = null;
        if (!admitted(client)) {
            return;
        }
        NumberVerification answer = verification.verifyNumber(input);
        if (answer.found()) {
            shownNumber = answer.certificate().number();
            result.add(details(answer.certificate()));
        } else {
            result.add(problem("verification-problem", answer.message()));
        }
    }

    private void checkPdf(byte[] pdf, String client) {
        result.removeAll();
        shownNumber = null;
        if (!admitted(client)) {
            return;
        }
        PdfVerification answer = verification.verifyPdf(pdf);
        boolean good = answer.verdict() == PdfVerification.Verdict.MATCHES_REGISTER;
        // a genuine PDF of a certificate that is not current is a warning, not a green tick
        Icon icon = (good ? VaadinIcon.CHECK_CIRCLE : answer.signatureValid() ? VaadinIcon.QUESTION_CIRCLE
                : VaadinIcon.CLOSE_CIRCLE).create();
        Div verdict = banner(icon, getTranslation(answer.message().key(), answer.message().getArguments()), null,
                good ? Tone.GOOD : answer.signatureValid() ? Tone.CAUTION : Tone.BAD);
        verdict.setId("pdf-verdict");
        verdict.getElement().setAttribute("data-verdict", answer.verdict().name());
        result.add(verdict);
        if (answer.certificate() != null) {
            result.add(details(answer.certificate()));
        }
    }

    private boolean admitted(String client) {
        VerificationRateLimiter.Admission admission = limiter.admit(client);
        if (!admission.admitted()) {
            result.add(problem("rate-limited", UserMessage.of("verification.rate-limited",
                    admission.retryAfter().toSeconds())));
        }
        return admission.admitted();
    }

    private Paragraph problem(String id, UserMessage message) {
        Paragraph problem = new Paragraph(getTranslation(message.key(), message.getArguments()));
        problem.setId(id);
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        return problem;
    }

    private Component details(PublicCertificate certificate) {
        CertificateStatus status = certificate.status();
        // a renewed, recertified or reduced certificate says so and names its successor, so a shared link never dies
        boolean ledOn = certificate.supersededAs() != null
                && (status == CertificateStatus.SUPERSEDED || status == CertificateStatus.EXPIRED);
        Div banner = !ledOn
                ? banner(statusIcon(status).create(), getTranslation("verification.status." + status.name()),
                        getTranslation("verification.status." + status.name() + ".meaning"), tone(status))
                : banner(statusIcon(status).create(),
                        getTranslation("verification.superseded." + certificate.supersededAs().name(),
                                certificate.supersededBy()),
                        getTranslation("verification.superseded.meaning", certificate.supersededBy()), tone(status));
        banner.setId("status-banner");
        banner.getElement().setAttribute("data-status", status.name());

        DescriptionList list = new DescriptionList();
        list.setId("certificate-details");
        list.add(new DescriptionList.Term(getTranslation("verification.holder")),
                description("holder", certificate.holderName()));
        // the role and units in the visitor's language, where the certificate's framework version has them
        LocalTitles titles = verification.titlesIn(certificate.number(), getLocale()).orElse(null);
        LocalText roleTitle = titles == null ? new LocalText(certificate.role(), Locale.ENGLISH) : titles.role();
        String role = certificate.eqfLevel() == null ? roleTitle.text()
                : getTranslation("verification.role.eqf", roleTitle.text(), String.valueOf(certificate.eqfLevel()));
        list.add(new DescriptionList.Term(getTranslation("verification.role")), ContentText.tag(
                description("role", role), roleTitle.languageTag(), roleTitle.fallbackFor(getLocale())));
        list.add(new DescriptionList.Term(getTranslation("verification.kind")),
                description("kind", getTranslation("verification.kind." + certificate.kind().name())));
        UnorderedList units = new UnorderedList();
        units.setId("units");
        for (CertifiedUnit unit : certificate.units()) {
            LocalText title = titles == null ? new LocalText(unit.title(), Locale.ENGLISH)
                    : titles.units().getOrDefault(unit.code(), new LocalText(unit.title(), Locale.ENGLISH));
            units.add(ContentText.tag(new ListItem(getTranslation("verification.unit", unit.code(), title.text())),
                    title.languageTag(), title.fallbackFor(getLocale())));
        }
        list.add(new DescriptionList.Term(getTranslation("verification.units")), new DescriptionList.Description(units));
        list.add(new DescriptionList.Term(getTranslation("verification.issued")),
                description("issued-on", DateDisplay.date(certificate.issuedOn(), getLocale())));
        list.add(new DescriptionList.Term(getTranslation("verification.valid-until")),
                description("valid-until", DateDisplay.date(certificate.validUntil(), getLocale())));
        list.add(new DescriptionList.Term(getTranslation("verification.issuer")),
                description("issuer", titles == null ? certificate.issuer() : titles.issuer()));
        if (certificate.supersededBy() != null) {
            Anchor later = new Anchor(CertificateLinks.verification(certificate.supersededBy()), certificate.supersededBy());
            later.setId("superseded-by");
            list.add(new DescriptionList.Term(getTranslation("verification.superseded-by")),
                    new DescriptionList.Description(later));
        }
        VerticalLayout details = new VerticalLayout(
                new H2(getTranslation("verification.certificate", certificate.number())), banner, list);
        if (certificate.chain().size() > 1) {
            details.add(history(certificate));
        }
        details.setPadding(false);
        return details;
    }

    /** The certification's history: the first issue and each successor, this certificate marked. */
    private Component history(PublicCertificate certificate) {
        UnorderedList entries = new UnorderedList();
        entries.setId("history");
        for (CertificateChain.Link link : certificate.chain()) {
            String what = link.succession() == null ? getTranslation("verification.history.issued")
                    : getTranslation("verification.history." + link.succession().name());
            String text = getTranslation("verification.history.dates", what,
                    DateDisplay.date(link.issuedOn(), getLocale()), DateDisplay.date(link.validUntil(), getLocale()));
            StatusBadge badge = CertificateBadges.of(link.status(),
                    getTranslation("verification.status." + link.status().name()));
            ListItem item = new ListItem();
            if (link.number().equals(certificate.number())) {
                Span self = new Span(link.number());
                self.getStyle().set("font-weight", "700");
                item.add(self, new Span(" " + text + " "), badge,
                        new Span(" " + getTranslation("verification.history.this")));
            } else {
                item.add(new Anchor(CertificateLinks.verification(link.number()), link.number()),
                        new Span(" " + text + " "), badge);
            }
            item.getElement().setAttribute("data-number", link.number());
            entries.add(item);
        }
        VerticalLayout history = new VerticalLayout(new H3(getTranslation("verification.history")), entries);
        history.setPadding(false);
        history.setSpacing(false);
        return history;
    }

    private static DescriptionList.Description description(String id, String text) {
        DescriptionList.Description description = new DescriptionList.Description(text);
        description.setId(id);
        return description;
    }

    private enum Tone {
        GOOD("--lumo-success-text-color", "--lumo-success-color-10pct"),
        CAUTION("--lumo-warning-text-color, #8a4b00", "--lumo-warning-color-10pct, #fff1d6"),
        BAD("--lumo-error-text-color", "--lumo-error-color-10pct"),
        NEUTRAL("--lumo-body-text-color", "--lumo-contrast-10pct"),
        NOTICE("--lumo-primary-text-color", "--lumo-primary-color-10pct");

        private final String text;
        private final String background;

        Tone(String text, String background) {
            this.text = text;
            this.background = background;
        }
    }

    private static Tone tone(CertificateStatus status) {
        return switch (status) {
            case ACTIVE -> Tone.GOOD;
            case SUSPENDED -> Tone.CAUTION;
            case WITHDRAWN -> Tone.BAD;
            case EXPIRED -> Tone.NEUTRAL;
            case SUPERSEDED -> Tone.NOTICE;
        };
    }

    private static VaadinIcon statusIcon(CertificateStatus status) {
        return switch (status) {
            case ACTIVE -> VaadinIcon.CHECK_CIRCLE;
            case SUSPENDED -> VaadinIcon.PAUSE;
            case WITHDRAWN -> VaadinIcon.BAN;
            case EXPIRED -> VaadinIcon.CLOCK;
            case SUPERSEDED -> VaadinIcon.ARROW_CIRCLE_RIGHT;
        };
    }

    /** A coloured block with an icon and words, so the answer never depends on colour alone. */
    private static Div banner(Icon icon, String headline, String explanation, Tone tone) {
        icon.getStyle().set("flex", "none");
        Span words = new Span(headline);
        words.setClassName("banner-headline");
        words.getStyle().set("font-weight", "700").set("font-size", "var(--lumo-font-size-l)");
        HorizontalLayout top = new HorizontalLayout(icon, words);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        Div banner = new Div(top);
        if (explanation != null) {
            Paragraph meaning = new Paragraph(explanation);
            meaning.setClassName("banner-meaning");
            meaning.getStyle().set("margin", "var(--lumo-space-s) 0 0 0");
            banner.add(meaning);
        }
        banner.setWidthFull();
        banner.getElement().setAttribute("role", "status");
        banner.getStyle().set("color", "var(" + tone.text + ")").set("background", "var(" + tone.background + ")")
                .set("border-left", "6px solid currentColor").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box");
        return banner;
    }

    /** The visitor's address, as the servlet container sees it (behind a proxy: see docs/operations.md). */
    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
    }

    @Override
    public String getPageTitle() {
        return shownNumber == null ? getTranslation("verification.title") + " | " + getTranslation("app.name")
                : getTranslation("verification.page-title.number", shownNumber, getTranslation("app.name"));
    }
}
