package org.mendwell.account;

/**
 * The password every demo account shares. It is public (README, start-up log), so a production
 * database must never contain an account that still accepts it: see the start-up guard.
 */
public final class DemoPassword {

    public static final String VALUE = "mendwell-demo";

    /** Demo accounts use this invented domain, which cannot receive mail. */
    public static final String EMAIL_DOMAIN = "@mendwell.example";

    private DemoPassword() {}
}
