package eu.skills4cities.citycert.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Comparator;
import java.util.List;

/**
 * The start page: a greeting, then the {@link HomeSection}s of the modules that serve the
 * signed-in user (the candidate's, the staff's, the auditor's), then the link to verify a
 * certificate, which everybody has. A visitor who is not signed in is shown the front door
 * ({@link FrontDoorView}) at the same address, so {@code /} is open to everybody while the
 * sections are built only for someone signed in.
 */
// the layout named, not found automatically: Vaadin would refuse visitors the automatic layout (MainLayout is
// for the signed-in), and they must reach this view to be shown the front door
@Route(value = "", layout = MainLayout.class)
@Menu(order = 0, title = "menu.home")
@AnonymousAllowed
class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final List<HomeSection> sections;
    private final FullNames names;

    HomeView(List<HomeSection> sections, FullNames names) {
        this.sections = sections;
        this.names = names;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!SignedIn.isSignedIn()) {
            event.rerouteTo(FrontDoorView.class);
            return;
        }
        removeAll();
        // greeted by full name, as people call each other; the username where no account has it
        String username = SignedIn.name().orElse("");
        H2 greeting = new H2(getTranslation("home.title", names.of(username).orElse(username)));
        greeting.setId("home-greeting");
        add(greeting);
        sections.stream().filter(HomeSection::shown)
                .sorted(Comparator.comparingInt(HomeSection::order))
                .forEach(section -> add(section.content()));
        add(new Anchor("verify", getTranslation("verification.link")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
