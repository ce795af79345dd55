package org.mendwell.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on a free port for a test class: register it with
 * {@code @RegisterExtension} and point the application at it from a {@code @DynamicPropertySource}.
 */
public final class TestMailServer {

    public static final String PUBLIC_URL = "https://portal.mendwell.example";

    private final int port = freePort();
    private final GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    public GreenMailExtension extension() {
        return greenMail;
    }

    /** Sends the application's mail here, with links to {@link #PUBLIC_URL}. */
    public void configure(DynamicPropertyRegistry registry) {
        configureSmtp(registry);
        registry.add("mendwell.public-url", () -> PUBLIC_URL);
    }

    /** Sends the application's mail here and leaves the links' address alone (browser tests follow them). */
    public void configureSmtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
    }

    /** Messages to an address, waiting a few seconds for {@code count} of them, since some mail leaves on another thread. */
    public List<String> bodiesTo(String address, int count) {
        greenMail.waitForIncomingEmail(5_000, count);
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> isTo(message, address))
                .map(TestMailServer::body).toList();
    }

    public int receivedCount() {
        return greenMail.getReceivedMessages().length;
    }

    /**
     * The token of the link to {@code path} in the latest message to an address, waiting a few seconds
     * for one, since mail sent after a commit leaves on another thread.
     */
    public String tokenMailedTo(String address, String path) {
        for (int tries = 0; tries < 50; tries++) {
            var bodies = bodiesTo(address, 1);
            if (!bodies.isEmpty()) {
                return tokenAfter(path, bodies.getLast());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No message to " + address);
    }

    /** The token at the end of the first link to {@code path} in a message body. */
    public static String tokenAfter(String path, String body) {
        Matcher link = Pattern.compile(Pattern.quote(PUBLIC_URL + "/" + path) + "([A-Za-z0-9_-]{43})").matcher(body);
        if (!link.find()) {
            throw new AssertionError("No link to " + path + " in:\n" + body);
        }
        return link.group(1);
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString().replace("\r\n", "\n");
        } catch (MessagingException | IOException e) {
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
