package org.mendwell.account.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mendwell.account.ui.LoginView;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** After the password: to the second step when one is due, otherwise back to the log-in page with one message for all failures. */
class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof SecondStepRequired step) {
            var session = request.getSession();
            request.changeSessionId();
            session.setAttribute(PendingSignIn.ATTRIBUTE, step.pending());
            response.sendRedirect(
                    request.getContextPath() + (step.pending().mustEnrol() ? "/login/enrol" : "/login/code"));
            return;
        }
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
            // The log-in page shows the address again, so only the password needs typing. Kept in the
            // session rather than the redirect's URL, which would put it in histories and proxy logs.
            String typed = request.getParameter("username");
            if (typed != null && !typed.isBlank() && typed.length() <= LoginView.LONGEST_EMAIL) {
                session.setAttribute(LoginView.TYPED_EMAIL, typed.strip());
            }
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
