package eu.skills4cities.citycert.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Asks each new browser window for its details (its time zone among them) as its UI opens, so that
 * {@link DateDisplay} shows times in the visitor's zone from the first answer on. Flow asks on its
 * own only for views kept on refresh.
 */
@Component
class BrowserTimeZone implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getPage().retrieveExtendedClientDetails(details -> {
            // nothing to do now: the UI keeps the details, DateDisplay reads them
        }));
    }
}
