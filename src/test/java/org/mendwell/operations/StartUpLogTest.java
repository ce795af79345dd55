package org.mendwell.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mendwell.MendwellApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The start-up log is read by people: it says each thing once. Hibernate's notice that a setting is
 * "still incubating" came 31 times on every start. The application is started here on its own (not a
 * cached test context), so its whole start-up is what this test reads.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartUpLogTest {

    /** A readable log line: time, level, process, application, thread, logger, then the message. */
    private static final Pattern LINE = Pattern.compile("^\\S+\\s+[A-Z]+ \\d+ --- \\[[^]]*] \\[[^]]*] (\\S+\\s+: .*)$");

    @Test
    void each_start_up_message_is_said_once(CapturedOutput output) {
        try (var portal = new SpringApplicationBuilder(MendwellApplication.class)
                .profiles("test")
                .run("--server.port=0")) {
            assertThat(portal.isRunning()).isTrue();
        }

        Map<String, Long> messages = output.getAll()
                .lines()
                .map(LINE::matcher)
                .filter(Matcher::matches)
                .map(line -> line.group(1))
                .collect(Collectors.groupingBy(message -> message, Collectors.counting()));
        assertThat(messages).as("log lines from the start").isNotEmpty();
        assertThat(messages)
                .as("messages said more than once")
                .allSatisfy((message, times) -> assertThat(times).as(message).isEqualTo(1L));
    }
}
