package org.mendwell.client;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.MailableAddress;
import org.mendwell.shared.VisibleName;
import org.mendwell.shared.i18n.Language;

/**
 * A clinician's invitation of a new client, optionally as a couple: with an existing client of theirs
 * as partner, or with a second person invited at the same time. The language, when given, is the one the
 * invitation e-mails are written in and the new accounts start with (the client can change it). The constraints'
 * messages are bundle keys, worded in the clinician's language by the portal's {@code InputValidator}.
 */
public record InviteClient(
        @NotBlank(message = "client.invite.name-required")
        @Size(max = 120, message = "shared.name.too-long:{max}")
        @VisibleName
        String fullName,

        @NotBlank(message = "shared.email.required")
        @Email(message = "shared.email.invalid")
        @MailableAddress
        @Size(max = 254, message = "shared.email.too-long:{max}")
        String email,

        @Nullable UUID existingPartnerId,

        @Size(max = 120, message = "shared.name.too-long:{max}") @VisibleName @Nullable
        String partnerFullName,

        @Email(message = "shared.email.invalid")
        @MailableAddress
        @Size(max = 254, message = "shared.email.too-long:{max}")
        @Nullable
        String partnerEmail,

        @Nullable Language language) {

    /** Without a language: the invitation goes out in the practice's, and the new account waits for its owner's. */
    public InviteClient(
            String fullName,
            String email,
            @Nullable UUID existingPartnerId,
            @Nullable String partnerFullName,
            @Nullable String partnerEmail) {
        this(fullName, email, existingPartnerId, partnerFullName, partnerEmail, null);
    }

    public static InviteClient individual(String fullName, String email) {
        return new InviteClient(fullName, email, null, null, null);
    }

    /** Someone invited on their own, in the language the clinician chose for them. */
    public static InviteClient individual(String fullName, String email, Language language) {
        return new InviteClient(fullName, email, null, null, null, language);
    }

    boolean invitesNewPartner() {
        return (partnerFullName != null && !partnerFullName.isBlank())
                || (partnerEmail != null && !partnerEmail.isBlank());
    }
}
