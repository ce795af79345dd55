package org.mendwell.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The rules for an address someone wants to sign in with: the same as when an account is opened. The messages are
 * bundle keys, worded in the viewer's language by the portal's {@code InputValidator}.
 */
public record NewEmailAddress(
        @NotBlank(message = "account.email.new-required")
        @Email(message = "shared.email.invalid")
        @MailableAddress
        @Size(max = 254, message = "shared.email.too-long:{max}")
        String newEmail) {}
