package org.mendwell.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An administrator's request to open an account for a clinician. It has no password: the clinician chooses one
 * through a link e-mailed to this address. The constraints are shown in the form too.
 */
public record NewStaffAccount(
        @NotBlank(message = "Enter an e-mail address")
        @Email(message = "Enter a valid e-mail address, like name@example.org")
        @MailableAddress
        @Size(max = 254, message = "An e-mail address has at most 254 characters")
        String email,

        @NotBlank(message = "Enter the clinician's name")
        @Size(max = 120, message = "A name has at most 120 characters")
        String displayName) {}
