package eu.skills4cities.citycert.base;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import org.springframework.context.MessageSource;

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
