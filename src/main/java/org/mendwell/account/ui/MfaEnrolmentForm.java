package org.mendwell.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mendwell.shared.InvalidInputException;

/** The QR code to scan (or the key to type), and the first code from the app to confirm it. */
final class MfaEnrolmentForm extends Div {

    MfaEnrolmentForm(
            String otpauthUri,
            String secret,
            Function<String, Optional<List<String>>> confirm,
            Consumer<List<String>> confirmed) {
        addClassName("mw-narrow-form");
        var key = new Span(secret.replaceAll("(.{4})", "$1 ").strip());
        key.setId("mfa-secret");
        key.addClassName("mw-mfa-secret");
        var code = new TextField(getTranslation("account.code.field"));
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "one-time-code");
        var confirmButton = new Button(getTranslation("account.mfa-form.confirm"), click -> {
            try {
                confirm.apply(code.getValue())
                        .ifPresentOrElse(confirmed, () -> wrong(code, getTranslation("account.code.wrong")));
            } catch (InvalidInputException invalid) {
                wrong(code, invalid.problems().values().iterator().next());
            }
        });
        confirmButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new Paragraph(getTranslation("account.mfa-form.step-scan")),
                QrCode.image(otpauthUri, getTranslation("account.mfa-form.qr-description")),
                new Paragraph(getTranslation("account.mfa-form.cannot-scan")),
                key,
                new Paragraph(getTranslation("account.mfa-form.step-code")),
                code,
                confirmButton);
    }

    private static void wrong(TextField code, String message) {
        code.setErrorMessage(message);
        code.setInvalid(true);
    }
}
