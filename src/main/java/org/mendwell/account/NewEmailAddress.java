package org.mendwell.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The rules for an address someone wants to sign in with: the same as when an account is opened. */
public record NewEmailAddress(
        @NotBlank(message = "Enter the new e-mail address")
        @Email(message = "Enter a valid e-mail address, like name@example.org")
        @MailableAddress
        @Size(max = 254, message = "An e-mail address has at most 254 characters")
        String newEmail) {}
