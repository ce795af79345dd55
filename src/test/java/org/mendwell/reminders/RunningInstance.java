package org.mendwell.reminders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mendwell.MendwellApplication;
import org.mendwell.support.MutableClock;
import org.mendwell.support.TestMailServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * One whole application instance that a test starts and stops itself, as an operator would (rather
 * than one the test framework caches): its own web server on a random port, pool, scheduler with the
 * reminder job on (its cron would next fire on 29 February, so it runs when the test fires it), a
 * clock the test sets, and mail to the test's SMTP server.
 */
final class RunningInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    @SafeVarargs
    static RunningInstance start(
            String profile,
            TestMailServer mail,
            List<String> settings,
            ApplicationContextInitializer<GenericApplicationContext>... initializers) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--vaadin.devmode.devTools.enabled=false",
                "--mendwell.demo.history=false",
                "--mendwell.reminders.enabled=true",
                "--mendwell.reminders.cron=0 0 0 29 2 *"));
        settings.forEach(setting -> args.add("--" + setting));
        mail.configure((name, value) -> args.add("--" + name + "=" + value.get()));
        var builder = new SpringApplicationBuilder(MendwellApplication.class)
                .profiles(profile)
                // TestClock's clock, registered directly: the builder would name an imported class as its own bean.
                .initializers((GenericApplicationContext context) ->
                        context.registerBean(MutableClock.class, MutableClock::new, clock -> clock.setPrimary(true)));
        builder.initializers(initializers);
        return new RunningInstance(builder.run(args.toArray(String[]::new)));
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    void setClock(Instant instant) {
        context.getBean(MutableClock.class).set(instant);
    }

    /**
     * Runs a step on this instance, signed in through its own security strategy: Vaadin installs one
     * per application in Spring Security's global holder, the one thing two instances share in a JVM.
     */
    <T> T on(Function<ReminderFixtures, T> step) {
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
        var fixtures = context.getBean(ReminderFixtures.class);
        try {
            return step.apply(fixtures);
        } finally {
            fixtures.signOut();
        }
    }

    /** What this instance's scheduler runs when the reminders' cron fires, ShedLock's proxy included. */
    Runnable scheduledReminders() {
        return context.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .map(ScheduledTask::getTask)
                .filter(task -> task.toString().contains("ReminderScheduler.run"))
                .findFirst()
                .orElseThrow()
                .getRunnable();
    }

    @Override
    public void close() {
        context.close();
    }
}
