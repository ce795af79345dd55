package org.mendwell.account.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The first administrator, from {@code mendwell.bootstrap.*}: created at start-up when both are set and
 * no administrator exists yet; nothing happens when either is blank.
 *
 * @param adminEmail    {@code mendwell.bootstrap.admin-email}
 * @param adminPassword {@code mendwell.bootstrap.admin-password}: checked by the password policy
 */
@ConfigurationProperties("mendwell.bootstrap")
@Validated
record BootstrapSettings(
        @DefaultValue("") String adminEmail,
        @DefaultValue("") String adminPassword) {

    @Override
    public String toString() {
        return "BootstrapSettings[adminEmail=" + adminEmail + ", adminPassword=(hidden)]";
    }
}
