package org.mendwell.progress;

/** Where one occurrence of an exercise stands, as the progress grid shows and filters it. */
public enum OccurrenceState {
    ON_TIME("Done on time"),
    LATE("Done late"),
    OVERDUE("Not done"),
    NOT_YET_DUE("Not due yet"),
    PAUSED("Paused"),
    CANCELLED("Cancelled");

    private final String label;

    OccurrenceState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
