package eu.skills4cities.citycert.base;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * An unknown address (visitors who are not signed in go to the login first). In
 * production, Vaadin also shows this for pages the user's role does not allow, so that
 * nobody learns which pages exist.
 */
@PermitAll
@ParentLayout(MainLayout.class)
class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("error.not-found", "not-found-page");
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
