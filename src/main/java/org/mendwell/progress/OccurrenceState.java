package org.mendwell.progress;

import java.util.Locale;

/** Where one occurrence of an exercise stands, as the progress grid and the CSV show and filter it. */
public enum OccurrenceState {
    ON_TIME,
    LATE,
    OVERDUE,
    NOT_YET_DUE,
    PAUSED,
    CANCELLED;

    /** The message key of the state's name, in the reader's language ({@code progress.state.on-time}). */
    public String key() {
        return "progress.state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
