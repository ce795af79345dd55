package org.mendwell.client;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.MailableAddress;

/**
 * A clinician's invitation of a new client, optionally as a couple: with an existing client of theirs
 * as partner, or with a second person invited at the same time. The constraints' messages are bundle keys, worded
 * in the clinician's language by the portal's {@code InputValidator}.
 */
public record InviteClient(
        @NotBlank(message = "client.invite.name-required") @Size(max = 120, message = "shared.name.too-long:{max}")
        String fullName,

        @NotBlank(message = "shared.email.required")
        @Email(message = "shared.email.invalid")
        @MailableAddress
        @Size(max = 254, message = "shared.email.too-long:{max}")
        String email,

        @Nullable UUID existingPartnerId,

        @Size(max = 120, message = "shared.name.too-long:{max}") @Nullable
        String partnerFullName,

        @Email(message = "shared.email.invalid")
        @MailableAddress
        @Size(max = 254, message = "shared.email.too-long:{max}")
        @Nullable
        String partnerEmail) {

    public static InviteClient individual(String fullName, String email) {
        return new InviteClient(fullName, email, null, null, null);
    }

    boolean invitesNewPartner() {
        return (partnerFullName != null && !partnerFullName.isBlank())
                || (partnerEmail != null && !partnerEmail.isBlank());
    }
}
