package eu.skills4cities.citycert.exam.ui;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.exam.Difficulty;
import eu.skills4cities.citycert.exam.ExamItem;
import eu.skills4cities.citycert.exam.ItemBank;
import eu.skills4cities.citycert.exam.ItemFilter;
import eu.skills4cities.citycert.exam.ItemStatus;
import eu.skills4cities.citycert.exam.TestItems;
import eu.skills4cities.citycert.framework.ElementDefinition;
import eu.skills4cities.citycert.framework.RoleDefinition;
import eu.skills4cities.citycert.framework.UnitDefinition;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The item bank page: an author writes and submits, is refused the approval, and a second author approves. */
class ItemBankViewTest extends KaribuViewTest {

    @Autowired
    ItemBank bank;

    @Test
    void an_author_creates_an_item_the_author_may_not_approve_it_and_a_second_author_does() {
        CurrentUser author = accounts.create(Role.EXAM_AUTHOR);
        signIn(author);
        UI.getCurrent().navigate(ItemBankView.class);
        String code = TestItems.freshCode();

        _click(_get(Button.class, spec -> spec.withId("new-item")));
        Dialog editor = _get(Dialog.class, spec -> spec.withId("item-editor"));
        choose(editor, "SCPD", "SCPD-U1", "SCPD-U1-E1");
        _setValue(_get(editor, TextField.class, spec -> spec.withId("item-code")), code);
        _setValue(_get(editor, TextArea.class, spec -> spec.withId("item-stem")), "Which is a smart city domain?");
        _setValue(_get(editor, TextField.class, spec -> spec.withId("option-0")), "Mobility");
        _setValue(_get(editor, Checkbox.class, spec -> spec.withId("correct-0")), true);
        _setValue(_get(editor, TextField.class, spec -> spec.withId("option-1")), "Heraldry");
        _click(_get(editor, Button.class, spec -> spec.withId("save-item")));

        // two options: refused with the reason, the dialog stays open and nothing is saved
        assertThat(_find(_get(editor, Div.class, spec -> spec.withId("editor-problems")), ListItem.class))
                .extracting(ListItem::getText).containsExactly(
                        "options: an item has 3 to 6 options; this one has 2.",
                        "explanation is required.", "difficulty is required.");
        assertThat(bank.list(author, new ItemFilter(null, null, null, null, code), 0, 5).total()).isZero();

        _setValue(_get(editor, TextField.class, spec -> spec.withId("option-2")), "Astrology");
        _setValue(_get(editor, TextArea.class, spec -> spec.withId("item-explanation")), "Mobility is a domain.");
        @SuppressWarnings("unchecked")
        Select<Difficulty> difficulty = _get(editor, Select.class, spec -> spec.withId("item-difficulty"));
        _setValue(difficulty, Difficulty.EASY);
        _click(_get(editor, Button.class, spec -> spec.withId("save-item")));
        assertThat(editor.isOpened()).isFalse();

        ExamItem created = bank.list(author, new ItemFilter(null, null, null, null, code), 0, 5).items().get(0);
        assertThat(created.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withId("selected-options")), ListItem.class))
                .extracting(ListItem::getText).containsExactly("✔ Mobility (correct)", "✘ Heraldry", "✘ Astrology");
        confirm("submit-item");
        assertThat(bank.get(author, created.id()).status()).isEqualTo(ItemStatus.SUBMITTED);

        // the author: no approve button, the four-eyes reason instead
        select(code);
        assertThat(_find(Button.class, spec -> spec.withId("approve-item"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("four-eyes")).getText())
                .isEqualTo("You wrote or last edited this version: another author or a certification officer "
                        + "approves it.");

        CurrentUser approver = accounts.create(Role.EXAM_AUTHOR);
        signIn(approver);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(ItemBankView.class);
        select(code);
        confirm("approve-item");
        assertThat(bank.get(author, created.id()).status()).isEqualTo(ItemStatus.APPROVED);
        // the grid shows the status as a badge in words and tone (base.StatusBadge)
        @SuppressWarnings("unchecked")
        Grid<ExamItem> items = _get(Grid.class, spec -> spec.withId("items"));
        assertThat(eu.skills4cities.citycert.GridBadges.badge(items, "status", bank.get(author, created.id())))
                .isEqualTo("Approved / SUCCESS");

        UI.getCurrent().navigate("");
        eu.skills4cities.citycert.base.AttentionTile awaiting = _get(eu.skills4cities.citycert.base.AttentionTile.class,
                spec -> spec.withId("home-item-bank-awaiting"));
        assertThat(awaiting.getHref()).isEqualTo("exam/items");
        assertThat(awaiting.getElement().getTextRecursively()).contains("Items you may approve");
        assertThat(awaiting.count()).isEqualTo(bank.awaitingApproval(approver));
    }

    @Test
    void an_auditor_reads_but_writes_nothing_and_a_candidate_or_assessor_cannot_open_the_page() {
        ExamItem item = bank.create(accounts.create(Role.EXAM_AUTHOR), TestItems.valid(TestItems.freshCode()));
        signIn(accounts.create(Role.AUDITOR));
        UI.getCurrent().navigate(ItemBankView.class);
        NavigatorKt.expectView(ItemBankView.class);
        select(item.code());
        assertThat(_find(Button.class).stream().map(Button::getId).flatMap(java.util.Optional::stream))
                .doesNotContain("new-item", "edit-item", "submit-item", "approve-item", "retire-item");

        for (Role role : List.of(Role.CANDIDATE, Role.ASSESSOR, Role.REVIEWER)) {
            UI.getCurrent().navigate("");
            signIn(accounts.create(role));
            UI.getCurrent().getPage().reload();
            try {
                UI.getCurrent().navigate("exam/items");
            } catch (AssertionError refused) {
                // Karibu reports the view's refusal by its annotations as an error
                assertThat(refused).hasMessageContaining("AccessDenied");
            }
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(role.name())
                    .noneMatch(ItemBankView.class::isInstance);
        }
    }

    private void select(String code) {
        TextField search = _get(TextField.class, spec -> spec.withId("filter-text"));
        _setValue(search, code);
        @SuppressWarnings("unchecked")
        Grid<ExamItem> items = _get(Grid.class, spec -> spec.withId("items"));
        assertThat(GridKt._size(items)).isEqualTo(1);
        items.select(GridKt._get(items, 0));
    }

    private void confirm(String buttonId) {
        _click(_get(Button.class, spec -> spec.withId(buttonId)));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
    }

    @SuppressWarnings("unchecked")
    private static void choose(Dialog editor, String role, String unit, String element) {
        Select<RoleDefinition> roles = _get(editor, Select.class, spec -> spec.withId("item-role"));
        _setValue(roles, roles.getListDataView().getItems().filter(r -> r.code().equals(role)).findFirst()
                .orElseThrow());
        Select<UnitDefinition> units = _get(editor, Select.class, spec -> spec.withId("item-unit"));
        _setValue(units, units.getListDataView().getItems().filter(u -> u.code().equals(unit)).findFirst()
                .orElseThrow());
        Select<ElementDefinition> elements = _get(editor, Select.class, spec -> spec.withId("item-element"));
        _setValue(elements, elements.getListDataView().getItems().filter(e -> e.code().equals(element)).findFirst()
                .orElseThrow());
    }
}
