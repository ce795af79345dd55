package org.mendwell.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.mendwell.shared.VisibleName;

/**
 * An administrator's request to open an account for a clinician. It has no password: the clinician chooses one
 * through a link e-mailed to this address. The constraints are shown in the form too; their messages are bundle
 * keys, worded in the viewer's language by the portal's {@code InputValidator}.
 */
public record NewStaffAccount(
        @NotBlank(message = "shared.email.required")
        @Email(message = "shared.email.invalid")
        @MailableAddress
        @Size(max = 254, message = "shared.email.too-long:{max}")
        String email,

        @NotBlank(message = "account.staff.name-required")
        @Size(max = 120, message = "shared.name.too-long:{max}")
        @VisibleName
        String displayName) {}
