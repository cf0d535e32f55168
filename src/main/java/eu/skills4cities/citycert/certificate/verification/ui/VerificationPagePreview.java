package eu.skills4cities.citycert.certificate.verification.ui;

import java.util.Locale;

import eu.skills4cities.citycert.certificate.CertificateLinks;
import eu.skills4cities.citycert.certificate.verification.CertificateVerification;
import eu.skills4cities.citycert.certificate.verification.NumberVerification;
import eu.skills4cities.citycert.certificate.verification.PublicCertificate;
import eu.skills4cities.citycert.certificate.verification.VerificationRateLimiter;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.Languages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Open Graph tags in the first HTML of {@code /verify} and {@code /verify/{number}}, so that a link
 * shared on a social network or in a chat previews as the certificate it points to: link previewers
 * read the page as sent and run no JavaScript, so the tags cannot wait for the view.
 *
 * <p>A number is named only when the register holds it; malformed, mistyped and unknown numbers get
 * the generic tags of the verification page, and the input is never echoed. The preview says less
 * than the page: the role, the kind and the status, not the holder, because previews are kept by
 * others after a certificate is withdrawn or its holder's data deleted. Each preview counts against
 * the visitor's verification limit, as a lookup on the page does, so the HTML is no way round it.
 * jsoup escapes every attribute value and the title.
 */
@Component
class VerificationPagePreview implements VaadinServiceInitListener {

    private static final String PAGE = "verify";

    private final CertificateVerification verification;
    private final VerificationRateLimiter limiter;
    private final MessageSource messages;
    private final String publicUrl;
    private final String bodyName;

    VerificationPagePreview(CertificateVerification verification, VerificationRateLimiter limiter,
                            MessageSource messages, AccountLinksProperties links,
                            @org.springframework.beans.factory.annotation.Value(
                                    "${citycert.issuer.name:CityCert Certification Body}") String bodyName) {
        this.verification = verification;
        this.limiter = limiter;
        this.messages = messages;
        this.publicUrl = links.publicUrl();
        this.bodyName = bodyName;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addTags);
    }

    private void addTags(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        String path = pathOf(request);
        if (!path.equals(PAGE) && !path.startsWith(PAGE + "/")) {
            return;
        }
        String number = path.length() > PAGE.length() + 1 ? path.substring(PAGE.length() + 1) : "";
        PublicCertificate certificate = number.isBlank() ? null : lookUp(number, request.getRemoteAddr());
        Locale locale = languageOf(request);
        String site = text("app.name", locale);
        Document document = response.getDocument();
        if (certificate == null) {
            String title = text("verification.title", locale);
            tags(document, title + " | " + site, title, text("verification.og.generic", locale, bodyName),
                    publicUrl + "/" + PAGE, site);
        } else {
            String status = text("verification.status." + certificate.status().name(), locale);
            String kind = text("verification.kind." + certificate.kind().name(), locale);
            tags(document, text("verification.page-title.number", locale, certificate.number(), site),
                    text("verification.og.title", locale, certificate.number()),
                    text("verification.og.description", locale, certificate.role(), kind, certificate.issuer(), status),
                    publicUrl + "/" + CertificateLinks.verification(certificate.number()), site);
        }
    }

    /** The visitor's language, as the page itself reads it: the switcher's cookie, else Accept-Language. */
    static Locale languageOf(VaadinRequest request) {
        return Languages.ofVisitor(request.getCookies(), request.getHeader("Accept-Language"));
    }

    private PublicCertificate lookUp(String number, String client) {
        if (number.length() > 64 || !limiter.admit(client).admitted()) {
            return null;
        }
        NumberVerification answer = verification.verifyNumber(number);
        return answer.found() ? answer.certificate() : null;
    }

    private static void tags(Document document, String pageTitle, String title, String description, String url,
                             String site) {
        document.title(pageTitle);
        Element head = document.head();
        head.select("meta[property^=og:], meta[name=description], meta[name^=twitter:]").remove();
        meta(head, "name", "description", description);
        meta(head, "property", "og:title", title);
        meta(head, "property", "og:description", description);
        meta(head, "property", "og:url", url);
        meta(head, "property", "og:type", "website");
        meta(head, "property", "og:site_name", site);
        meta(head, "name", "twitter:card", "summary");
    }

    private static void meta(Element head, String attribute, String name, String content) {
        head.appendElement("meta").attr(attribute, name).attr("content", content);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
    }

    /** The path within the application, without its leading slash: {@code verify/CC-…}. */
    private static String pathOf(VaadinRequest request) {
        String path = request.getPathInfo();
        if (path == null) {
            return "";
        }
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
