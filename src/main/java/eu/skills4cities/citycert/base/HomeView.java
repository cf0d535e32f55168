package eu.skills4cities.citycert.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.Comparator;
import java.util.List;

/**
 * The start page: a greeting, then the {@link HomeSection}s of the modules that serve the
 * signed-in user (the candidate's, the staff's, the auditor's), then the link to verify a
 * certificate, which everybody has.
 */
@Route("")
@Menu(order = 0, title = "menu.home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(AuthenticationContext authentication, List<HomeSection> sections) {
        add(new H2(getTranslation("home.title", authentication.getPrincipalName().orElse(""))));
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
