package eu.skills4cities.citycert.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The front door: what a visitor who is not signed in sees at {@code /} ({@link HomeView} shows it to
 * them in its place): what CityCert certifies and by which rules, in plain words, and the ways on
 * (the roles, verification, registration where it exists, sign-in). Its own address is
 * {@code /welcome}, so signed-in people can read it too.
 */
@Route(value = "welcome", layout = PublicLayout.class)
@AnonymousAllowed
class FrontDoorView extends Div implements HasDynamicTitle {

    FrontDoorView(BodyNames bodyNames) {
        setId("front-door");
        setClassName("front-door");
        H1 title = new H1(getTranslation("front-door.title"));
        Paragraph lead = new Paragraph(getTranslation("front-door.lead", bodyNames.in(getLocale())));
        lead.setId("front-door-lead");

        UnorderedList roles = new UnorderedList(
                new ListItem(getTranslation("front-door.role.developer")),
                new ListItem(getTranslation("front-door.role.manager")),
                new ListItem(getTranslation("front-door.role.consultant")));
        roles.setId("front-door-roles");
        Anchor catalogue = action("catalogue", "front-door.go.catalogue", "front-door-catalogue");
        Section what = section("front-door.what.title", new Paragraph(getTranslation("front-door.what.text")), roles,
                catalogue);

        Section how = section("front-door.how.title", new Paragraph(getTranslation("front-door.how.text")),
                new UnorderedList(new ListItem(getTranslation("front-door.how.impartial")),
                        new ListItem(getTranslation("front-door.how.assessed")),
                        new ListItem(getTranslation("front-door.how.recorded")),
                        new ListItem(getTranslation("front-door.how.verifiable"))));

        Section verify = section("front-door.verify.title", new Paragraph(getTranslation("front-door.verify.text")),
                action("verify", "front-door.go.verify", "front-door-verify"));

        Section start = SignedIn.isSignedIn()
                ? section("front-door.start.title", action("", "front-door.go.home", "front-door-home"))
                : section("front-door.start.title", new Paragraph(getTranslation(registration()
                        ? "front-door.start.text" : "front-door.start.text.no-registration")), ways());
        add(title, lead, what, how, verify, start);
    }

    private Div ways() {
        Div ways = new Div();
        ways.setClassName("front-door-actions");
        if (registration()) {
            ways.add(action(PublicLayout.REGISTER, "front-door.go.register", "front-door-register"));
        }
        ways.add(action("login", "front-door.go.sign-in", "front-door-sign-in"));
        return ways;
    }

    private static boolean registration() {
        return RouteConfiguration.forApplicationScope().isPathAvailable(PublicLayout.REGISTER);
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.add(content);
        section.setClassName("front-door-section");
        return section;
    }

    private Anchor action(String path, String key, String id) {
        Anchor link = new Anchor(path, getTranslation(key));
        link.setId(id);
        link.setClassName("front-door-action");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("front-door.page-title");
    }
}
