package org.mendwell.triggers;

/** What helped with a hard moment, as one tap; the client can add their own words as well. */
public enum HelpedBy {
    BREATHING,
    WALK,
    TALKED_TO_SOMEONE,
    WROTE_IT_DOWN,
    REMINDED_MYSELF,
    SOMETHING_ELSE_FOR_A_WHILE;

    /** The message key of its label, in the triggers bundle. */
    public String labelKey() {
        return "triggers.helped." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
