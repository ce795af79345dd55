package org.mendwell.account.security;

import org.mendwell.account.SignInRefusedUnchecked;
import org.springframework.security.authentication.BadCredentialsException;

/** Sign-in is paused for this e-mail, browser or address: refused unchecked, with the usual message. */
class SignInPaused extends BadCredentialsException implements SignInRefusedUnchecked {

    SignInPaused() {
        super("Sign-in is paused for this e-mail or address");
    }
}
