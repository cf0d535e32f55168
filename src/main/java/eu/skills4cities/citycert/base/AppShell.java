package eu.skills4cities.citycert.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/**
 * The page shell every view is rendered in: CityCert's theme ({@code src/main/frontend/themes/citycert},
 * Lumo with its badge and utility modules), and the page behind a modal overlay made inert.
 */
@Theme("citycert")
public class AppShell implements AppShellConfigurator {

    /**
     * Vaadin's modal overlays (dialogs, confirm dialogs) hide the rest of the page from assistive technology with
     * {@code aria-hidden}, marking what they hid with {@code data-aria-hidden}, but leave it focusable: a keyboard
     * or screen-reader user can still reach the links behind the dialog (axe-core's aria-hidden-focus). The page's
     * script makes each element so marked {@code inert} too, and gives it back when the overlay closes.
     */
    static final String INERT_BEHIND_MODALS = """
            (() => {
              const sync = (element) => {
                const hidden = element.getAttribute('data-aria-hidden') === 'true';
                if (hidden && !element.inert) {
                  element.inert = true;
                  element.setAttribute('data-citycert-inert', '');
                } else if (!hidden && element.hasAttribute('data-citycert-inert')) {
                  element.inert = false;
                  element.removeAttribute('data-citycert-inert');
                }
              };
              new MutationObserver((changes) => changes.forEach((change) => sync(change.target)))
                .observe(document.documentElement,
                  { subtree: true, attributes: true, attributeFilter: ['data-aria-hidden'] });
            })();
            """;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addInlineWithContents(Inline.Position.APPEND, INERT_BEHIND_MODALS, Inline.Wrapping.JAVASCRIPT);
    }
}
