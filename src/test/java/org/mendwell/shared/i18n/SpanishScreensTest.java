package org.mendwell.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.shared.ui.PageLanguage;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The screens of the account, reminders, audit and staff features read in Spanish on a Spanish page. */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
class SpanishScreensTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;

    @BeforeEach
    void aSpanishPage() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
    }

    private String title() {
        return ((HasDynamicTitle) getCurrentView()).getPageTitle();
    }

    private String h2s() {
        return String.join(
                " | ", find(H2.class).all().stream().map(HasText::getText).toList());
    }

    @Test
    @WithAnonymousUser
    void the_sign_in_page_speaks_spanish_and_offers_english_in_its_own_name() {
        // A signed-out test opens on the sign-in page already, built in English: leave it so that it is built anew.
        navigate("forgot-password", Component.class);
        navigate("login", Component.class);

        assertThat(title()).isEqualTo("Iniciar sesión | Mendwell");
        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .contains("El portal de su consulta: ejercicios entre sesiones y las notas de su terapeuta.");
        assertThat(find(Button.class).withText("English").single().getElement().getAttribute("lang"))
                .isEqualTo("en");
        assertThat(find(Button.class).withText("Español").single().getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
    }

    @Test
    @WithAnonymousUser
    void the_forgot_password_page_speaks_spanish() {
        navigate("forgot-password", Component.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("¿Ha olvidado su contraseña?");
        assertThat(find(Button.class).withText("Enviarme un enlace").exists()).isTrue();
    }

    @Test
    void a_clinicians_account_security_page_speaks_spanish() {
        signIn.as(Demo.CLINICIAN);
        navigate("account", Component.class);

        assertThat(title()).isEqualTo("Seguridad de la cuenta | Mendwell");
        assertThat(h2s()).contains("Contraseña", "Aplicación de autenticación", "Zona horaria", "Idioma");
        assertThat(find(Button.class).withText("Cambiar la contraseña").exists())
                .isTrue();
    }

    /** Real use: the menu's screen-reader words for showing an entry's sub-entries were English. */
    @Test
    void the_menus_screen_reader_words_speak_spanish() {
        signIn.as(Demo.ADMIN);
        navigate("admin/consent", Component.class);

        var nav = find(com.vaadin.flow.component.sidenav.SideNav.class).single();
        assertThat(nav.getI18n()).isNotNull();
        assertThat(nav.getI18n().getToggle()).isEqualTo("Mostrar u ocultar los elementos que hay debajo");
    }

    /** Issue 16 exploration: the password fields' reveal button was named "Show password" on Spanish pages. */
    @Test
    void every_password_fields_reveal_button_speaks_spanish() {
        signIn.as(Demo.CLINICIAN);
        navigate("account", Component.class);

        var fields = find(PasswordField.class).all();
        assertThat(fields).hasSizeGreaterThanOrEqualTo(3);
        assertThat(fields)
                .allSatisfy(
                        field -> assertThat(String.valueOf(field.getElement().getPropertyRaw("i18n")))
                                .as(field.getLabel())
                                .contains("\"reveal\":\"Mostrar la contraseña\""));
    }

    @Test
    void a_clients_settings_speak_spanish() {
        signIn.as(Demo.CLIENT);
        navigate("my/settings", Component.class);

        assertThat(title()).isEqualTo("Ajustes | Mendwell");
        assertThat(find(Checkbox.class).single().getLabel()).startsWith("Enviarme un recordatorio por correo");
    }

    @Test
    void the_audit_trail_speaks_spanish_down_to_what_happened() {
        signIn.as(Demo.ADMIN);
        navigate("admin/audit", Component.class);

        assertThat(title()).isEqualTo("Registro de auditoría | Mendwell");
        assertThat(find(ComboBox.class).withCaption("Cliente").exists()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).single();
        assertThat(grid.getColumns())
                .extracting(Grid.Column::getHeaderText)
                .contains("Qué ocurrió", "Cuándo (hora de Londres)");
    }

    @Test
    void the_clinician_accounts_speak_spanish() {
        signIn.as(Demo.ADMIN);
        navigate("admin/clinicians", Component.class);

        assertThat(title()).isEqualTo("Terapeutas | Mendwell");
        assertThat(h2s()).contains("Cuentas de terapeutas");
        assertThat(find(Button.class).withText("Nueva cuenta de terapeuta").exists())
                .isTrue();
    }

    /** Vaadin's connection indicator said "Connection lost, trying to reconnect..." in English on every page. */
    @Test
    @WithAnonymousUser
    void the_connection_lost_texts_follow_the_pages_language() {
        UI ui = UI.getCurrent();

        PageLanguage.use(ui, Locale.forLanguageTag("es"));

        assertThat(ui.getReconnectDialogConfiguration().getDialogText())
                .isEqualTo("Se ha perdido la conexión. Intentando volver a conectar…");
        assertThat(ui.getReconnectDialogConfiguration().getDialogTextGaveUp())
                .isEqualTo(
                        "Se ha perdido la conexión. Compruebe su conexión y vuelva a cargar la página: lo que escribió"
                                + " se conserva.");

        PageLanguage.use(ui, Locale.UK);

        assertThat(ui.getReconnectDialogConfiguration().getDialogText())
                .isEqualTo("Connection lost. Trying to reconnect…");
    }

    /** Issue 16: when the connection came back, the indicator said "Online" in English on a Spanish page. */
    @Test
    @WithAnonymousUser
    void the_connection_indicators_online_text_follows_the_pages_language() {
        UI ui = UI.getCurrent();
        ui.getInternals().dumpPendingJavaScriptInvocations();

        PageLanguage.use(ui, Locale.forLanguageTag("es"));

        assertThat(ui.getInternals().dumpPendingJavaScriptInvocations())
                .filteredOn(js -> js.getInvocation().getExpression().contains("onlineText"))
                .singleElement()
                .satisfies(js -> assertThat(js.getInvocation().getParameters()).contains("Conexión recuperada"));
    }
}
