package eu.skills4cities.citycert.security.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.base.Sha256;
import eu.skills4cities.citycert.security.ApiTokenInfo;
import eu.skills4cities.citycert.security.ApiTokenService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The account holder creates a token (shown once), sees it listed and revokes it. */
class ApiTokensViewTest extends KaribuViewTest {

    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcClient jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void a_holder_creates_sees_once_and_revokes_a_token() {
        CurrentUser user = accounts.create(Role.CANDIDATE);
        signIn(user);
        UI.getCurrent().navigate(ApiTokensView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("token-name")), "nightly export");
        _setValue(_get(IntegerField.class, spec -> spec.withId("token-valid-days")), 30);
        _click(_get(Button.class, spec -> spec.withId("token-create")));

        TextField shown = _get(TextField.class, spec -> spec.withId("token-created"));
        assertThat(shown.isVisible()).isTrue();
        String token = shown.getValue();
        assertThat(token).startsWith("cct_");
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ?").param(Sha256.hex(token))
                .query(Long.class).single()).isOne();

        Grid<ApiTokenInfo> grid = _get(Grid.class, spec -> spec.withId("tokens"));
        assertThat(GridKt._size(grid)).isOne();
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("nightly export", "Active", "never");

        // what the row's Revoke button calls (Karibu cannot click a renderer function)
        _get(ApiTokensView.class).revoke(GridKt._get(grid, 0));

        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Revoked");
        assertThat(tokens.list(user, user.username())).singleElement()
                .satisfies(info -> assertThat(info.revokedAt()).isNotNull());
        // a new visit no longer shows the token
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(ApiTokensView.class);
        _assertNone(TextField.class, spec -> spec.withId("token-created"));
    }

    @Test
    void a_nameless_token_is_refused_with_a_reason() {
        signIn(accounts.create(Role.REVIEWER));
        UI.getCurrent().navigate(ApiTokensView.class);

        _click(_get(Button.class, spec -> spec.withId("token-create")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("token-problems")).getText())
                .isEqualTo("Give the token a name of at most 100 characters.");
    }
}
