package org.mendwell.support;

/** The demo practice's log-ins, as tests refer to them. */
public final class Demo {

    public static final String ADMIN = "admin@mendwell.example";
    public static final String CLINICIAN = "clinician@mendwell.example";
    public static final String CLINICIAN_2 = "clinician2@mendwell.example";
    public static final String CLIENT = "client@mendwell.example";
    public static final String CLIENT_2 = "client2@mendwell.example";
    public static final String PASSWORD = "mendwell-demo";

    /** Sizes of the two demo caseloads. */
    public static final int CLINICIAN_CASELOAD = 14;
    public static final int CLINICIAN_2_CASELOAD = 4;

    private Demo() {
    }
}
