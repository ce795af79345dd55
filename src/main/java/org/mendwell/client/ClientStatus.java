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
}
