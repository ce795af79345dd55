package org.mendwell.support;

/** The demo practice's log-ins, as tests refer to them. */
public final class Demo {

    public static final String ADMIN = "admin@mendwell.example";
    public static final String CLINICIAN = "clinician@mendwell.example";
    public static final String CLINICIAN_2 = "clinician2@mendwell.example";
    public static final String CLIENT = "client@mendwell.example";
    public static final String CLIENT_2 = "client2@mendwell.example";
    public static final String PASSWORD = "mendwell-demo";

    /* Clients of the first clinician, by the stage the demo data takes them to. */

    /** Robin's partner in the couple case; active. */
    public static final String JONAS = "jonas.kettering@mendwell.example";

    /** Submitted intake with a yes to a safety question (flagged). */
    public static final String PRIYA = "priya.nandakumar@mendwell.example";

    /** Submitted intake, no safety concern. */
    public static final String MARCUS = "marcus.feld@mendwell.example";

    /** Intake in progress (draft without goals or signature). */
    public static final String ELENA = "elena.sorvino@mendwell.example";

    /** Intake in progress (draft without goals or signature). */
    public static final String NADIA = "nadia.brennagh@mendwell.example";

    /** Invited, has not chosen a password. */
    public static final String TOBIAS = "tobias.wren@mendwell.example";

    /** Active. */
    public static final String HANA = "hana.morikawa@mendwell.example";

    /** Active. */
    public static final String SAMUEL = "samuel.achterberg@mendwell.example";

    /** Active. */
    public static final String OSKAR = "oskar.vell@mendwell.example";

    /** Archived. */
    public static final String AMARA = "amara.oyelaran@mendwell.example";

    /** Sizes of the two demo caseloads. */
    public static final int CLINICIAN_CASELOAD = 14;

    public static final int CLINICIAN_2_CASELOAD = 4;

    private Demo() {}
}
