package eu.skills4cities.citycert.base;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a person sees when a UI action is refused or fails. The one way a view shows a service's
 * {@link Refusal} (refused, not found, invalid input): {@link #show(Refusal)} as an error
 * notification, or {@link #text(Refusal)} / {@link #sentences(Refusal)} where the view puts the
 * sentences next to a field or in a list. A refusal that no view caught is shown the same way;
 * an access check's refusal says so; a database too busy to answer in time ({@link DatabaseBusy})
 * asks to try again in a moment; anything else shows a plain message instead of a stack trace,
 * while the details go to the log.
 */
@Component
public class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);
    private static final String ACCESS_DENIED = "error.access-denied";

    UiErrorHandling() {
    }

    /** The refusal's sentences in the user's language: its reason, or each problem of the input. */
    public static List<String> sentences(Refusal refusal) {
        UI ui = UI.getCurrent();
        return refusal.messages().stream().map(m -> ui.getTranslation(m.key(), m.getArguments())).toList();
    }

    /** The refusal's sentences as one text. */
    public static String text(Refusal refusal) {
        return String.join(" ", sentences(refusal));
    }

    /** Shows the refusal as an error notification (id {@code problems} for invalid input). */
    public static Notification show(Refusal refusal) {
        Notification notification = Notification.show(text(refusal));
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        if (refusal instanceof InvalidInputException) {
            notification.setId("problems");
        }
        return notification;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent error) {
        Throwable cause = error.getThrowable();
        Refusal refusal = refusal(cause);
        if (refusal != null) {
            // a view that did not catch it: the service said no, and says why
            log.info("UI action refused: {}", refusal.getMessage());
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> {
                    Notification notification = show(refusal);
                    if (refusal instanceof InvalidInputException) {
                        notification.setId("input-problems");
                    }
                });
            }
            return;
        }
        String messageKey = messageKey(cause);
        if (messageKey.equals(ACCESS_DENIED)) {
            log.warn("UI action refused: {}", cause.getMessage());
        } else {
            log.error("Unexpected error in the UI", cause);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notification.show(ui.getTranslation(messageKey))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    /**
     * The sentence for a failure that is no refusal: access denied, the database too busy to answer in time
     * ({@link DatabaseBusy}: try again in a moment), or the plain unexpected error.
     */
    static String messageKey(Throwable cause) {
        if (cause instanceof AccessDeniedException || cause.getCause() instanceof AccessDeniedException) {
            return ACCESS_DENIED;
        }
        return DatabaseBusy.isBusy(cause) ? "error.unavailable" : "error.unexpected";
    }

    private static Refusal refusal(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof Refusal refusal) {
                return refusal;
            }
            if (t instanceof jakarta.validation.ConstraintViolationException violations) {
                return new InvalidInputException(InputProblems.of(violations.getConstraintViolations()));
            }
        }
        return null;
    }
}
