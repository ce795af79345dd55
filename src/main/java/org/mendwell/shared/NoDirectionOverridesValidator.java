package org.mendwell.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link NoDirectionOverrides}. */
public class NoDirectionOverridesValidator implements ConstraintValidator<NoDirectionOverrides, String> {

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        return value == null || value.chars().noneMatch(NoDirectionOverridesValidator::turnsTextAround);
    }

    /** An embedding or override (U+202A–U+202E) or an isolate (U+2066–U+2069). */
    static boolean turnsTextAround(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
