package org.mendwell.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name or short label shown to other people holds none of Unicode's bidirectional embedding, override or
 * isolate controls (U+202A–U+202E, U+2066–U+2069). Exploration found a client invited as "Robin", U+202E,
 * "nworb", shown in the caseload, the review inbox and e-mails as a different name: such a control turns the
 * text after it around, and a name can then pass for another client's or reorder the words around it.
 * Right-to-left names need none of them and are accepted, as are the left-to-right and right-to-left marks
 * (U+200E, U+200F, U+061C), which are used inside such names and cannot turn a whole run around. An empty
 * value is left to {@code @NotBlank}.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoDirectionOverridesValidator.class)
public @interface NoDirectionOverrides {

    /** A bundle key, worded in the viewer's language by the portal's {@code InputValidator}. */
    String message() default "shared.name.direction-overrides";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
