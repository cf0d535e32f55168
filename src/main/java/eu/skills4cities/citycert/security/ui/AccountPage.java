package eu.skills4cities.citycert.security.ui;

import java.util.List;

import eu.skills4cities.citycert.base.UserMessage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The frame of the account pages, which people see before they can sign in. */
abstract class AccountPage extends VerticalLayout {

    protected final Div problems = new Div();
    protected final Paragraph outcome = new Paragraph();

    AccountPage() {
        setMaxWidth("32rem");
        getStyle().set("margin", "0 auto");
        problems.setId("problems");
        problems.setVisible(false);
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        outcome.setId("outcome");
        outcome.setVisible(false);
    }

    protected void showProblems(List<UserMessage> messages) {
        problems.removeAll();
        UnorderedList list = new UnorderedList();
        messages.forEach(m -> list.add(new ListItem(getTranslation(m.key(), m.getArguments()))));
        problems.add(list);
        problems.setVisible(true);
    }

    protected void showOutcome(String key) {
        problems.setVisible(false);
        outcome.setText(getTranslation(key));
        outcome.setVisible(true);
    }
}
