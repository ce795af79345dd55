package org.mendwell.homework;

/** Whether the client is asked to do an assignment's exercises now. */
public enum AssignmentStatus {
    ACTIVE,
    PAUSED,
    CANCELLED;

    /** The message key of the words a person reads for this assignment status, in their language. */
    public String labelKey() {
        return "homework.assignment-status."
                + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public boolean canMoveTo(AssignmentStatus target) {
        return switch (this) {
            case ACTIVE -> target == PAUSED || target == CANCELLED;
            case PAUSED -> target == ACTIVE || target == CANCELLED;
            case CANCELLED -> false;
        };
    }
}
