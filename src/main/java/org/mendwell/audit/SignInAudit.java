package org.mendwell.audit;

import org.mendwell.account.AdministratorResets;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.SignInAwaitingCode;
import org.mendwell.account.SignInRefusedUnchecked;
import org.mendwell.account.SignedInUser;
import org.mendwell.shared.audit.AccessRefused;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.audit.RequestRefused;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Sign-ins, failed sign-ins, sign-outs and pages refused, from Spring Security's and our own events. */
@Component
class SignInAudit {

    static final String PAUSED_SIGN_IN = "sign-in refused while paused";
    static final String FIRST_AFTER_ADMINISTRATOR_RESET = "first sign-in after an administrator's reset link";

    private final AuditRecorder recorder;
    private final CurrentUser currentUser;
    private final AdministratorResets administratorResets;

    SignInAudit(AuditRecorder recorder, CurrentUser currentUser, AdministratorResets administratorResets) {
        this.recorder = recorder;
        this.currentUser = currentUser;
        this.administratorResets = administratorResets;
    }

    /**
     * The first sign-in after a reset link an administrator asked for is recorded as such: had anyone but the
     * owner used that link, this is the entry that shows it.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signedIn(AuthenticationSuccessEvent event) {
        var user = currentUser.of(event.getAuthentication());
        if (user.isPresent()
                && administratorResets.firstSignInSinceReset(user.get().accountId())) {
            recorder.record(
                    AuditAction.SIGN_IN,
                    FIRST_AFTER_ADMINISTRATOR_RESET,
                    user.get().accountId(),
                    user.get().email(),
                    user.get().role().name());
            return;
        }
        record(AuditAction.SIGN_IN, event.getAuthentication());
    }

    /**
     * Recorded with the e-mail address that was typed: the account may not exist. A refusal while sign-in
     * is paused is only counted for the next summary: anyone could send thousands a minute, and the checked
     * failures that started the pause are each recorded already.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof SignInAwaitingCode) {
            return;
        }
        if (event.getException() instanceof SignInRefusedUnchecked && recorder.countedIfAnonymous(PAUSED_SIGN_IN)) {
            return;
        }
        recorder.record(
                AuditAction.SIGN_IN_FAILED, null, event.getAuthentication().getName(), null);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signedOut(LogoutSuccessEvent event) {
        record(AuditAction.SIGN_OUT, event.getAuthentication());
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(AccessRefused event) {
        recorder.record(AuditAction.REFUSED, "page " + event.route(), Subject.SELF, null);
    }

    /** A request refused before Vaadin read it: counted for visitors, one entry for a signed-in person. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void requestRefused(RequestRefused event) {
        if (!recorder.countedIfAnonymous(event.what())) {
            recorder.record(AuditAction.REFUSED, event.what(), Subject.SELF, null);
        }
    }

    private void record(AuditAction action, Authentication authentication) {
        var user = currentUser.of(authentication);
        recorder.record(
                action,
                user.map(SignedInUser::accountId).orElse(null),
                user.map(SignedInUser::email).orElse(authentication.getName()),
                user.map(u -> u.role().name()).orElse(null));
    }
}
