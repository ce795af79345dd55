package org.mendwell.account;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.security.AccountPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services that decide what this person may see. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> find() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The person an authentication names (a sign-in event's, say), when it is one of our accounts. */
    public Optional<SignedInUser> of(@Nullable Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.toSignedInUser());
        }
        return Optional.empty();
    }

    /** The signed-in user, or an access-denied failure when nobody is. */
    public SignedInUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** The signed-in user, who must have the given role. */
    public SignedInUser require(Role role) {
        SignedInUser user = require();
        if (!user.is(role)) {
            throw new AccessDeniedException("Requires role " + role);
        }
        return user;
    }
}
