package eu.skills4cities.citycert.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** The body of an error view: a title (on the page and in the browser's tab), one sentence, and the way home. */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    protected void show(String messageKey, String messageId) {
        removeAll();
        Paragraph message = new Paragraph(getTranslation(messageKey));
        message.setId(messageId);
        add(new H2(getTranslation("error.access-denied.title")), message, new Anchor("", getTranslation("menu.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.access-denied.title") + " | " + getTranslation("app.name");
    }
}
