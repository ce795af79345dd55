package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules for a new password: length over composition, and never one from a breach list. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(false);

    @Test
    void the_bundled_list_is_the_thirty_thousand_most_common_breached_passwords() throws Exception {
        List<String> entries;
        try (var reader = new BufferedReader(new InputStreamReader(
                PasswordPolicy.class.getResourceAsStream("common-passwords.txt"), StandardCharsets.UTF_8))) {
            entries = reader.lines().filter(line -> !line.startsWith("#")).toList();
        }
        assertThat(entries).hasSize(30_000).startsWith("123456", "password", "12345678", "qwerty");
    }

    @Test
    void long_passwords_from_the_breach_list_are_refused_whatever_their_case() {
        for (String breached :
                List.of("1qaz2wsx3edc", "qwerty123456", "LeaveMeAlone", "sonyericsson", "123qweasdzxc")) {
            assertThat(policy.problemWith(breached))
                    .as(breached)
                    .hasValueSatisfying(problem -> assertThat(problem).contains("too common"));
        }
    }

    @Test
    void from_twelve_to_one_hundred_and_twenty_eight_characters_with_no_rules_about_kinds_of_characters() {
        assertThat(policy.problemWith("lantern moss"))
                .as("12 lower-case letters and a space")
                .isEmpty();
        assertThat(policy.problemWith("violet ferry")).isEmpty();
        assertThat(policy.problemWith("tide pool lan")).isEmpty();
        String longest = "the slow green river carries leaves past the old mill and under seven stone bridges "
                + "before it reaches the grey sea at last, slowly, in autumn";
        assertThat(longest).hasSizeGreaterThan(64);
        assertThat(policy.problemWith(longest.substring(0, 128))).isEmpty();
        assertThat(policy.problemWith(longest.substring(0, 128) + "s")).hasValue("Use at most 128 characters");
        assertThat(policy.problemWith("moss lantern")).isEmpty();
        assertThat(policy.problemWith("moss lanter"))
                .hasValueSatisfying(p -> assertThat(p).contains("at least 12"));
    }
}
