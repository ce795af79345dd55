package org.mendwell.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which query strings name a sign-in secret; over HTTP the guard is proven by CredentialsInUrlsOverHttpTest. */
class CredentialsInUrlGuardTest {

    @Test
    void a_secrets_name_is_found_however_it_is_written() {
        assertThat(CredentialsInUrlGuard.namesASecret("username=a&password=b")).isTrue();
        assertThat(CredentialsInUrlGuard.namesASecret("x=1&%50ASSWORD=b")).isTrue();
        assertThat(CredentialsInUrlGuard.namesASecret("v-r=uidl&v-uiId=0")).isFalse();
        assertThat(CredentialsInUrlGuard.namesASecret(null)).isFalse();
    }

    /** Round 3 of issue 16's review: only the log-in form's two names were refused. */
    @Test
    void the_usual_other_names_for_a_password_a_one_time_code_or_a_bearer_credential_are_refused_too() {
        for (String name : new String[] {"pwd", "pass", "passwd", "Passphrase", "otp", "access_token", "api_key"}) {
            assertThat(CredentialsInUrlGuard.namesASecret("a=1&" + name + "=x"))
                    .as(name)
                    .isTrue();
        }
    }

    @Test
    void a_token_is_not_a_secret_name_here_because_our_links_carry_theirs_in_the_path() {
        assertThat(CredentialsInUrlGuard.namesASecret("token=abc")).isFalse();
        assertThat(CredentialsInUrlGuard.namesASecret("passage=3&compass=n&tokens=2"))
                .isFalse();
    }

    @Test
    void a_malformed_escape_names_no_secret_and_does_not_fail_the_request() {
        // URLDecoder throws on "%zz"; a visitor's broken link must not become a logged server error.
        assertThat(CredentialsInUrlGuard.namesASecret("%zz=1")).isFalse();
        assertThat(CredentialsInUrlGuard.namesASecret("%zz=1&password=b")).isTrue();
    }
}
