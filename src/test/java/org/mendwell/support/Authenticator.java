package org.mendwell.support;

import java.time.Clock;
import org.mendwell.account.security.Totp;

/** The person's phone: shows the current code for a key they scanned or typed. */
public record Authenticator(String base32Key, Clock clock) {

    public String code() {
        return Totp.codeAt(Totp.fromBase32(base32Key), clock.instant());
    }

    /** The code of the next 30-second step, for when the current one was just used. */
    public String nextCode() {
        return Totp.codeAt(Totp.fromBase32(base32Key), clock.instant().plusSeconds(30));
    }
}
