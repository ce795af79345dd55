package org.mendwell.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The typed settings keep the defaults they had as scattered values, and refuse a bad value at start-up. */
class SettingsTest {

    @EnableConfigurationProperties({
        PracticeSettings.class,
        MailSettings.class,
        SessionSettings.class,
        DemoSettings.class
    })
    static class Settings {}

    private final ApplicationContextRunner start = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void nothing_set_gives_the_documented_defaults() {
        start.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(PracticeSettings.class).practiceTimeZone())
                    .isEqualTo(ZoneId.of("Europe/London"));
            assertThat(context.getBean(MailSettings.class).from()).isEqualTo("no-reply@mendwell.example");
            assertThat(context.getBean(SessionSettings.class))
                    .isEqualTo(new SessionSettings(Duration.ofMinutes(15), Duration.ofHours(12)));
            assertThat(context.getBean(DemoSettings.class)).isEqualTo(new DemoSettings(false, true, "demo", 20261124));
        });
    }

    @Test
    void values_are_read_in_their_usual_forms() {
        start.withPropertyValues(
                        "mendwell.practice-time-zone=Europe/Dublin",
                        "mendwell.session.idle-timeout=5m",
                        "mendwell.session.absolute-timeout=PT8H",
                        "mendwell.demo.enabled=true",
                        "mendwell.demo.size=large")
                .run(context -> {
                    assertThat(context.getBean(PracticeSettings.class).practiceTimeZone())
                            .isEqualTo(ZoneId.of("Europe/Dublin"));
                    assertThat(context.getBean(SessionSettings.class))
                            .isEqualTo(new SessionSettings(Duration.ofMinutes(5), Duration.ofHours(8)));
                    assertThat(context.getBean(DemoSettings.class).enabled()).isTrue();
                    assertThat(context.getBean(DemoSettings.class).size()).isEqualTo("large");
                });
    }

    @Test
    void a_time_zone_that_does_not_exist_stops_the_start_and_names_the_setting() {
        start.withPropertyValues("mendwell.practice-time-zone=Europe/Atlantis").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("mendwell.practice-time-zone");
        });
    }

    @Test
    void a_blank_sender_address_stops_the_start_and_names_the_setting() {
        start.withPropertyValues("mendwell.mail.from= ").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("mendwell.mail.from");
        });
    }
}
