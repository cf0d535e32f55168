package eu.skills4cities.citycert.security;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import eu.skills4cities.citycert.base.LanguageSwitch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The language of the UI. A window opens in the language stored on the signed-in person's account
 * ({@code user_account.preferred_language}, chosen in My account or with the switcher), and for a visitor in the
 * one chosen with the switcher in this browser (the {@link Languages#COOKIE} cookie), else the best match of the
 * browser's languages, else English. {@code <html lang>} follows it: in the first HTML sent, and after a switch.
 */
@Component
class UiLanguages implements VaadinServiceInitListener, LanguageSwitch {

    private static final Logger log = LoggerFactory.getLogger(UiLanguages.class);
    /** A year: the choice outlives the session, as a visitor expects of a language. */
    private static final int COOKIE_SECONDS = 365 * 24 * 3600;

    private final UserAccountRepository accounts;
    private final AccountSettings settings;
    private final CurrentUserProvider users;

    UiLanguages(UserAccountRepository accounts, AccountSettings settings, CurrentUserProvider users) {
        this.accounts = accounts;
        this.settings = settings;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> show(init.getUI(), of(VaadinRequest.getCurrent())));
        event.addIndexHtmlRequestListener(this::declareLanguage);
    }

    /** The first HTML sent says its language ({@code <html lang>}), for screen readers, hyphenation and search. */
    void declareLanguage(IndexHtmlResponse response) {
        response.getDocument().child(0).attr("lang", of(response.getVaadinRequest()).toLanguageTag());
    }

    /** The language a request of the UI is shown in (see the class comment). */
    Locale of(VaadinRequest request) {
        if (request == null) {
            return Languages.DEFAULT;
        }
        Principal principal = request.getUserPrincipal();
        Optional<Locale> stored = principal == null ? Optional.empty()
                : accounts.findByUsername(principal.getName()).flatMap(a -> Languages.supported(a.preferredLanguage()));
        if (stored.isPresent()) {
            return stored.get();
        }
        if (request instanceof VaadinServletRequest servlet) {
            return RequestLanguages.visitorLanguage(servlet.getHttpServletRequest());
        }
        return Languages.bestMatch(List.of(request.getLocale()));
    }

    @Override
    public List<Locale> offered() {
        return Languages.SUPPORTED;
    }

    @Override
    public String nameOf(Locale language) {
        return Languages.nameOf(language);
    }

    /**
     * Stores the choice on the signed-in person's account (a visitor's in a cookie, which a signed-in person's
     * browser keeps too, for the pages after signing out), sets the session's language and shows the page again
     * in it.
     */
    @Override
    public void switchTo(UI ui, Locale wanted) {
        Locale language = Languages.supported(wanted).orElse(Languages.DEFAULT);
        users.find().ifPresent(user -> settings.chooseLanguage(user, language.toLanguageTag()));
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setLocale(language);
        }
        ui.setLocale(language);
        // the page and its frame built again, then the browser told
        ui.refreshCurrentRoute(true);
        show(ui, language);
        ui.getPage().executeJs("document.cookie = $0", Languages.COOKIE + "=" + language.toLanguageTag()
                + "; path=/; max-age=" + COOKIE_SECONDS + "; samesite=lax");
        log.info("Window switched to {}", language.toLanguageTag());
    }

    private static void show(UI ui, Locale language) {
        ui.setLocale(language);
        ui.getPage().executeJs("document.documentElement.lang = $0", language.toLanguageTag());
    }
}
