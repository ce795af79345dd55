package org.mendwell.account;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An address the portal can sign someone in with and send mail to: written in plain ASCII (security round 2,
 * finding 6), and outside the demo practice not on the demo domain (finding 2). Form and length are other
 * constraints' business; an empty value is left to {@code @NotBlank}.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MailableAddressValidator.class)
public @interface MailableAddress {

    String message() default MailableAddressValidator.NOT_PLAIN;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
