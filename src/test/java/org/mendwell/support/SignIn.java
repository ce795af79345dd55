package org.mendwell.support;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.stereotype.Component;

/** Switches the signed-in person within one test, as a fresh log-in would. */
@Component
public class SignIn {

    private final UserDetailsService users;

    SignIn(UserDetailsService users) {
        this.users = users;
    }

    /** Signs the visitor in, or for {@link Visitor#ANONYMOUS} leaves an anonymous visitor, as Spring Security would. */
    public void as(Visitor visitor) {
        if (visitor.email == null) {
            TestSecurityContextHolder.setAuthentication(new AnonymousAuthenticationToken(
                    "visitor", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        } else {
            as(visitor.email);
        }
    }

    public void as(String email) {
        var user = users.loadUserByUsername(email);
        TestSecurityContextHolder.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
