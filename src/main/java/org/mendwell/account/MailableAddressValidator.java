package org.mendwell.account;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Checks {@link MailableAddress}. Created by Spring's validator factory, which hands it the environment; made
 * without one, it treats the portal as a real practice (the demo domain refused).
 */
public class MailableAddressValidator implements ConstraintValidator<MailableAddress, String> {

    /**
     * Letters such as "é" before the @ need SMTPUTF8, which many mail servers do not offer, and a message
     * sent without it arrives garbled or not at all; an internationalised domain would need converting to
     * its "xn--" form, which people do not recognise as their own address. Both are refused, plainly.
     */
    static final String NOT_PLAIN = "account.email.not-plain";

    /** The message key with the demo domain as its argument, worded by the portal's {@code InputValidator}. */
    static final String DEMO_DOMAIN = "account.email.demo-domain:" + DemoPassword.EMAIL_DOMAIN;

    private @Nullable Environment environment;

    @Autowired(required = false)
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        String problem = problem(
                value, environment != null && environment.getProperty("mendwell.demo.enabled", Boolean.class, false));
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }

    static @Nullable String problem(@Nullable String value, boolean demoPractice) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String address = value.strip();
        if (!address.chars().allMatch(c -> c < 0x80)) { // spaces and the like are @Email's to refuse
            return NOT_PLAIN;
        }
        String lower = address.toLowerCase(Locale.ROOT);
        // Browsers send an internationalised domain typed into an e-mail field in its "xn--" form: the same
        // address, refused for the same reason.
        int at = lower.lastIndexOf('@');
        if (at >= 0
                && java.util.Arrays.stream(lower.substring(at + 1).split("\\."))
                        .anyMatch(label -> label.startsWith("xn--"))) {
            return NOT_PLAIN;
        }
        String domain = DemoPassword.EMAIL_DOMAIN.substring(1);
        if (!demoPractice && (lower.endsWith("@" + domain) || lower.endsWith("." + domain))) {
            return DEMO_DOMAIN;
        }
        return null;
    }
}
