package org.mendwell.client;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A clinician's request to add a client to their caseload. The same constraints drive the form. */
public record NewClient(
        @NotBlank(message = "Enter the client's name")
        @Size(max = 120, message = "A name has at most 120 characters")
        String fullName,

        @NotBlank(message = "Enter an e-mail address")
        @Email(message = "Enter a valid e-mail address, like name@example.org")
        @Size(max = 254, message = "An e-mail address has at most 254 characters")
        String email) {
}
