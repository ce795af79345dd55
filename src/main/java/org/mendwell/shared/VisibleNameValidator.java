package org.mendwell.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link VisibleName}. */
public class VisibleNameValidator implements ConstraintValidator<VisibleName, String> {

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true; // @NotBlank's to say, where a name is required
        }
        return value.codePoints().noneMatch(VisibleNameValidator::hidden)
                && value.codePoints().anyMatch(VisibleNameValidator::visible);
    }

    /**
     * A character that is not seen, or that changes how the text around it is seen, and that no name needs. Tabs
     * and line breaks are not among them: every name is tidied to single spaces ({@code PlainText.name}).
     */
    static boolean hidden(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL -> "\t\n\u000B\f\r".indexOf(c) < 0;
            case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            case Character.FORMAT -> !neededByScripts(c);
            default -> BLANK_LOOKING.indexOf(c) >= 0;
        };
    }

    /**
     * Characters that are letters, marks or symbols to Unicode but are drawn as nothing: the combining grapheme
     * joiner, the Hangul fillers and the blank Braille pattern (the second exploration invited names of them).
     */
    private static final String BLANK_LOOKING = "\u034F\u115F\u1160\u3164\uFFA0\u2800";

    /** Joiners (Persian names, emoji sequences), direction marks, and the tags of subdivision flags. */
    private static boolean neededByScripts(int c) {
        return c == 0x200C
                || c == 0x200D
                || c == 0x200E
                || c == 0x200F
                || c == 0x061C
                || (c >= 0xE0020 && c <= 0xE007F);
    }

    /** Something one sees: not a space, not an accepted invisible character, not a mark alone. */
    static boolean visible(int c) {
        return !Character.isWhitespace(c)
                && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT
                && Character.getType(c) != Character.NON_SPACING_MARK
                && BLANK_LOOKING.indexOf(c) < 0;
    }
}
