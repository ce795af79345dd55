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

    @Test
    void a_malformed_escape_names_no_secret_and_does_not_fail_the_request() {
        // URLDecoder throws on "%zz"; a visitor's broken link must not become a logged server error.
        assertThat(CredentialsInUrlGuard.namesASecret("%zz=1")).isFalse();
        assertThat(CredentialsInUrlGuard.namesASecret("%zz=1&password=b")).isTrue();
    }
}
