package org.mendwell.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A request whose session another request of the same browser ended meanwhile (a sign-in replaces the session)
 * goes on without a session, instead of failing with "Session already invalidated" as a server error
 * (found by the issue 13 exploration, right after a sign-in).
 */
@MendwellTest
class SessionEndedMeanwhileTest {

    @Autowired
    SessionPolicy sessionPolicy;

    @Autowired
    SignIn signIn;

    @Test
    void a_request_whose_session_was_ended_by_another_goes_on_signed_out() throws Exception {
        signIn.as(Demo.CLIENT);
        // Tomcat's session as this request holds it once another request has invalidated it.
        var session = new MockHttpSession() {
            @Override
            public Object getAttribute(String name) {
                throw new IllegalStateException("getAttribute: Session already invalidated");
            }
        };
        var request = new MockHttpServletRequest("GET", "/my/exercises");
        request.setSession(session);
        var chain = new MockFilterChain();

        sessionPolicy.filter().doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).as("the request went on").isSameAs(request);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
