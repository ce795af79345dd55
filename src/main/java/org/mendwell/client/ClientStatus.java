package org.mendwell.client;

/** Where a client stands with the practice, from invitation to discharge. */
public enum ClientStatus {
    INVITED,
    INTAKE_IN_PROGRESS,
    INTAKE_SUBMITTED,
    ACTIVE,
    ARCHIVED,
    DISCHARGED;

    /**
     * The message key of the status's name, in the client bundle ({@code client.status.intake-submitted}): the only
     * way a status is named to a person, in their language.
     */
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
