package org.mendwell.account.ui;

import com.vaadin.flow.component.UI;
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
import java.util.Optional;
import org.mendwell.account.InvitationService;
import org.mendwell.account.InvitationService.InvitedPerson;
import org.mendwell.account.MyLanguageService;
import org.mendwell.account.PasswordPolicy;
import org.mendwell.account.security.SessionSignIn;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.i18n.Language;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.Focus;
import org.mendwell.shared.ui.PageLanguage;
import org.mendwell.shared.ui.TranslatedTitle;
import org.mendwell.shared.ui.UrgentHelp;

/** Where an invited client chooses their password; then they are signed in and start their intake. */
@Route(value = "invitation/:token", autoLayout = false)
@AnonymousAllowed
class ActivationView extends Main implements BeforeEnterObserver, TranslatedTitle {

    @Override
    public String titleKey() {
        return "account.activation.title";
    }

    private final InvitationService invitations;
    private final PasswordPolicy passwordPolicy;
    private final SessionSignIn sessionSignIn;
    private final MyLanguageService myLanguage;
    private final ViewerLanguage viewerLanguage;

    ActivationView(
            InvitationService invitations,
            PasswordPolicy passwordPolicy,
            SessionSignIn sessionSignIn,
            MyLanguageService myLanguage,
            ViewerLanguage viewerLanguage) {
        this.invitations = invitations;
        this.passwordPolicy = passwordPolicy;
        this.sessionSignIn = sessionSignIn;
        this.myLanguage = myLanguage;
        this.viewerLanguage = viewerLanguage;
        addClassName("mw-login");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        invitations.open(token).ifPresentOrElse(person -> showForm(token, person), this::showUnusable);
    }

    private void showUnusable() {
        add(
                new VisitorLanguage(viewerLanguage),
                new H1(getTranslation("account.activation.unusable-heading")),
                new Paragraph(getTranslation("account.activation.unusable-text")),
                new Anchor("login", getTranslation("account.go-to-sign-in")),
                UrgentHelp.note());
    }

    private void showForm(String token, InvitedPerson person) {
        // The page opens in the language the client was invited in, unless they picked another for this visit;
        // without one it follows their browser. Choosing above reloads the page in the language chosen.
        if (person.language() != null && ViewerLanguage.chosenForThisVisit().isEmpty()) {
            getUI().or(() -> Optional.ofNullable(UI.getCurrent()))
                    .ifPresent(ui -> PageLanguage.use(ui, viewerLanguage.viewerLocaleIn(person.language())));
        }
        Language pageLanguage = Language.of(getLocale()).orElse(Language.ENGLISH);
        var newPassword = new NewPasswordFields(
                passwordPolicy, getTranslation("account.activation.password"), person.email(), person.displayName());
        var errors = newPassword.bindTo(new FieldErrors());
        var choose = new Button(getTranslation("account.activation.continue"), click -> {
            try {
                String email = invitations.activate(token, newPassword.value());
                sessionSignIn.signIn(email);
                // The language they read this page in becomes their account's, so e-mails follow it.
                myLanguage.choose(pageLanguage);
                Focus.headingAfterNextPageLoad();
                getUI().ifPresent(ui -> ui.getPage().setLocation("intake"));
            } catch (InvalidInputException invalid) {
                if (invalid.problems().containsKey("token")) {
                    removeAll();
                    showUnusable();
                } else {
                    errors.show(invalid);
                }
            }
        });
        choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        choose.setWidthFull();

        var form = new Div(newPassword, choose);
        form.addClassName("mw-activation-form");
        add(
                new VisitorLanguage(viewerLanguage),
                new H1(getTranslation("account.activation.heading", person.displayName())),
                new Paragraph(getTranslation("account.activation.intro", person.email())),
                new Paragraph(getTranslation("account.activation.language", getTranslation(pageLanguage.nameKey()))),
                form,
                UrgentHelp.note());
    }
}
