package org.mendwell.reminders;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mendwell.support.MutableClock;
import org.mendwell.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What reminder tests share: a real SMTP server (GreenMail) on a free port, so that parallel builds on
 * the machine do not collide, and a clock the test moves by hand. Subclasses pick the database.
 */
@Import(TestClock.class)
abstract class ReminderMailTest {

    /** Wednesday 10 March 2027, 09:00 in London (GMT) and 04:00 in New York (EST, before the clocks change). */
    static final Instant WEDNESDAY_9AM_LONDON = Instant.parse("2027-03-10T09:00:00Z");

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("mendwell.public-url", () -> "https://portal.mendwell.example");
    }

    @Autowired
    MutableClock clock;

    @Autowired
    ReminderFixtures fixtures;

    @Autowired
    ReminderJob job;

    @BeforeEach
    void cleanSlate() {
        fixtures.reset();
        clock.set(WEDNESDAY_9AM_LONDON);
    }

    /** Forgets the invitations and anything else set-up sent, so a test sees only what the job sends. */
    static void forgetMailSoFar() {
        try {
            smtp.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<MimeMessage> received() {
        return Arrays.asList(smtp.getReceivedMessages());
    }

    /** The one recipient of each message received, in order. */
    static List<String> recipients() {
        return received().stream()
                .map(message -> {
                    try {
                        var to = message.getRecipients(Message.RecipientType.TO);
                        return to.length == 1 ? to[0].toString() : Arrays.toString(to);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    static List<MimeMessage> to(String address) {
        return received().stream()
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equals(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The decoded text, whatever transfer encoding the mail went out in. */
    static String body(MimeMessage message) {
        try {
            return message.getContent().toString().replace("\r\n", "\n");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
