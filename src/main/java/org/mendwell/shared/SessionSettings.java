package org.mendwell.shared;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When a signed-in session ends, from {@code mendwell.session.*}. Here rather than in account.security
 * because the main layout's idle warning reads the idle time too.
 *
 * @param idleTimeout     {@code mendwell.session.idle-timeout}: without a request of the person's own
 * @param absoluteTimeout {@code mendwell.session.absolute-timeout}: after signing in, whatever happens
 */
@ConfigurationProperties("mendwell.session")
@Validated
public record SessionSettings(
        @DefaultValue("15m") @NotNull Duration idleTimeout,
        @DefaultValue("12h") @NotNull Duration absoluteTimeout) {}
