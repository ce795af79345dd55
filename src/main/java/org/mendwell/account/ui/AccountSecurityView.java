package org.mendwell.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.MyAccountService;
import org.mendwell.account.MyLanguageService;
import org.mendwell.account.MySecurity;
import org.mendwell.account.MyTimeZoneService;
import org.mendwell.account.PasswordPolicy;
import org.mendwell.account.PracticeSecurity;
import org.mendwell.account.Role;
import org.mendwell.account.SignedInUser;
import org.mendwell.account.security.SessionPolicy;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.Focus;
import org.mendwell.shared.ui.PasswordFields;
import org.mendwell.shared.ui.TranslatedTitle;

/** Anyone's own sign-in settings: e-mail address (changed through a link sent to the new one), password, authenticator app and recovery codes; for administrators, the practice's rule. */
@Route("account")
@Menu(title = "account.menu.account-security", order = 100)
@PermitAll
class AccountSecurityView extends Main implements TranslatedTitle {

    @Override
    public String titleKey() {
        return "account.security.title";
    }

    private final MyAccountService myAccount;
    private final PasswordPolicy passwordPolicy;
    private final PracticeSecurity practiceSecurity;
    private final SessionPolicy sessionPolicy;
    private final SignedInUser me;
    private final Section emailSection = new Section();
    private final Section passwordSection = new Section();
    private final Section mfaSection = new Section();

    AccountSecurityView(
            MyAccountService myAccount,
            PasswordPolicy passwordPolicy,
            PracticeSecurity practiceSecurity,
            SessionPolicy sessionPolicy,
            CurrentUser currentUser,
            MyTimeZoneService myTimeZone,
            MyLanguageService myLanguage,
            ViewerTime viewerTime) {
        this.myAccount = myAccount;
        this.passwordPolicy = passwordPolicy;
        this.practiceSecurity = practiceSecurity;
        this.sessionPolicy = sessionPolicy;
        this.me = currentUser.require();
        addClassName("mw-page");
        addClassName("mw-account-security");
        add(passwordSection, mfaSection, emailSection, new LanguageSection(myLanguage));
        if (!me.is(Role.CLIENT)) {
            // A client's time zone is part of their intake, where it also sets when exercises are due.
            add(new TimeZoneSection(myTimeZone, viewerTime));
        }
        if (me.is(Role.ADMIN)) {
            add(practiceSection());
        }
        refresh();
    }

    private void refresh() {
        MySecurity security = myAccount.security();
        showEmailForm(security);
        showPasswordForm(security);
        showMfa(security);
    }

    private void showEmailForm(MySecurity security) {
        emailSection.removeAll();
        var newEmail = new TextField(getTranslation("account.security.email.new"));
        newEmail.setWidthFull();
        newEmail.getElement().setAttribute("autocomplete", "email");
        var current = PasswordFields.labelled(getTranslation("account.security.email.current-password"));
        current.setWidthFull();
        var code = codeField(security, getTranslation("account.security.email.code"));
        var errors = new FieldErrors()
                .bind("newEmail", newEmail)
                .bind("currentPassword", current)
                .bind("code", code);
        var change = new Button(getTranslation("account.security.email.change"), click -> {
            try {
                myAccount.requestEmailChange(current.getValue(), code.getValue(), newEmail.getValue());
                String sentTo = newEmail.getValue().strip();
                refresh();
                confirm(
                        emailSection,
                        getTranslation(
                                "account.security.email.sending",
                                sentTo,
                                MyAccountService.EMAIL_LINK_VALIDITY.toMinutes()));
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        var form = new Div(new Paragraph(getTranslation("account.security.email.current", me.email())));
        if (security.pendingEmail() != null) {
            var pending = new Paragraph(
                    getTranslation("account.security.email.pending", security.pendingEmail(), me.email()));
            pending.addClassName("mw-pending-email");
            form.add(pending);
        }
        form.add(newEmail, current, code, change);
        form.addClassName("mw-narrow-form");
        emailSection.add(new H2(getTranslation("account.security.email.heading")), form);
    }

    private void showPasswordForm(MySecurity security) {
        passwordSection.removeAll();
        var current = PasswordFields.labelled(getTranslation("account.security.password.current"));
        current.setWidthFull();
        var code = codeField(security, getTranslation("account.code.field"));
        var newPassword = new NewPasswordFields(
                passwordPolicy, getTranslation("account.security.password.new"), me.email(), me.displayName());
        var errors = newPassword
                .bindTo(new FieldErrors())
                .bind("currentPassword", current)
                .bind("code", code);
        var change = new Button(getTranslation("account.security.password.change"), click -> {
            try {
                myAccount.changePassword(current.getValue(), code.getValue(), newPassword.value());
                keepThisSession();
                refresh();
                confirm(passwordSection, getTranslation("account.security.password.changed"));
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(current, code, newPassword, change);
        form.addClassName("mw-narrow-form");
        passwordSection.add(new H2(getTranslation("account.security.password.heading")), form);
    }

    private void showMfa(MySecurity security) {
        mfaSection.removeAll();
        mfaSection.add(new H2(getTranslation("account.security.mfa.heading")));
        if (security.mfaEnabled()) {
            showMfaEnabled(security);
        } else {
            showMfaOff(security);
        }
    }

    private void showMfaOff(MySecurity security) {
        mfaSection.add(new Paragraph(
                security.mfaRequiredForMe()
                        ? getTranslation("account.security.mfa.required")
                        : getTranslation("account.security.mfa.off")));
        var current = PasswordFields.labelled(getTranslation("account.security.mfa.current-password-set-up"));
        var errors = new FieldErrors().bind("currentPassword", current);
        var start = new Button(getTranslation("account.security.mfa.set-up"), click -> {
            try {
                String uri = myAccount.startMfaEnrolment(current.getValue());
                mfaSection.removeAll();
                mfaSection.add(
                        new H2(getTranslation("account.security.mfa.heading")),
                        new MfaEnrolmentForm(
                                uri,
                                myAccount.mfaEnrolmentSecret(),
                                code -> Optional.of(myAccount.confirmMfaEnrolment(code)),
                                this::showRecoveryCodes));
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        var form = new Div(current, start);
        form.addClassName("mw-narrow-form");
        mfaSection.add(form);
    }

    private void showMfaEnabled(MySecurity security) {
        mfaSection.add(new Paragraph(getTranslation("account.security.mfa.on", security.recoveryCodesLeft())));
        var current = PasswordFields.labelled(getTranslation("account.security.mfa.current-password-change"));
        var code = codeField(security, getTranslation("account.security.mfa.code-change"));
        var errors = new FieldErrors().bind("currentPassword", current).bind("code", code);
        var newCodes = new Button(getTranslation("account.security.mfa.new-codes"), click -> {
            try {
                showRecoveryCodes(myAccount.newRecoveryCodes(current.getValue(), code.getValue()));
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        var turnOff = new Button(getTranslation("account.security.mfa.turn-off"), click -> {
            try {
                myAccount.disableMfa(current.getValue(), code.getValue());
                keepThisSession();
                refresh();
                confirm(mfaSection, getTranslation("account.security.mfa.turned-off"));
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
        turnOff.setVisible(!security.mfaRequiredForMe());
        var form = new Div(
                new Paragraph(getTranslation("account.security.mfa.confirm-first")),
                current,
                code,
                new Div(newCodes, turnOff));
        form.addClassName("mw-narrow-form");
        mfaSection.add(form);
    }

    private void showRecoveryCodes(List<String> codes) {
        mfaSection.removeAll();
        var done = new Button(getTranslation("account.security.mfa.saved-them"), click -> {
            refresh();
            mfaSection.getChildren().findFirst().ifPresent(Focus::moveTo);
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var setUp = new Paragraph(getTranslation("account.security.mfa.is-set-up"));
        mfaSection.add(
                new H2(getTranslation("account.security.mfa.heading")), setUp, new RecoveryCodesList(codes), done);
        showPasswordForm(myAccount.security());
        Focus.moveTo(setUp);
    }

    private Section practiceSection() {
        var required = new Checkbox(
                getTranslation("account.security.practice.staff-mfa"), practiceSecurity.staffMfaRequired());
        required.setHelperText(getTranslation("account.security.practice.staff-mfa-helper"));
        required.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                practiceSecurity.requireStaffMfa(change.getValue());
                notify(
                        change.getValue()
                                ? getTranslation("account.security.practice.staff-mfa-on")
                                : getTranslation("account.security.practice.staff-mfa-off"));
            }
        });
        return new Section(new H2(getTranslation("account.security.practice.heading")), required);
    }

    /** Each form on the page has its own label for its code, so a screen reader's list of fields tells them apart. */
    private static TextField codeField(MySecurity security, String label) {
        var code = new TextField(label);
        code.setHelperText(code.getTranslation("account.code.or-recovery"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setVisible(security.mfaEnabled());
        return code;
    }

    private void keepThisSession() {
        ThisSession.keep(sessionPolicy, me.accountId());
    }

    /**
     * What a change did, written under the heading of its section, which the page has just drawn again:
     * focus lands on it, so a keyboard or screen-reader user hears the result where they were.
     */
    private static void confirm(Section section, String message) {
        var confirmation = new Paragraph(message);
        confirmation.addClassName("mw-confirmation");
        confirmation.getElement().setAttribute("role", "status");
        section.addComponentAtIndex(1, confirmation);
        Focus.moveTo(confirmation);
    }

    private static void notify(String message) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
