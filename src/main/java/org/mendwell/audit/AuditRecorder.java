package org.mendwell.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.Role;
import org.mendwell.shared.audit.Audited.Subject;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Turns "this person just did that to this record" into an audit entry: actor, address and client. */
@Component
class AuditRecorder {

    private final AuditTrail trail;
    private final CurrentUser currentUser;
    private final AnonymousFailures anonymousFailures;

    AuditRecorder(AuditTrail trail, CurrentUser currentUser, AnonymousFailures anonymousFailures) {
        this.trail = trail;
        this.currentUser = currentUser;
        this.anonymousFailures = anonymousFailures;
    }

    /**
     * A refusal, or a look-up that found nothing, by someone who is not signed in: counted for the next
     * summary instead of chained one by one (see {@link AnonymousFailures}).
     *
     * @return whether it was counted; false when someone is signed in and the caller records it as usual
     */
    boolean countedIfAnonymous(String operation) {
        if (currentUser.find().isPresent()) {
            return false;
        }
        anonymousFailures.count(operation, address());
        return true;
    }

    /** For a service call by whoever is signed in (nobody, for a public page). */
    AuditEntry record(AuditAction action, String operation, Subject subject, @Nullable UUID recordId) {
        var user = currentUser.find();
        var actor = new AuditTrail.Actor(
                user.map(u -> u.accountId()).orElse(null),
                user.map(u -> u.email()).orElse(null),
                user.map(u -> u.role().name()).orElse(null),
                address());
        UUID clientId = null;
        if (subject == Subject.SELF && user.isPresent() && user.get().is(Role.CLIENT)) {
            clientId = trail.clientOfAccount(user.get().accountId());
        } else if (recordId != null) {
            clientId = trail.clientOf(subject.name(), recordId);
        }
        return trail.append(actor, action, operation, subject.name(), recordId, clientId);
    }

    /** For a sign-in, a failed one or a sign-out, where the person is named by the event, not the session. */
    AuditEntry record(AuditAction action, @Nullable UUID accountId, @Nullable String email, @Nullable String role) {
        return record(action, "sign-in", accountId, email, role);
    }

    /** As above, with what kind of sign-in it was. */
    AuditEntry record(
            AuditAction action,
            String operation,
            @Nullable UUID accountId,
            @Nullable String email,
            @Nullable String role) {
        return trail.append(
                new AuditTrail.Actor(accountId, email, role, address()), action, operation, null, null, null);
    }

    /** The caller's address as the servlet container saw it (behind the proxy: the forwarded one). */
    static @Nullable String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
