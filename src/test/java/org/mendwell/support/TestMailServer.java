package org.mendwell.support;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * A real SMTP server (GreenMail) for tests. The usual way: annotate the test class with
 * {@link WithTestMailServer} and autowire this; the application then sends its mail to one server
 * shared by the whole test run, with links to {@link #PUBLIC_URL}, and the server is emptied before each
 * test. Classes with the same annotations share one application context, which a server of their own
 * (registered with {@code @RegisterExtension} from {@link #extension()} and pointed at from a
 * {@code @DynamicPropertySource}) would prevent; that way stays for tests that stop the server or run
 * another instance of the application.
 */
public final class TestMailServer {

    public static final String PUBLIC_URL = "https://portal.mendwell.example";

    private static @Nullable TestMailServer shared;

    private final int port;
    private final @Nullable GreenMailExtension extension;
    private final GreenMailOperations greenMail;

    /** A server of the test class's own, started and stopped around each test by {@link #extension()}. */
    public TestMailServer() {
        this.port = freePort();
        this.extension = new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        this.greenMail = extension;
    }

    private TestMailServer(GreenMail running) {
        this.port = running.getSmtp().getPort();
        this.extension = null;
        this.greenMail = running;
    }

    /** The server {@link WithTestMailServer} classes share, started at the first use, left running to the end. */
    public static synchronized TestMailServer shared() {
        if (shared == null) {
            var server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            shared = new TestMailServer(server);
        }
        return shared;
    }

    public GreenMailExtension extension() {
        if (extension == null) {
            throw new IllegalStateException("The shared server runs for the whole test run; it has no extension");
        }
        return extension;
    }

    /** Forgets every message received so far. */
    public void empty() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
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
        // Counted per address, not over the whole server: one action may mail several people, in any order,
        // and a message another test caused may still be arriving.
        long giveUpAt = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        List<String> bodies = bodiesTo(address);
        while (bodies.size() < count && System.nanoTime() < giveUpAt) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            bodies = bodiesTo(address);
        }
        return bodies;
    }

    /**
     * The messages to an address once one of them contains {@code text}, waiting a few seconds for it: for an
     * action that mails the same person several things, in whatever order they leave.
     */
    public List<String> bodiesTo(String address, String text) {
        long giveUpAt = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        List<String> bodies = bodiesTo(address);
        while (bodies.stream().noneMatch(body -> body.contains(text)) && System.nanoTime() < giveUpAt) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            bodies = bodiesTo(address);
        }
        return bodies;
    }

    /**
     * The messages to an address once the application has sent everything it had queued: for mail that must not
     * come. Waits for the executor the portal sends on ({@link BackgroundTasks}), not for a fixed time, so a message
     * that was sent is here and the answer is still a real "none".
     */
    public List<String> bodiesToOnceSent(String address, ThreadPoolTaskExecutor mailExecutor) {
        BackgroundTasks.awaitDone(mailExecutor);
        return bodiesTo(address);
    }

    /** Every message so far to anyone but {@code address}. */
    public List<String> bodiesNotTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> !isTo(message, address))
                .map(TestMailServer::body)
                .toList();
    }

    private List<String> bodiesTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> isTo(message, address))
                .map(TestMailServer::body)
                .toList();
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
        Matcher link = Pattern.compile(Pattern.quote(PUBLIC_URL + "/" + path) + "([A-Za-z0-9_-]{43})")
                .matcher(body);
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

    /** Points the application of a {@link WithTestMailServer} class at the shared server and makes it a bean. */
    public static class Customizers implements ContextCustomizerFactory {

        @Override
        public @Nullable ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
            return TestContextAnnotationUtils.hasAnnotation(testClass, WithTestMailServer.class)
                    ? new SharedServer()
                    : null;
        }
    }

    private static final class SharedServer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            TestMailServer server = shared();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "testMailServer",
                            Map.of(
                                    "spring.mail.host",
                                    "127.0.0.1",
                                    "spring.mail.port",
                                    server.port,
                                    "mendwell.public-url",
                                    PUBLIC_URL)));
            context.getBeanFactory().registerSingleton("testMailServer", server);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SharedServer;
        }

        @Override
        public int hashCode() {
            return SharedServer.class.hashCode();
        }
    }

    /** Empties the shared server before each test of a {@link WithTestMailServer} class, as a server of its own would be. */
    public static class EmptyBeforeEachTest implements TestExecutionListener {

        @Override
        public void beforeTestMethod(TestContext testContext) {
            if (TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), WithTestMailServer.class)) {
                shared().empty();
            }
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
