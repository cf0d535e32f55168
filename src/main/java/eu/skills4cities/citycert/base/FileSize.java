package eu.skills4cities.citycert.base;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A size of a file for a reader: bytes below a kilobyte, else kilobytes or megabytes with one decimal at most,
 * in the reader's language (its decimal separator and its unit, keys {@code size.*}).
 */
public final class FileSize {

    private static final long KILOBYTE = 1024;
    private static final long MEGABYTE = 1024 * 1024;

    private FileSize() {
    }

    /** The size in {@code locale}, read with {@code messages} (a service's). */
    public static String readable(long bytes, MessageSource messages, Locale locale) {
        return messages.getMessage(key(bytes), new Object[] {amount(bytes)}, locale);
    }

    /** The size in the view's language. */
    public static String readable(long bytes, Component view) {
        return view.getTranslation(key(bytes), amount(bytes));
    }

    /**
     * The language of whoever a service answers now: the window's when called from a view, else the request's
     * (the API's {@code Accept-Language}), else English.
     */
    public static Locale readerLocale() {
        UI ui = UI.getCurrent();
        if (ui != null && ui.getLocale() != null) {
            return ui.getLocale();
        }
        Locale request = LocaleContextHolder.getLocale();
        return request == null ? Locale.ENGLISH : request;
    }

    static String key(long bytes) {
        if (bytes < KILOBYTE) {
            return "size.bytes";
        }
        return bytes < MEGABYTE ? "size.kilobytes" : "size.megabytes";
    }

    static Number amount(long bytes) {
        if (bytes < KILOBYTE) {
            return bytes;
        }
        return bytes < MEGABYTE ? bytes / (double) KILOBYTE : bytes / (double) MEGABYTE;
    }
}
