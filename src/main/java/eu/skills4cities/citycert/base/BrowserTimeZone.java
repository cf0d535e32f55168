package eu.skills4cities.citycert.base;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The browser's time zone for {@link DateDisplay}. Flow 24 learns it only after the first page is drawn (its
 * extended client details come in a second round trip), so each new browser window is asked as its UI opens,
 * and the answer is kept in the session: every later window of the session knows the zone before it draws a
 * date. When the answer differs from the zone the page was drawn in (the server's, on the first page of a
 * session), the page's view is drawn again, so no page shows the server's times for long.
 */
@Component
class BrowserTimeZone implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(BrowserTimeZone.class);
    /** The session attribute holding the zone id the browser reported. */
    static final String SESSION_ZONE = "citycert.browser-time-zone";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.getPage().retrieveExtendedClientDetails(details -> received(ui, details.getTimeZoneId()));
        });
    }

    /**
     * The browser told its zone: kept for the session, and the current view drawn again when its dates were
     * drawn in another zone.
     */
    static void received(UI ui, String zoneId) {
        Optional<ZoneId> reported = parse(zoneId);
        VaadinSession session = ui.getSession();
        if (reported.isEmpty() || session == null) {
            return;
        }
        ZoneId drawnIn = ofSession(session).orElse(ZoneId.systemDefault());
        session.setAttribute(SESSION_ZONE, reported.get().getId());
        if (!reported.get().equals(drawnIn) && ui.getInternals().getActiveRouterTargetsChain().size() > 0) {
            log.debug("Browser time zone {} differs from {}: the view is drawn again", reported.get(), drawnIn);
            ui.refreshCurrentRoute(false);
        }
    }

    /** The zone an earlier window of the session reported, if any. */
    static Optional<ZoneId> ofSession(VaadinSession session) {
        Object id = session == null ? null : session.getAttribute(SESSION_ZONE);
        return id instanceof String zone ? parse(zone) : Optional.empty();
    }

    static Optional<ZoneId> parse(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(zoneId));
        } catch (DateTimeException unknownZone) {
            return Optional.empty();
        }
    }
}
