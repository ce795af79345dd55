package org.mendwell.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Plain-text e-mail from the portal, sent only when SMTP is configured (spring.mail.host), from
 * mendwell.mail.from, with links to mendwell.public-url. A failed send is reported, never thrown,
 * and logged without the address or the text.
 */
@Component
public class PortalMail {

    private static final Logger log = LoggerFactory.getLogger(PortalMail.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final Environment environment;
    private final String from;
    private final TaskExecutor executor;
    private final ApplicationEventPublisher events;

    PortalMail(
            ObjectProvider<JavaMailSender> mailSender,
            Environment environment,
            MailSettings mail,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            ApplicationEventPublisher events) {
        this.events = events;
        this.mailSender = mailSender;
        this.environment = environment;
        this.from = mail.from();
        this.executor = executor;
    }

    /**
     * Sends once the current transaction has committed (at once without one), on another thread: the
     * request neither waits for the mail server nor takes longer when a message goes out, and nothing
     * is sent for a change that was rolled back.
     */
    public void sendAfterCommit(String to, String subject, String text) {
        Runnable send = () -> executor.execute(() -> send(to, subject, text));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    public boolean isConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    /**
     * The portal's address for a path such as "my/exercises". Read on each use, so the address may
     * name a port that is only known once the server runs.
     */
    public String link(String path) {
        String publicUrl = environment.getProperty("mendwell.public-url", "http://localhost:8080");
        return (publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl) + "/" + path;
    }

    /** True when the message was handed to the mail server. */
    public boolean send(String to, String subject, String text) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("An e-mail could not be sent: {}", e.getClass().getSimpleName());
            // Sent after the commit, off the request: the page that asked cannot know; the trail tells the
            // administrator.
            events.publishEvent(new MailNotSent(e.getClass().getSimpleName()));
            return false;
        }
    }
}
