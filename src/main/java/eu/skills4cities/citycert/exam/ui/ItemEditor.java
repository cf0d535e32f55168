package eu.skills4cities.citycert.exam.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.exam.Difficulty;
import eu.skills4cities.citycert.exam.ExamItem;
import eu.skills4cities.citycert.exam.ItemBank;
import eu.skills4cities.citycert.exam.ItemDraft;
import eu.skills4cities.citycert.exam.ItemOption;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.security.CurrentUser;

/**
 * The item editor, in a dialog: the element chooser (role, unit, element of the published
 * frameworks), the code (for a new item), the stem, up to six options with their correct markers
 * (empty rows are left out), the explanation and the difficulty. The service checks everything;
 * its problems are listed in the dialog, which stays open.
 */
class ItemEditor extends Dialog {

    private final ItemBank bank;
    private final CurrentUser user;
    private final ExamItem editing;
    private final Consumer<ExamItem> saved;
    private final ElementChooser element;
    private final TextField code = new TextField();
    private final TextArea stem = new TextArea();
    private final List<TextField> optionTexts = new ArrayList<>();
    private final List<Checkbox> optionCorrect = new ArrayList<>();
    private final TextArea explanation = new TextArea();
    private final Select<Difficulty> difficulty = new Select<>();
    private final Div problems = new Div();

    /** @param editing the version to edit, or null for a new item */
    ItemEditor(ItemBank bank, CurrentUser user, List<PublishedRole> roles, ExamItem editing,
               Consumer<ExamItem> saved) {
        this.bank = bank;
        this.user = user;
        this.editing = editing;
        this.saved = saved;
        this.element = new ElementChooser(roles, false);
        setId("item-editor");
        setHeaderTitle(editing == null ? getTranslation("exam.editor.new")
                : getTranslation("exam.editor.edit", editing.code(), String.valueOf(editing.version())));
        code.setId("item-code");
        code.setLabel(getTranslation("exam.field.code"));
        code.setHelperText(getTranslation("exam.field.code.helper"));
        stem.setId("item-stem");
        stem.setLabel(getTranslation("exam.field.stem"));
        stem.setWidthFull();
        explanation.setId("item-explanation");
        explanation.setLabel(getTranslation("exam.field.explanation"));
        explanation.setWidthFull();
        difficulty.setId("item-difficulty");
        difficulty.setLabel(getTranslation("exam.field.difficulty"));
        difficulty.setItems(Difficulty.values());
        difficulty.setItemLabelGenerator(d -> getTranslation("exam.difficulty." + d.name()));
        problems.setId("editor-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        VerticalLayout form = new VerticalLayout(element);
        form.setPadding(false);
        if (editing == null) {
            form.add(code);
        }
        form.add(stem, new Paragraph(getTranslation("exam.field.options.helper")));
        for (int i = 0; i < 6; i++) {
            TextField text = new TextField();
            text.setId("option-" + i);
            text.setLabel(getTranslation("exam.field.option", String.valueOf(i + 1)));
            text.setWidth("28em");
            Checkbox correct = new Checkbox(getTranslation("exam.field.correct"));
            correct.setId("correct-" + i);
            optionTexts.add(text);
            optionCorrect.add(correct);
            HorizontalLayout row = new HorizontalLayout(text, correct);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.add(row);
        }
        form.add(explanation, difficulty, problems);
        add(form);
        if (editing != null) {
            fill(editing);
        }
        Button save = new Button(getTranslation("exam.editor.save"), click -> save());
        save.setId("save-item");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
        setWidth("48em");
    }

    private void fill(ExamItem item) {
        element.select(item.roleCode(), item.unitCode(), item.elementCode());
        stem.setValue(item.stem());
        for (int i = 0; i < item.options().size() && i < optionTexts.size(); i++) {
            optionTexts.get(i).setValue(item.options().get(i).text());
            optionCorrect.get(i).setValue(item.options().get(i).correct());
        }
        explanation.setValue(item.explanation());
        difficulty.setValue(item.difficulty());
    }

    private void save() {
        List<ItemOption> options = new ArrayList<>();
        for (int i = 0; i < optionTexts.size(); i++) {
            if (!optionTexts.get(i).getValue().isBlank() || optionCorrect.get(i).getValue()) {
                options.add(new ItemOption(optionTexts.get(i).getValue(), optionCorrect.get(i).getValue()));
            }
        }
        ItemDraft draft = new ItemDraft(editing == null ? code.getValue().strip() : editing.code(), element.roleCode(),
                element.unitCode(), element.elementCode(), stem.getValue(), options, explanation.getValue(),
                difficulty.getValue());
        try {
            ExamItem item = editing == null ? bank.create(user, draft) : bank.update(user, editing.id(), draft);
            close();
            saved.accept(item);
        } catch (InvalidInputException e) {
            problems.removeAll();
            UnorderedList list = new UnorderedList();
            UiErrorHandling.sentences(e).forEach(sentence -> list.add(new ListItem(sentence)));
            problems.add(list);
        } catch (RefusedException e) {
            UiErrorHandling.show(e);
        }
    }

}
