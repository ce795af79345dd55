package org.mendwell.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name shown to other people is made of characters one can see. Exploration found a client invited as "Robin",
 * U+202E, "nworb", shown in the caseload, the review inbox and e-mails as another name (a direction override turns
 * the text after it around), then names that look exactly like "Robin Ashdown" but are not (a zero-width space or a
 * byte-order mark inside), names that show as nothing at all (U+200B alone, a Hangul filler), and an intake signed
 * with such a name. Refused: control characters and line breaks; invisible format characters (zero-width space,
 * word joiner, byte-order mark, soft hyphen, the bidirectional embeddings, overrides and isolates U+202A–U+202E and
 * U+2066–U+2069); and a name with no visible character. Accepted, because scripts and emoji need them: the
 * zero-width non-joiner and joiner (Persian names, emoji sequences), the left-to-right, right-to-left and Arabic
 * letter marks (they cannot turn a whole run around), and the tag characters of subdivision flags. An empty value
 * is left to {@code @NotBlank}.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = VisibleNameValidator.class)
public @interface VisibleName {

    /** A bundle key, worded in the viewer's language by the portal's {@code InputValidator}. */
    String message() default "shared.name.hidden-characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
