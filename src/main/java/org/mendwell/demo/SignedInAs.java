package org.mendwell.demo;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs a piece of seeding as a given demo person, so the services apply their usual rules. */
@Component
class SignedInAs {

    private final UserDetailsService users;

    SignedInAs(UserDetailsService users) {
        this.users = users;
    }

    void run(String email, Runnable action) {
        call(email, () -> {
            action.run();
            return null;
        });
    }

    <T> T call(String email, Supplier<T> action) {
        var user = users.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
