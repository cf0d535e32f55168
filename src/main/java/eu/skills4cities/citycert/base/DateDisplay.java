package eu.skills4cities.citycert.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WebBrowser;

/**
 * How dates and times read in the UI: the locale's own medium date and short time, so a 24-hour
 * clock where the locale uses one (en-GB, de) and AM/PM where it does not (en-US); times in the
 * browser's time zone, from the first page of a session on ({@link BrowserTimeZone}).
 *
 * <p>The UI's locale may name a language only (English, while the product has one language): then
 * the browser's own locale of that language gives the region (en-GB or en-US), which decides the clock.
 */
public final class DateDisplay {

    private DateDisplay() {
    }

    public static String dateTime(Instant instant, Locale locale) {
        return dateTime(instant, locale, zone());
    }

    /** With the time zone given, for callers (and tests) that know it. */
    public static String dateTime(Instant instant, Locale locale, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(regional(locale)).withZone(zone).format(instant);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(regional(locale)).format(date);
    }

    /** The locale with the browser's region when the locale names only the browser's language. */
    static Locale regional(Locale locale) {
        if (locale == null) {
            return Locale.getDefault();
        }
        if (!locale.getCountry().isEmpty()) {
            return locale;
        }
        VaadinSession session = VaadinSession.getCurrent();
        WebBrowser browser = session == null ? null : session.getBrowser();
        Locale own = browser == null ? null : browser.getLocale();
        return own != null && own.getLanguage().equals(locale.getLanguage()) && !own.getCountry().isEmpty()
                ? own : locale;
    }

    /**
     * The browser's time zone: this window's own answer ({@link BrowserTimeZone} asks as a UI opens), else what an
     * earlier window of the session reported, else the server's (the first page of a session, drawn again when
     * the answer comes).
     */
    static ZoneId zone() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return ZoneId.systemDefault();
        }
        ExtendedClientDetails details = ui.getInternals().getExtendedClientDetails();
        return BrowserTimeZone.parse(details == null ? null : details.getTimeZoneId())
                .or(() -> BrowserTimeZone.ofSession(ui.getSession()))
                .orElse(ZoneId.systemDefault());
    }
}
