package org.mendwell.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.mendwell.account.PasswordPolicy;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.PasswordFields;

/** A new password typed twice, with a strength meter; the service still judges the password. */
final class NewPasswordFields extends Div {

    private final PasswordField password;
    private final PasswordField repeat;

    NewPasswordFields(PasswordPolicy passwordPolicy, String label, String... personalWords) {
        password = PasswordFields.labelled(label);
        password.setHelperText(getTranslation("account.password.helper"));
        repeat = PasswordFields.labelled(getTranslation("account.password.repeat"));
        password.setValueChangeMode(ValueChangeMode.EAGER);
        password.setWidthFull();
        repeat.setWidthFull();

        var meter = new ProgressBar(0, 4, 0);
        meter.getElement().setAttribute("aria-label", getTranslation("account.password.strength-meter"));
        var meterLabel = new Span();
        meterLabel.addClassName("mw-strength-label");
        meterLabel.setId("password-strength");
        password.addValueChangeListener(change -> {
            var strength = passwordPolicy.strength(change.getValue(), personalWords);
            meter.setValue(strength.score());
            meterLabel.setText(
                    change.getValue().isEmpty()
                            ? ""
                            : strength.advice().isBlank()
                                    ? getTranslation("account.password.strength", strength.label())
                                    : getTranslation(
                                            "account.password.strength-with-advice",
                                            strength.label(),
                                            strength.advice()));
        });
        add(password, meter, meterLabel, repeat);
        setWidthFull();
    }

    /** Binds the fields to the service's "password" problems and to "repeat". */
    FieldErrors bindTo(FieldErrors errors) {
        return errors.bind("password", password).bind("repeat", repeat);
    }

    /** The password, or a problem shown at the second field when the two differ. */
    String value() {
        if (!password.getValue().equals(repeat.getValue())) {
            throw InvalidInputException.of("repeat", getTranslation("account.password.not-the-same"));
        }
        return password.getValue();
    }
}
