package org.mendwell.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One-time codes as RFC 6238 defines them, checked against the RFC's own test values. */
class TotpTest {

    /** The SHA-1 key of RFC 6238, appendix B. */
    static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codes_match_the_rfc_6238_test_values_in_their_last_six_digits() {
        assertThat(Totp.codeAt(RFC_KEY, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.codeAt(RFC_KEY, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.codeAt(RFC_KEY, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(Totp.codeAt(RFC_KEY, Instant.ofEpochSecond(20000000000L))).isEqualTo("353130");
    }

    @Test
    void keys_are_written_in_rfc_4648_base32_and_read_back() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.fromBase32("mzxw 6ytb oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        byte[] secret = Totp.newSecret();
        assertThat(secret).hasSize(20);
        assertThat(Totp.fromBase32(Totp.base32(secret))).isEqualTo(secret);
    }

    @Test
    void a_code_from_the_step_before_or_after_is_accepted_but_not_two_steps_away() {
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        byte[] secret = Totp.newSecret();

        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, now), now, null))
                .hasValue(60_000_000L);
        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, now.minusSeconds(30)), now, null))
                .isPresent();
        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, now.plusSeconds(30)), now, null))
                .isPresent();
        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, now.minusSeconds(60)), now, null))
                .isEmpty();
        assertThat(Totp.matchingStep(secret, "12345", now, null)).isEmpty();
        assertThat(Totp.matchingStep(secret, "abcdef", now, null)).isEmpty();
    }

    @Test
    void a_step_already_used_is_not_accepted_again() {
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        byte[] secret = Totp.newSecret();
        String code = Totp.codeAt(secret, now);

        long used = Totp.matchingStep(secret, code, now, null).orElseThrow();

        assertThat(Totp.matchingStep(secret, code, now, used)).isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, now.plusSeconds(30)), now, used))
                .isPresent();
    }

    @Test
    void the_qr_address_names_the_issuer_and_account_and_carries_the_key() {
        byte[] secret = "foobar".getBytes(StandardCharsets.US_ASCII);

        assertThat(Totp.otpauthUri("Mendwell", "ada@example.org", secret))
                .isEqualTo(
                        "otpauth://totp/Mendwell:ada%40example.org?secret=MZXW6YTBOI&issuer=Mendwell&algorithm=SHA1&digits=6&period=30");
    }
}
