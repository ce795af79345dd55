package org.mendwell.triggers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.mendwell.support.Demo;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;

/** The set-up the trigger-log tests share: a fixed afternoon in Robin's London, and her clinician turning the log on. */
public final class RobinsTriggerLog {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private RobinsTriggerLog() {}

    /** 15:00 tomorrow in London: "earlier today" and "later today" both exist, whenever the test runs. */
    public static void afternoon(MutableClock clock) {
        clock.set(LocalDate.now(LONDON).plusDays(1).atTime(15, 0).atZone(LONDON).toInstant());
    }

    /** Her clinician turns the log on, with or without the reassurance signal; leaves the clinician signed in. */
    public static void turnedOn(SignIn signIn, TriggerLogService clinicianSide, UUID robin, boolean reassurance) {
        signIn.as(Demo.CLINICIAN);
        clinicianSide.setTriggerLog(robin, new TriggerLogSettings(true, reassurance, null));
    }
}
