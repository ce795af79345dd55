package org.mendwell.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Times belong to the person reading them (issue 16): only {@code shared/time} decides a zone and a
 * locale. Nothing else may fall back on the server's zone, and no view or e-mail builds a date formatter
 * of its own, with or without a zone.
 */
class NoServerClockTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path ONE_PLACE = MAIN.resolve("org/mendwell/shared/time");

    /** The server's clock and zone: nobody's, so nowhere. */
    private static final List<String> SERVER_ZONE = List.of(
            "ZoneId.systemDefault(",
            "TimeZone.getDefault(",
            "Clock.systemDefaultZone(",
            "LocalDate.now()",
            "LocalDateTime.now()",
            "LocalTime.now()",
            "ZonedDateTime.now()",
            "OffsetDateTime.now()",
            "Year.now()");

    /** Formats of their own, in views and e-mails: they ask PersonalTime instead. */
    private static final List<String> OWN_FORMATS = List.of("DateTimeFormatter.of", ".withZone(", "Locale.getDefault(");

    /** Views and e-mails allowed a format of their own, and why. */
    private static final Map<String, String> OWN_FORMAT_ALLOWED = Map.of(
            "org/mendwell/audit/ui/AuditView.java", "the audit trail is in UTC and says \"UTC\" beside every time",
            "org/mendwell/shared/ui/DatePickers.java", "writes the picker's example date in the picker's own pattern");

    @Test
    void nothing_outside_shared_time_uses_the_servers_zone() throws IOException {
        assertThat(offences(SERVER_ZONE, path -> true)).isEmpty();
    }

    @Test
    void no_view_or_e_mail_formats_dates_with_a_zone_or_locale_of_its_own() throws IOException {
        assertThat(offences(
                        OWN_FORMATS,
                        path -> isViewOrMail(path)
                                && !OWN_FORMAT_ALLOWED.containsKey(
                                        MAIN.relativize(path).toString().replace('\\', '/'))))
                .isEmpty();
    }

    @Test
    void the_guard_sees_the_files_it_guards() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            assertThat(files.filter(NoServerClockTest::isViewOrMail)
                            .map(path -> path.getFileName().toString()))
                    .contains(
                            "ExerciseView.java", "ReviewInboxView.java", "ReminderMails.java", "SecurityNotices.java");
        }
    }

    private static boolean isViewOrMail(Path path) {
        String name = path.getFileName().toString();
        return path.toString().replace('\\', '/').contains("/ui/") || name.contains("Mail") || name.contains("Notices");
    }

    private static List<String> offences(List<String> forbidden, java.util.function.Predicate<Path> applies)
            throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !path.startsWith(ONE_PLACE))
                    .filter(applies)
                    .toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    for (String token : forbidden) {
                        if (lines.get(i).contains(token)) {
                            found.add(MAIN.relativize(file) + ":" + (i + 1) + " uses " + token);
                        }
                    }
                }
            }
        }
        return found;
    }
}
