package org.mendwell.client;

/** Where a client stands with the practice, from invitation to discharge. */
public enum ClientStatus {
    INVITED("Invited"),
    INTAKE_IN_PROGRESS("Intake in progress"),
    INTAKE_SUBMITTED("Intake submitted"),
    ACTIVE("Active"),
    ARCHIVED("Archived"),
    DISCHARGED("Discharged");

    private final String label;

    ClientStatus(String label) {
        this.label = label;
    }

    /** English, for logs and for texts not yet moved to the bundles; a page shows {@link #key()} translated. */
    public String label() {
        return label;
    }

    /** The message key of the status's name, in the client bundle ({@code client.status.intake-submitted}). */
    public String key() {
        return "client.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Still the practice's to care for: a clinician who leaves hands these clients to a colleague first. */
    public static final java.util.Set<ClientStatus> IN_CARE =
            java.util.EnumSet.of(INVITED, INTAKE_IN_PROGRESS, INTAKE_SUBMITTED, ACTIVE);

    /** The moves a clinician (or, for the first two, the client) may make from this status. */
    public boolean canMoveTo(ClientStatus target) {
        return switch (this) {
            case INVITED -> target == INTAKE_IN_PROGRESS || target == ARCHIVED;
            case INTAKE_IN_PROGRESS -> target == INTAKE_SUBMITTED || target == ARCHIVED;
            case INTAKE_SUBMITTED -> target == ACTIVE || target == ARCHIVED;
            case ACTIVE -> target == DISCHARGED || target == ARCHIVED;
            // An archived client returns to where they were; without a submitted intake that is not ACTIVE.
            case ARCHIVED -> target == ACTIVE || target == INVITED || target == INTAKE_IN_PROGRESS;
            case DISCHARGED -> target == ACTIVE;
        };
    }
}
