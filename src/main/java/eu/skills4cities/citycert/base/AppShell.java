package eu.skills4cities.citycert.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;

/**
 * The page shell every view is rendered in: CityCert's theme ({@code src/main/frontend/themes/citycert},
 * Lumo with its badge and utility modules).
 */
@Theme("citycert")
public class AppShell implements AppShellConfigurator {
}
