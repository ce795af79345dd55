package org.mendwell.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same journeys and the same search as {@link NoHealthInformationInLogsTest}, with the logs in
 * the production format (the mariadb profile's structured JSON, Elastic Common Schema): nothing
 * private appears in the JSON either, and every line is one JSON object a log collector can parse.
 *
 * <p>Spring Boot configures logging once per JVM (the first application context started wins), so
 * this class lets its own context configure it afresh; afterwards the logging is the application's
 * own again (see {@link NoHealthInformationInLogsTest#applicationLoggingAgain()}).
 */
@TestPropertySource(properties = "logging.structured.format.console=ecs")
class NoHealthInformationInJsonLogsTest extends NoHealthInformationInLogsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void letThisContextConfigureLogging() {
        LoggingSystem.get(NoHealthInformationInJsonLogsTest.class.getClassLoader())
                .cleanUp();
    }

    @Test
    void every_line_logged_on_the_journeys_is_one_json_object(CapturedOutput output) {
        // Only what is logged from here: before it come the test framework's own notices.
        int before = output.getAll().length();
        the_main_journeys_log_no_names_answers_or_feedback(output);
        // The journeys log little; an error with its stack trace, as ErrorHandling logs one, must
        // still be one line, or a collector would split it into many entries.
        LoggerFactory.getLogger("org.mendwell.shared.ui.ErrorHandling")
                .error(
                        "Unexpected error, incident {}",
                        "INC-json-check",
                        new IllegalStateException("a failure", new IllegalArgumentException("its cause")));

        List<String> lines = output.getAll()
                .substring(before)
                .lines()
                .filter(line -> !line.isBlank())
                .toList();
        assertThat(lines)
                .last()
                .satisfies(line -> assertThat(line).contains("INC-json-check", "IllegalStateException", "its cause"));
        for (String line : lines) {
            JsonNode entry;
            try {
                entry = JSON.readTree(line);
            } catch (JacksonException notJson) {
                throw new AssertionError("Not one JSON object: " + line, notJson);
            }
            assertThat(entry.isObject()).as(line).isTrue();
            assertThat(entry.has("@timestamp")).as(line).isTrue();
            assertThat(entry.path("message").isString()).as(line).isTrue();
        }
    }
}
