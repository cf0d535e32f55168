package eu.skills4cities.citycert.base;

import java.sql.SQLTransientConnectionException;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tests only: a page whose opening fails inside, with internals in the exception's text; with {@code ?busy}
 * it fails for want of a database connection, as a page does when the pool stays exhausted.
 */
@PermitAll
@Route("test-only/failing")
class FailingTestView extends Div implements BeforeEnterObserver {

    static final String SECRET = "SELECT password_hash FROM user_account";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("busy")) {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available: " + SECRET));
        }
        throw new IllegalStateException(SECRET);
    }
}
