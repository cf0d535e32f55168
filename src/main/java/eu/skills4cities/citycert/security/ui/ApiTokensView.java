package eu.skills4cities.citycert.security.ui;

import java.time.Instant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.security.ApiTokenInfo;
import eu.skills4cities.citycert.security.ApiTokenService;
import eu.skills4cities.citycert.security.CreatedApiToken;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.NewApiToken;
import jakarta.annotation.security.PermitAll;

/** The signed-in person's API tokens: create one (shown once), see them, revoke them. */
@Route("api-tokens")
@Menu(order = 90, title = "menu.api-tokens")
@PermitAll
class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final CurrentUser user;
    private final Grid<ApiTokenInfo> grid = new Grid<>();

    ApiTokensView(ApiTokenService tokens, CurrentUserProvider users) {
        this.tokens = tokens;
        this.user = users.require();
        setMaxWidth("64rem");

        TextField name = new TextField(getTranslation("api-tokens.name"));
        name.setId("token-name");
        name.setMaxLength(100);
        IntegerField validDays = new IntegerField(getTranslation("api-tokens.valid-days"));
        validDays.setId("token-valid-days");
        validDays.setValue(90);
        validDays.setMin(1);
        validDays.setMax(366);
        Paragraph problems = new Paragraph();
        problems.setId("token-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        problems.setVisible(false);
        // the new token, shown this once
        TextField created = new TextField(getTranslation("api-tokens.created"));
        created.setId("token-created");
        created.setReadOnly(true);
        created.setWidthFull();
        created.setVisible(false);
        Button create = new Button(getTranslation("api-tokens.create"), click -> {
            try {
                CreatedApiToken token = tokens.create(user, user.username(),
                        new NewApiToken(name.getValue(), validDays.getValue()));
                created.setValue(token.token());
                created.setVisible(true);
                problems.setVisible(false);
                name.clear();
                refresh();
            } catch (InvalidInputException e) {
                problems.setText(UiErrorHandling.text(e));
                problems.setVisible(true);
                created.setVisible(false);
            }
        });
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, validDays, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("tokens");
        grid.addColumn(ApiTokenInfo::name).setKey("name").setHeader(getTranslation("api-tokens.column.name"));
        grid.addColumn(t -> DateDisplay.dateTime(t.createdAt(), getLocale())).setKey("created")
                .setHeader(getTranslation("api-tokens.column.created"));
        grid.addColumn(t -> DateDisplay.dateTime(t.expiresAt(), getLocale())).setKey("expires")
                .setHeader(getTranslation("api-tokens.column.expires"));
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("api-tokens.never")
                : DateDisplay.dateTime(t.lastUsedAt(), getLocale())).setKey("last-used")
                .setHeader(getTranslation("api-tokens.column.last-used"));
        grid.addColumn(this::state).setKey("state").setHeader(getTranslation("api-tokens.column.state"));
        // a renderer, not a component per row: the click is not lost when the row renders anew
        grid.addColumn(LitRenderer.<ApiTokenInfo>of("""
                        <vaadin-button theme="small tertiary error" ?hidden="${!item.active}" @click="${revoke}"
                        >${item.label}</vaadin-button>""")
                        .withProperty("active", t -> t.activeAt(Instant.now()))
                        .withProperty("label", t -> getTranslation("api-tokens.revoke"))
                        .withFunction("revoke", this::revoke))
                .setKey("revoke").setFrozenToEnd(true);
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        refresh();

        add(new H2(getTranslation("api-tokens.title")), new Paragraph(getTranslation("api-tokens.intro")),
                form, problems, created, grid);
    }

    /** The row's Revoke button (a renderer function, which Karibu cannot click; tests call this). */
    void revoke(ApiTokenInfo token) {
        tokens.revoke(user, user.username(), token.id());
        refresh();
    }

    private String state(ApiTokenInfo token) {
        if (token.revokedAt() != null) {
            return getTranslation("api-tokens.state.revoked");
        }
        return getTranslation(token.activeAt(Instant.now()) ? "api-tokens.state.active" : "api-tokens.state.expired");
    }

    private void refresh() {
        grid.setItems(tokens.list(user, user.username()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api-tokens.title") + " | " + getTranslation("app.name");
    }
}
