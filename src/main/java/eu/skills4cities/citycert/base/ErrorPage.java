package eu.skills4cities.citycert.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The body of an error view: a title, one sentence, and the way home. */
abstract class ErrorPage extends VerticalLayout {

    protected void show(String messageKey, String messageId) {
        removeAll();
        Paragraph message = new Paragraph(getTranslation(messageKey));
        message.setId(messageId);
        add(new H2(getTranslation("error.access-denied.title")), message, new Anchor("", getTranslation("menu.home")));
    }
}
