package org.mendwell.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.mendwell.account.PasswordPolicy;
import org.mendwell.account.PasswordResetService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.TranslatedTitle;
import org.mendwell.shared.ui.UrgentHelp;

/**
 * Where a reset link leads: choose a new password, then sign in as usual. It does not sign the
 * person in, so someone who only has the mailbox still meets the second factor.
 */
@Route(value = "reset-password/:token", autoLayout = false)
@AnonymousAllowed
class PasswordResetView extends Main implements BeforeEnterObserver, TranslatedTitle {

    @Override
    public String titleKey() {
        return "account.reset.title";
    }

    private final PasswordResetService resets;
    private final PasswordPolicy passwordPolicy;
    private final ViewerLanguage viewerLanguage;

    PasswordResetView(PasswordResetService resets, PasswordPolicy passwordPolicy, ViewerLanguage viewerLanguage) {
        this.resets = resets;
        this.passwordPolicy = passwordPolicy;
        this.viewerLanguage = viewerLanguage;
        addClassName("mw-login");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        resets.open(token).ifPresentOrElse(email -> showForm(token, email), this::showUnusable);
    }

    private void showUnusable() {
        removeAll();
        add(
                new VisitorLanguage(viewerLanguage),
                new H1(getTranslation("account.reset.unusable-heading")),
                new Paragraph(getTranslation("account.reset.unusable-text")),
                new Anchor("forgot-password", getTranslation("account.reset.ask-again")),
                new Anchor("login", getTranslation("account.go-to-sign-in")),
                UrgentHelp.note());
    }

    private void showForm(String token, String email) {
        var newPassword = new NewPasswordFields(passwordPolicy, getTranslation("account.reset.new-password"), email);
        var errors = newPassword.bindTo(new FieldErrors());
        var save = new Button(getTranslation("account.reset.save"), click -> {
            try {
                resets.reset(token, newPassword.value());
                showDone();
            } catch (InvalidInputException invalid) {
                if (invalid.problems().containsKey("token")) {
                    showUnusable();
                } else {
                    errors.show(invalid);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        var form = new Div(newPassword, save);
        form.addClassName("mw-narrow-form");
        add(
                new VisitorLanguage(viewerLanguage),
                new H1(getTranslation("account.reset.heading")),
                new Paragraph(getTranslation("account.reset.for", email)),
                form,
                UrgentHelp.note());
    }

    private void showDone() {
        removeAll();
        add(
                new H1(getTranslation("account.reset.done-heading")),
                new Paragraph(getTranslation("account.reset.done-text")),
                new Anchor("login", getTranslation("account.go-to-sign-in")));
    }
}
