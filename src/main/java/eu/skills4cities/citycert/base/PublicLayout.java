package eu.skills4cities.citycert.base;

import java.util.List;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The frame of every page open without sign-in (the front door, sign-in, registration and password
 * reset, the catalogue, verification, the complaint form): a header with the body's name and the
 * public pages, then the page. Links are paths, so the shell knows no feature; registration is
 * offered only where its page exists. Signed-in people find the way back to their start page instead
 * of sign-in and registration. The header offers the languages ({@link LanguageSwitch}) to visitors too.
 */
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout, AfterNavigationObserver {

    static final String REGISTER = "register";

    private final Nav nav = new Nav();
    private final Main content = new Main();

    public PublicLayout(BodyNames bodyNames, LanguageSwitch languages) {
        setClassName("public-page");
        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.setId("public-brand");
        brand.setClassName("public-brand");
        Span body = new Span(bodyNames.in(getLocale()));
        body.setId("public-body-name");
        body.setClassName("public-body-name");
        Div names = new Div(brand, body);
        names.setClassName("public-names");

        nav.setId("public-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("public.nav.label"));
        Header header = new Header(names, nav, new LanguageSwitcher(languages));
        header.setClassName("public-header");
        content.setId("public-content");
        content.setClassName("public-content");
        add(header, content);
    }

    private static Anchor link(String path, String key) {
        Anchor link = new Anchor(path, "");
        link.setText(link.getTranslation(key));
        link.getElement().setAttribute("data-path", path);
        return link;
    }

    @Override
    public void showRouterLayoutContent(HasElement page) {
        content.getElement().removeAllChildren();
        if (page != null) {
            content.getElement().appendChild(page.getElement());
        }
    }

    /** The links, anew on each page: the layout outlives a sign-in within the same browser window. */
    private void fillNavigation() {
        nav.removeAll();
        nav.add(link("catalogue", "public.nav.catalogue"), link("verify", "public.nav.verify"),
                link("complaints/new", "public.nav.complain"));
        if (SignedIn.isSignedIn()) {
            nav.add(link("", "public.nav.home"));
        } else {
            nav.add(link("login", "public.nav.sign-in"));
            if (RouteConfiguration.forApplicationScope().isPathAvailable(REGISTER)) {
                nav.add(link(REGISTER, "public.nav.register"));
            }
        }
    }

    /** Marks the link of the page shown (for screen readers, and the theme underlines it). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        fillNavigation();
        String path = event.getLocation().getPath();
        nav.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast).forEach(link -> {
            String target = link.getElement().getAttribute("data-path");
            boolean current = target.isEmpty() ? path.isEmpty()
                    : path.equals(target) || path.startsWith(target + "/") || sameSection(path, target);
            if (current) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
    }

    /** The complaint form and its confirmation are one section; so are sign-in and the password pages. */
    private static boolean sameSection(String path, String target) {
        return switch (target) {
            case "complaints/new" -> path.startsWith("complaints/confirm");
            case "login" -> List.of("forgot-password", "reset-password").contains(path);
            default -> false;
        };
    }
}
