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

    public String label() {
        return label;
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
