package eu.skills4cities.citycert.base;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class UnexpectedErrorViewTest extends KaribuViewTest {

    /**
     * Karibu registers its own error views (which rethrow, so other tests fail fast); this test
     * opens the UI again with the application's error view for unexpected failures.
     */
    @org.junit.jupiter.api.BeforeEach
    void withTheApplicationsErrorView() {
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        com.github.mvysny.kaributesting.v10.Routes routes = new com.github.mvysny.kaributesting.v10.Routes();
        routes.getRoutes().add(FailingTestView.class);
        routes.getRoutes().add(MainLayout.class);
        routes.getErrorRoutes().add(UnexpectedErrorView.class);
        com.github.mvysny.kaributesting.v10.MockVaadin.setup(UI::new,
                new com.github.mvysny.kaributesting.v10.spring.MockSpringServlet(routes, context, UI::new));
    }

    @Test
    void a_page_that_fails_to_open_shows_a_sentence_and_an_error_id_never_the_exception() {
        signIn(accounts.create(Role.CANDIDATE));

        UI.getCurrent().navigate("test-only/failing");

        NavigatorKt.expectView(UnexpectedErrorView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("unexpected-error")).getText())
                .startsWith("Something went wrong.");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).matches("Error id: [0-9a-f-]{36}"))
                .allSatisfy(text -> assertThat(text).doesNotContain(FailingTestView.SECRET, "Exception", "at eu."));
    }

    @Test
    void a_page_that_found_no_database_connection_asks_to_try_again_shortly_with_an_error_id() {
        signIn(accounts.create(Role.CANDIDATE));

        UI.getCurrent().navigate("test-only/failing", QueryParameters.of("busy", "yes"));

        NavigatorKt.expectView(UnexpectedErrorView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("unexpected-error")).getText())
                .isEqualTo("The service is very busy just now. Please try again in a moment.");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).matches("Error id: [0-9a-f-]{36}"))
                .allSatisfy(text -> assertThat(text).doesNotContain(FailingTestView.SECRET, "Hikari", "Exception"));
    }
}
