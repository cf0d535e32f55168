package eu.skills4cities.citycert.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Tests only: a page whose opening fails inside, with internals in the exception's text. */
@PermitAll
@Route("test-only/failing")
class FailingTestView extends Div implements BeforeEnterObserver {

    static final String SECRET = "SELECT password_hash FROM user_account";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException(SECRET);
    }
}
