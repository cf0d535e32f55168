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
     * script makes each element so marked {@code inert} too, <em>while a modal dialog is open</em>, and gives every
     * one back when none is. A field's popup (a date picker's calendar) marks the page behind it as well, and under
     * load it can leave its marks behind when it opens and closes in quick succession (a date typed and ENTER
     * pressed at once): following the marks alone made the rest of the form inert for good, its fields refusing
     * focus and keys until the page was reloaded.
     */
    static final String INERT_BEHIND_MODALS = """
            (() => {
              const dialogs = 'vaadin-dialog-overlay[opened]:not([modeless]), vaadin-confirm-dialog-overlay[opened]';
              const sync = () => {
                const modal = document.querySelector(dialogs) !== null;
                if (modal) {
                  document.querySelectorAll('[data-aria-hidden="true"]:not([data-citycert-inert])').forEach((element) => {
                    if (!element.inert) {
                      element.inert = true;
                      element.setAttribute('data-citycert-inert', '');
                    }
                  });
                }
                document.querySelectorAll('[data-citycert-inert]').forEach((element) => {
                  if (!modal || element.getAttribute('data-aria-hidden') !== 'true') {
                    element.inert = false;
                    element.removeAttribute('data-citycert-inert');
                  }
                });
              };
              new MutationObserver(sync).observe(document.documentElement,
                  { subtree: true, attributes: true, attributeFilter: ['data-aria-hidden', 'opened'] });
            })();
            """;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addInlineWithContents(Inline.Position.APPEND, INERT_BEHIND_MODALS, Inline.Wrapping.JAVASCRIPT);
    }
}
