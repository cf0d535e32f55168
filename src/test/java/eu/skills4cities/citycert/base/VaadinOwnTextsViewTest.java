package eu.skills4cities.citycert.base;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The texts Vaadin's components bring themselves (English) are replaced by the bundle's, here in Greek. */
class VaadinOwnTextsViewTest extends KaribuViewTest {

    private static final Locale GREEK = Locale.forLanguageTag("el");

    @Test
    void the_sign_in_form_says_a_missing_username_or_password_in_the_readers_language() {
        inGreek();
        UI.getCurrent().navigate("login");
        UI.getCurrent().refreshCurrentRoute(true);

        String texts = _get(LoginForm.class).getElement().getPropertyRaw("i18n").toString();
        assertThat(texts).contains("Εισαγάγετε το όνομα χρήστη σας.", "Εισαγάγετε τον κωδικό πρόσβασής σας.")
                .doesNotContain("Username is required", "Password is required");
    }

    @Test
    void the_menu_toggle_is_read_out_in_the_readers_language() {
        signIn(accounts.create(Role.ADMIN));
        UI.getCurrent().getPage().reload();
        inGreek();
        UI.getCurrent().navigate("");
        UI.getCurrent().refreshCurrentRoute(true);

        assertThat(_get(DrawerToggle.class).getAriaLabel()).contains("Εμφάνιση ή απόκρυψη του μενού");
    }

    @Test
    void an_upload_of_any_module_speaks_the_readers_language_and_its_size_limit() {
        inGreek();
        HeldUploads<String> held = new HeldUploads<>("test-upload", 3, 3 * 1024 * 1024,
                (name, type, content) -> name);
        Upload upload = held.component();
        UI.getCurrent().add(upload);

        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Επιλογή αρχείου…");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).contains("3,0 MB");
        assertThat(upload.getI18n().getUploading().getStatus().getConnecting()).isNotEqualTo("Connecting...");
    }

    @Test
    void a_multi_select_box_announces_its_choices_in_the_readers_language() {
        VaadinSession.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().setLocale(Locale.GERMAN);
        MultiSelectComboBox<String> box = MultiSelectTexts.spoken(new MultiSelectComboBox<>());
        UI.getCurrent().add(box);

        MultiSelectComboBoxI18n texts = box.getI18n();
        assertThat(texts.getSelected()).isEqualTo("zur Auswahl hinzugefügt");
        assertThat(texts.getDeselected()).isEqualTo("aus der Auswahl entfernt");
        assertThat(texts.getTotal()).as("the web component puts the count in").isEqualTo("Ausgewählt: {count}");
        assertThat(texts.getFocused()).isEqualTo("hat den Fokus. Zum Entfernen die Rücktaste drücken");
        assertThat(texts.getCleared()).isEqualTo("Auswahl aufgehoben");
    }

    private static void inGreek() {
        VaadinSession.getCurrent().setLocale(GREEK);
        UI.getCurrent().setLocale(GREEK);
    }
}
