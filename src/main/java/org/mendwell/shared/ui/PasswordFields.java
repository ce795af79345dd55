package org.mendwell.shared.ui;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;

/**
 * Password fields whose "show password" button speaks the page's language. Vaadin's PasswordFieldI18n and LoginI18n
 * (25.2) have no text for it: the web component keeps its own English "Show password" in its {@code i18n.reveal}
 * property, read out as the button's name. Every password field of the portal is made here, so none is left in
 * English (PasswordFieldsTest holds views to that).
 */
public final class PasswordFields {

    private PasswordFields() {}

    /** A password field with its label, and its reveal button named in the page's language. */
    public static PasswordField labelled(String label) {
        var field = new PasswordField(label);
        field.getElement().setPropertyMap("i18n", Map.of("reveal", field.getTranslation("shared.password.reveal")));
        return field;
    }

    /**
     * The sign-in form's password field, which the form draws itself once its web component is defined: it is
     * reached there, as the form's other fields are.
     */
    public static void revealInPageLanguage(LoginForm form) {
        form.getElement().executeJs(NAME_THE_SIGN_IN_REVEAL_BUTTON, form.getTranslation("shared.password.reveal"));
    }

    private static final String NAME_THE_SIGN_IN_REVEAL_BUTTON = """
            customElements.whenDefined('vaadin-login-form').then(() => this.updateComplete).then(() => {
              const password = this.querySelector('vaadin-password-field');
              if (password) { password.i18n = { ...password.i18n, reveal: $0 }; }
            });""";
}
