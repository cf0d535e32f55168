package eu.skills4cities.citycert.security.ui;

import java.util.List;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import eu.skills4cities.citycert.base.ErrorSummary;
import eu.skills4cities.citycert.base.UserMessage;

/**
 * The frame of the account pages, which people see before they can sign in: the error summary of the form
 * (each problem on its field too), and the outcome once the form is done.
 */
abstract class AccountPage extends VerticalLayout {

    protected final ErrorSummary problems = new ErrorSummary("problems");
    protected final Paragraph outcome = new Paragraph();

    AccountPage() {
        setMaxWidth("32rem");
        getStyle().set("margin", "0 auto");
        outcome.setId("outcome");
        outcome.setVisible(false);
    }

    /** Shows the problems on the fields that own their keys ({@code problems.field}) and in the summary. */
    protected void showProblems(List<UserMessage> messages) {
        problems.showMessages(messages);
    }

    protected void showOutcome(String key) {
        problems.clear();
        outcome.setText(getTranslation(key));
        outcome.setVisible(true);
    }
}
