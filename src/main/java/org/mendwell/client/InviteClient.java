package org.mendwell.client;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.MailableAddress;

/**
 * A clinician's invitation of a new client, optionally as a couple: with an existing client of theirs
 * as partner, or with a second person invited at the same time.
 */
public record InviteClient(
        @NotBlank(message = "Enter the client's name") @Size(max = 120, message = "A name has at most 120 characters")
        String fullName,

        @NotBlank(message = "Enter an e-mail address")
        @Email(message = "Enter a valid e-mail address, like name@example.org")
        @MailableAddress
        @Size(max = 254, message = "An e-mail address has at most 254 characters")
        String email,

        @Nullable UUID existingPartnerId,

        @Size(max = 120, message = "A name has at most 120 characters") @Nullable
        String partnerFullName,

        @Email(message = "Enter a valid e-mail address, like name@example.org")
        @MailableAddress
        @Size(max = 254, message = "An e-mail address has at most 254 characters")
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
