package eu.skills4cities.citycert.base;

import java.util.UUID;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown instead of Vaadin's own error page when opening a page fails unexpectedly: one sentence
 * and an error id, never the exception or its stack trace (Vaadin's page shows them in
 * development mode). The failure is logged with the same id. A database too busy to answer in time
 * ({@link DatabaseBusy}) asks to try again in a moment instead, with a 503.
 */
@PermitAll
@ParentLayout(MainLayout.class)
class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String errorId = UUID.randomUUID().toString();
        log.error("Opening {} failed, answered as error {}", event.getLocation().getPath(), errorId,
                parameter.getCaughtException());
        boolean busy = DatabaseBusy.isBusy(parameter.getCaughtException());
        show(busy ? "error.unavailable" : "error.unexpected", "unexpected-error");
        add(new com.vaadin.flow.component.html.Paragraph(getTranslation("error.id", errorId)));
        return (busy ? HttpStatusCode.SERVICE_UNAVAILABLE : HttpStatusCode.INTERNAL_SERVER_ERROR).getCode();
    }
}
