package eu.skills4cities.citycert.base;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

class NavigationAccessViewTest extends KaribuViewTest {

    @Test
    void visitors_who_are_not_signed_in_are_sent_to_the_login_page() {
        UI.getCurrent().navigate("applications");

        // the login view is configured by path, so the browser is sent there by a page load
        // (the page shown before is the front door of the root, where Karibu starts)
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneSatisfy(part -> assertThat(part.getClass().getSimpleName()).contains("Application"));
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(js -> assertThat(js.getInvocation().getParameters()).anySatisfy(
                        parameter -> assertThat(String.valueOf(parameter)).endsWith("login")));
    }

    @Test
    void the_login_view_is_open_to_everybody() {
        UI.getCurrent().navigate("login");

        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void a_candidate_is_refused_the_staff_inbox() {
        signIn(accounts.create(Role.CANDIDATE));

        UI.getCurrent().navigate("inbox");

        assertThat(NavigatorKt.getCurrentView()).isNotInstanceOf(HomeView.class);
        assertThat(NavigatorKt.getCurrentView().getClass().getSimpleName()).doesNotContain("Inbox");
    }

    @Test
    void the_menu_offers_each_role_only_its_own_views() {
        signIn(accounts.create(Role.CANDIDATE));
        UI.getCurrent().navigate("");
        NavigatorKt.expectView(HomeView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .containsExactly("Home", "My applications", "My certificates", "Appeals", "My account", "API tokens");

        signIn(accounts.create(Role.REVIEWER));
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Home", "Task inbox",
                "Renewals to check", "My account", "API tokens");

        signIn(accounts.create(Role.AUDITOR));
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Home",
                "Register of certificates", "Applications (audit)", "Audit log", "Reports", "Frameworks", "Item bank",
                "My account", "API tokens");

        signIn(accounts.create(Role.CERTIFICATION_OFFICER));
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Home", "Task inbox",
                "Register of certificates", "Suspended certificates", "Running exams", "Complaints", "Reports", "Item bank",
                "My account", "API tokens");

        signIn(accounts.create(Role.APPEALS_PANEL));
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Home", "Task inbox",
                "Appeals panel", "My account", "API tokens");

        signIn(accounts.create(Role.EXAM_AUTHOR));
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");
        // exam authors read the reports' exam item statistics (exam-reports)
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Home", "Reports",
                "Item bank", "My account", "API tokens");
    }
}
