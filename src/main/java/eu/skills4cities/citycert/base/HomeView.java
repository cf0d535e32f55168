package eu.skills4cities.citycert.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The start page: where to go next, depending on the user's roles. */
@Route("")
@Menu(order = 0, title = "menu.home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(AuthenticationContext authentication) {
        add(new H2(getTranslation("home.title", authentication.getPrincipalName().orElse(""))));
        if (authentication.hasRole("CANDIDATE")) {
            add(new Paragraph(getTranslation("home.candidate")));
            Anchor myData = link("home.my-data", "api/me/data");
            myData.setId("my-data");
            myData.setDownload(true);
            myData.setRouterIgnore(true);
            add(link("home.go.applications", "applications"), link("home.go.certificates", "certificates"), myData);
        }
        if (authentication.hasAnyRole("REVIEWER", "ASSESSOR", "CERTIFICATION_OFFICER")) {
            add(new Paragraph(getTranslation("home.staff")));
            add(link("home.go.inbox", "inbox"));
        }
        add(link("verification.link", "verify"));
    }

    /** A plain link by path: the shell does not depend on the feature views it points to. */
    private Anchor link(String key, String path) {
        return new Anchor(path, getTranslation(key));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
