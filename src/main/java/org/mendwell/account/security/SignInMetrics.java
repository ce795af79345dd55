package org.mendwell.account.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.mendwell.account.SignInAwaitingCode;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts sign-ins for the metrics (mendwell_sign_ins_total by outcome), so that a wave of failures
 * (someone guessing passwords) shows on a dashboard. Counts only: never who, never from where.
 */
@Component
class SignInMetrics {

    private final Counter succeeded;
    private final Counter failed;

    SignInMetrics(MeterRegistry registry) {
        this.succeeded = counter(registry, "success");
        this.failed = counter(registry, "failure");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("mendwell.sign.ins")
                .description("Sign-in attempts by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        succeeded.increment();
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        // A right password that still needs its code is a step, not a failure.
        if (!(event.getException() instanceof SignInAwaitingCode)) {
            failed.increment();
        }
    }
}
