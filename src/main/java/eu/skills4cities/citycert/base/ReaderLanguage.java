package eu.skills4cities.citycert.base;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/** The language of whoever a service answers now, for a text the service writes itself. */
public final class ReaderLanguage {

    private ReaderLanguage() {
    }

    /**
     * The window's language when called from a view; else the request's (the API's {@code Accept-Language}, which
     * its {@code LocaleResolver} reads); else
     * English (a job, never the server's own language).
     */
    public static Locale current() {
        UI ui = UI.getCurrent();
        if (ui != null && ui.getLocale() != null) {
            return ui.getLocale();
        }
        // not LocaleContextHolder.getLocale(): without a request it answers the server's own language
        LocaleContext request = LocaleContextHolder.getLocaleContext();
        return request == null || request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
    }
}
