package org.mendwell.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.MyAccountService;
import org.mendwell.account.security.SessionPolicy;
import org.mendwell.account.security.SessionSignIn;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.ui.TranslatedTitle;

/**
 * Where the link sent to a new sign-in address leads. Signed in only: someone signed out is sent to
 * sign in with their current address first and comes back here, so the link alone (a mailbox) is not
 * enough to move an account, and someone who opens a stranger's link changes nothing.
 */
@Route("confirm-email/:token")
@PermitAll
class ConfirmEmailView extends Main implements BeforeEnterObserver, TranslatedTitle {

    @Override
    public String titleKey() {
        return "account.confirm-email.title";
    }

    private final MyAccountService myAccount;
    private final SessionPolicy sessionPolicy;
    private final SessionSignIn sessionSignIn;
    private final CurrentUser currentUser;

    ConfirmEmailView(
            MyAccountService myAccount,
            SessionPolicy sessionPolicy,
            SessionSignIn sessionSignIn,
            CurrentUser currentUser) {
        this.myAccount = myAccount;
        this.sessionPolicy = sessionPolicy;
        this.sessionSignIn = sessionSignIn;
        this.currentUser = currentUser;
        addClassName("mw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        try {
            String address = myAccount.confirmEmailChange(token);
            ThisSession.keep(sessionPolicy, currentUser.require().accountId());
            sessionSignIn.refresh(address);
            add(
                    new H1(getTranslation("account.confirm-email.done-heading")),
                    new Paragraph(getTranslation("account.confirm-email.done-text", address)),
                    new Anchor("account", getTranslation("account.confirm-email.back")));
        } catch (InvalidInputException unusable) {
            add(
                    new H1(getTranslation("account.confirm-email.unusable-heading")),
                    new Paragraph(unusable.problems()
                            .getOrDefault("token", getTranslation("account.confirm-email.unusable-text"))),
                    new Anchor("account", getTranslation("account.confirm-email.go")));
        }
    }
}
