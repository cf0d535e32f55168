package eu.skills4cities.citycert.base;

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
 * What a person sees when a UI action fails unexpectedly: a plain message instead of a
 * stack trace, while the details go to the log. A refusal by a service's access check
 * says so; input a service refused shows its problems.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent error) {
        Throwable cause = error.getThrowable();
        InvalidInputException invalid = invalidInput(cause);
        if (invalid != null) {
            // a view that did not catch it: the service refused the input, and says why, field by field
            log.info("UI input refused: {}", invalid.problems());
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> {
                    Notification notification = Notification.show(invalid.problems().stream()
                            .map(p -> ui.getTranslation(p.key(), p.getArguments()))
                            .collect(java.util.stream.Collectors.joining(" ")));
                    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    notification.setId("input-problems");
                });
            }
            return;
        }
        boolean refused = cause instanceof AccessDeniedException
                || cause.getCause() instanceof AccessDeniedException;
        if (refused) {
            log.warn("UI action refused: {}", cause.getMessage());
        } else {
            log.error("Unexpected error in the UI", cause);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notification.show(ui.getTranslation(refused ? "error.access-denied" : "error.unexpected"))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    private static InvalidInputException invalidInput(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return invalid;
            }
            if (t instanceof jakarta.validation.ConstraintViolationException violations) {
                return new InvalidInputException(InputProblems.of(violations.getConstraintViolations()));
            }
        }
        return null;
    }
}
