package eu.skills4cities.citycert.privacy.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.skills4cities.citycert.base.ErrorSummary;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.LanguageSwitch;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.notification.MailTopic;
import eu.skills4cities.citycert.privacy.PersonalDataService;
import eu.skills4cities.citycert.security.AccountSettings;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Languages;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.PermitAll;

/**
 * Everybody's own account, one section per thing to change: name; email address (re-verified: the new
 * address gets a link, the old one keeps working until it is followed); password; which optional mails to get;
 * language; download of all their data; for candidates, deletion of the account, confirmed twice (the username
 * typed, then a dialog). Staff are told why theirs is closed by an administrator instead: their work is part of
 * the certification records. Each form shows its problems on its fields and in an error summary above it.
 */
@Route("account")
// near the end of the menu, with the API tokens: the person's own things, after their work
@Menu(order = 89, title = "menu.account")
@PermitAll
class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    private final AccountSettings settings;
    private final LanguageSwitch languages;
    private final CurrentUser user;

    MyAccountView(PersonalDataService personalData, AccountSettings settings, CurrentUserProvider users,
                  AuthenticationContext authentication, LanguageSwitch languages) {
        this.settings = settings;
        this.languages = languages;
        this.user = users.require();
        setMaxWidth("48rem");
        AccountSettings.Settings mine = settings.of(user);
        add(new H2(getTranslation("account.title")), new Paragraph(getTranslation("account.intro", mine.username())),
                nameSection(mine), emailSection(mine), passwordSection(), mailSection(mine), languageSection(mine),
                exportSection(), user.has(Role.CANDIDATE) ? deleteSection(personalData, authentication)
                        : staffClosingSection());
    }

    private Div nameSection(AccountSettings.Settings mine) {
        TextField name = new TextField(getTranslation("account.name.label"));
        name.setId("account-full-name");
        name.setValue(mine.fullName());
        name.setMaxLength(200);
        name.setWidthFull();
        name.setHelperText(getTranslation("account.name.helper"));
        ErrorSummary problems = new ErrorSummary("name-problems");
        problems.field(name, "problem.account.full-name");
        Paragraph done = outcome("name-saved");
        Button save = new Button(getTranslation("account.name.save"), click -> {
            try {
                settings.changeName(user, name.getValue());
                problems.clear();
                said(done, "account.name.saved");
            } catch (InvalidInputException e) {
                done.setVisible(false);
                problems.showMessages(e.problems());
            }
        });
        save.setId("save-name");
        return section("account-name", "account.name.title", problems, name, save, done);
    }

    private Div emailSection(AccountSettings.Settings mine) {
        Paragraph current = new Paragraph(getTranslation("account.email.current", mine.email()));
        current.setId("email-current");
        Paragraph pending = new Paragraph();
        pending.setId("email-pending");
        Button cancel = new Button(getTranslation("account.email.cancel"));
        cancel.setId("cancel-email-change");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showPending(pending, cancel, mine.pendingEmail(), mine.email());
        cancel.addClickListener(click -> {
            settings.cancelEmailChange(user);
            showPending(pending, cancel, null, mine.email());
        });

        EmailField address = new EmailField(getTranslation("account.email.new"));
        address.setId("account-new-email");
        address.setWidthFull();
        PasswordField password = new PasswordField(getTranslation("account.current-password"));
        password.setId("email-current-password");
        password.setHelperText(getTranslation("account.email.password-helper"));
        password.setWidthFull();
        ErrorSummary problems = new ErrorSummary("email-problems");
        problems.field(address, "problem.account.email");
        problems.field(password, "problem.password.current");
        Button change = new Button(getTranslation("account.email.change"), click -> {
            try {
                settings.requestEmailChange(user, address.getValue(), password.getValue());
                problems.clear();
                showPending(pending, cancel, address.getValue().strip(), mine.email());
                address.clear();
                password.clear();
            } catch (InvalidInputException e) {
                problems.showMessages(e.problems());
            }
        });
        change.setId("change-email");
        return section("account-email", "account.email.title", problems, current, pending, cancel, address,
                password, change);
    }

    private void showPending(Paragraph pending, Button cancel, String address, String current) {
        pending.setVisible(address != null);
        cancel.setVisible(address != null);
        if (address != null) {
            pending.setText(getTranslation("account.email.pending", address, current));
        }
    }

    private Div passwordSection() {
        PasswordField current = new PasswordField(getTranslation("account.current-password"));
        current.setId("password-current");
        PasswordField fresh = new PasswordField(getTranslation("account.password.new"));
        fresh.setId("password-new");
        fresh.setHelperText(getTranslation("register.password.helper"));
        PasswordField repeat = new PasswordField(getTranslation("register.password.repeat"));
        repeat.setId("password-repeat");
        for (PasswordField field : List.of(current, fresh, repeat)) {
            field.setWidthFull();
        }
        ErrorSummary problems = new ErrorSummary("password-problems");
        problems.field(current, "problem.password.current");
        problems.field(repeat, "problem.password.repeat");
        problems.field(fresh, "problem.password.");
        Paragraph done = outcome("password-changed");
        Button change = new Button(getTranslation("account.password.change"), click -> {
            done.setVisible(false);
            if (!fresh.getValue().equals(repeat.getValue())) {
                problems.showMessages(List.of(UserMessage.of("problem.password.repeat")));
                return;
            }
            try {
                VaadinSession session = VaadinSession.getCurrent();
                settings.changePassword(user, current.getValue(), fresh.getValue(),
                        session == null ? null : session.getSession().getId());
                problems.clear();
                current.clear();
                fresh.clear();
                repeat.clear();
                said(done, "account.password.changed");
            } catch (InvalidInputException e) {
                problems.showMessages(e.problems());
            }
        });
        change.setId("change-password");
        return section("account-password", "account.password.title", problems, current, fresh, repeat,
                change, done);
    }

    private Div mailSection(AccountSettings.Settings mine) {
        CheckboxGroup<MailTopic> topics = new CheckboxGroup<>(getTranslation("account.mail.label"));
        topics.setId("mail-topics");
        topics.setItems(MailTopic.values());
        topics.setItemLabelGenerator(topic -> getTranslation("account.mail.topic." + topic.name()));
        Set<MailTopic> wanted = EnumSet.allOf(MailTopic.class);
        wanted.removeAll(mine.declined());
        topics.setValue(wanted);
        topics.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
        Paragraph mandatory = new Paragraph(getTranslation("account.mail.mandatory"));
        mandatory.setId("mail-mandatory");
        Paragraph done = outcome("mail-saved");
        Button save = new Button(getTranslation("account.mail.save"), click -> {
            Set<MailTopic> declined = EnumSet.allOf(MailTopic.class);
            declined.removeAll(topics.getValue());
            settings.chooseMail(user, declined);
            said(done, "account.mail.saved");
        });
        save.setId("save-mail");
        return section("account-mail", "account.mail.title", topics, mandatory, save, done);
    }

    private Div languageSection(AccountSettings.Settings mine) {
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("account.language.label"));
        language.setId("language");
        language.setItems(Languages.SUPPORTED);
        // each language named in itself, as people look for their own
        language.setItemLabelGenerator(Languages::nameOf);
        language.setValue(Languages.supported(mine.language()).orElse(Languages.DEFAULT));
        language.setHelperText(getTranslation("account.language.chosen"));
        Paragraph done = outcome("language-saved");
        Button save = new Button(getTranslation("account.language.save"), click -> {
            try {
                Locale chosen = language.getValue();
                settings.chooseLanguage(user, chosen == null ? null : chosen.toLanguageTag());
                language.setInvalid(false);
                if (chosen.getLanguage().equals(getLocale().getLanguage())) {
                    said(done, "account.language.saved");
                } else {
                    // the page is shown again in the language chosen, and says so in it
                    UI ui = UI.getCurrent();
                    languages.switchTo(ui, chosen);
                    Notification.show(ui.getTranslation("account.language.saved"));
                }
            } catch (InvalidInputException e) {
                done.setVisible(false);
                language.setErrorMessage(UiErrorHandling.text(e));
                language.setInvalid(true);
            }
        });
        save.setId("save-language");
        return section("account-language", "account.language.title", language, save, done);
    }

    private Div exportSection() {
        Anchor export = new Anchor("api/me/data", getTranslation("account.export"));
        export.setId("export");
        export.setDownload(true);
        export.setRouterIgnore(true);
        return section("account-export", "account.export", new Paragraph(getTranslation("account.export.intro")),
                export);
    }

    private Div deleteSection(PersonalDataService personalData, AuthenticationContext authentication) {
        TextField confirmation = new TextField(getTranslation("account.delete.confirm-label"));
        confirmation.setId("delete-confirmation");
        confirmation.setWidthFull();
        confirmation.setManualValidation(true);
        confirmation.addValueChangeListener(change -> confirmation.setInvalid(false));
        Paragraph problem = new Paragraph();
        problem.setId("delete-problem");
        problem.addClassName(LumoUtility.TextColor.ERROR);
        problem.getElement().setAttribute("role", "alert");
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("delete-dialog");
        dialog.setHeader(getTranslation("account.delete.dialog.title"));
        dialog.setText(getTranslation("account.delete.dialog.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("account.delete.dialog.cancel"));
        dialog.setConfirmText(getTranslation("account.delete.button"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> {
            try {
                personalData.deleteAccount(user, confirmation.getValue().strip());
                authentication.logout();
            } catch (RefusedException e) {
                problem.setText(UiErrorHandling.text(e));
            }
        });
        Button delete = new Button(getTranslation("account.delete.button"), click -> {
            problem.setText("");
            if (!user.username().equals(confirmation.getValue().strip())) {
                confirmation.setErrorMessage(getTranslation("account.delete.confirm-mismatch"));
                confirmation.setInvalid(true);
                confirmation.focus();
                return;
            }
            dialog.open();
        });
        delete.setId("delete-account");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        return section("account-delete", "account.delete.title",
                new Paragraph(getTranslation("account.delete.intro")), confirmation, problem, delete);
    }

    /** Why staff cannot delete their account here (the service refuses it too: PersonalDataService). */
    private Div staffClosingSection() {
        Paragraph why = new Paragraph(getTranslation("account.close.staff"));
        why.setId("account-close-staff");
        return section("account-close", "account.close.title", why);
    }

    private Paragraph outcome(String id) {
        Paragraph outcome = new Paragraph();
        outcome.setId(id);
        outcome.getElement().setAttribute("role", "status");
        outcome.setVisible(false);
        return outcome;
    }

    private void said(Paragraph outcome, String key) {
        outcome.setText(getTranslation(key));
        outcome.setVisible(true);
    }

    private Div section(String id, String titleKey, Component... content) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.add(content);
        section.setId(id);
        section.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
                LumoUtility.Width.FULL, LumoUtility.AlignItems.START);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " | " + getTranslation("app.name");
    }
}
