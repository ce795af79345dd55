package org.mendwell.account.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The portal's secret, from {@code mendwell.security.*}; {@link SecretCipher} refuses to start without a
 * real one outside the demo practice, with a message that says how to make one.
 *
 * @param secretKey {@code mendwell.security.secret-key}: 32 random bytes in Base64
 */
@ConfigurationProperties("mendwell.security")
@Validated
record SecuritySettings(@DefaultValue("") String secretKey) {

    @Override
    public String toString() {
        return "SecuritySettings[secretKey=(hidden)]";
    }
}
