package eu.skills4cities.citycert.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * An unknown address (visitors who are not signed in go to the login first). In
 * production, Vaadin also shows this for pages the user's role does not allow, so that
 * nobody learns which pages exist.
 */
@PermitAll
@ParentLayout(MainLayout.class)
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        Paragraph message = new Paragraph(getTranslation("error.not-found"));
        message.setId("not-found-page");
        add(new H2(getTranslation("error.access-denied.title")), message, new Anchor("", getTranslation("menu.home")));
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
