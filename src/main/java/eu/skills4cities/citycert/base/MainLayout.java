package eu.skills4cities.citycert.base;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in view. The menu lists the views the user may open
 * ({@code @Menu} titles are message keys), so it never offers a page that would refuse them. Beside
 * an item, a badge counts what waits there for the user (the modules' {@link MenuBadge}s, asked
 * once per page opened, and only for the items shown); below the items, the groups of links to
 * pages outside the views that the modules offer the user ({@link MenuLinks}: the operator tools). The header
 * offers the languages ({@link LanguageSwitch}).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Map<MenuBadge, SideNavItem> badged = new LinkedHashMap<>();

    public MainLayout(AuthenticationContext authentication, List<MenuBadge> badges, List<MenuLinks> links,
                      LanguageSwitch languages, FullNames names) {
        Span title = new Span(getTranslation("app.name"));
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        // the person by name, as the start page greets them; the username (which signs in) on hover
        String username = SignedIn.name().orElse("");
        Span user = new Span(names.of(username).orElse(username));
        user.getElement().setAttribute("title", username);
        user.setId("current-user");
        Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setId("drawer-toggle");
        toggle.setAriaLabel(getTranslation("menu.drawer-toggle"));
        HorizontalLayout header = new HorizontalLayout(toggle, title, new LanguageSwitcher(languages), user,
                logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            nav.addItem(item);
            String path = route(entry.path());
            badges.stream().filter(badge -> route(badge.path()).equals(path)).findFirst()
                    .ifPresent(badge -> badged.put(badge, item));
        });
        addToDrawer(nav);
        for (MenuLinks group : links) {
            List<MenuLinks.Link> shown = group.shown();
            if (!shown.isEmpty()) {
                SideNav tools = new SideNav(getTranslation(group.titleKey()));
                tools.setCollapsible(true);
                tools.addClassName("menu-links");
                for (MenuLinks.Link link : shown) {
                    SideNavItem item = new SideNavItem(getTranslation(link.titleKey()), link.href());
                    // the engine's webapps and the API documentation are not Vaadin views
                    item.setRouterIgnore(true);
                    tools.addItem(item);
                }
                addToDrawer(tools);
            }
        }
        setPrimarySection(Section.DRAWER);
    }

    /** Counts again at each page: a task claimed or decided a moment ago shows at once. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        badged.forEach((badge, item) -> {
            long waiting = badge.waiting();
            item.setSuffixComponent(waiting > 0 ? countBadge(waiting) : null);
        });
    }

    /**
     * The count as a pill; a screen reader hears the item as Task inbox followed by 3 waiting (the figure itself is
     * hidden from it, the sentence is hidden from the eye).
     */
    private Span countBadge(long waiting) {
        Span figure = new Span(getTranslation("home.tile.count", waiting));
        figure.getElement().setAttribute("aria-hidden", "true");
        Span spoken = new Span(getTranslation("menu.badge.waiting", waiting));
        spoken.getStyle().set("position", "absolute").set("width", "1px").set("height", "1px")
                .set("overflow", "hidden").set("clip", "rect(0 0 0 0)").set("white-space", "nowrap");
        Span badge = new Span(figure, spoken);
        badge.addClassName("menu-badge");
        badge.getElement().getThemeList().add("badge pill small primary");
        return badge;
    }

    private static String route(String path) {
        String route = path.startsWith("/") ? path.substring(1) : path;
        return route.endsWith("/") ? route.substring(0, route.length() - 1) : route;
    }
}
