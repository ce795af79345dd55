package org.mendwell.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Authenticator secrets at rest, and the key that protects them. */
class SecretCipherTest {

    static final String REAL_KEY =
            Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    @Test
    void a_secret_is_encrypted_differently_each_time_and_decrypts_back() {
        var cipher = new SecretCipher(REAL_KEY, false);
        byte[] secret = Totp.newSecret();

        String first = cipher.encrypt(secret);
        String second = cipher.encrypt(secret);

        assertThat(first).isNotEqualTo(second).doesNotContain(Totp.base32(secret));
        assertThat(cipher.decrypt(first)).isEqualTo(secret);
        assertThat(cipher.decrypt(second)).isEqualTo(secret);
    }

    @Test
    void another_key_cannot_read_it() {
        String sealed = new SecretCipher(REAL_KEY, false).encrypt(Totp.newSecret());

        assertThatThrownBy(() -> new SecretCipher(SecretCipher.DEVELOPMENT_KEY, true).decrypt(sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void without_demo_data_the_portal_refuses_the_published_development_key_or_none() {
        assertThatThrownBy(() -> new SecretCipher(SecretCipher.DEVELOPMENT_KEY, false))
                .hasMessageContaining("Refusing to start")
                .hasMessageContaining("MENDWELL_SECRET_KEY");
        assertThatThrownBy(() -> new SecretCipher("", false)).hasMessageContaining("Refusing to start");
        assertThat(new SecretCipher(SecretCipher.DEVELOPMENT_KEY, true)).isNotNull();
    }
}
