package org.mendwell.shared;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The portal's e-mail, from {@code mendwell.mail.*}; the mail server itself is Spring Boot's
 * {@code spring.mail.*}. The portal's address ({@code mendwell.public-url}) is not here: {@link PortalMail}
 * reads it on each use, since it may name a port that is only known once the server runs.
 *
 * @param from {@code mendwell.mail.from}: the sender of every message
 */
@ConfigurationProperties("mendwell.mail")
@Validated
public record MailSettings(
        @DefaultValue("no-reply@mendwell.example") @NotBlank String from) {}
