package org.mendwell.account;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails invitation links when SMTP is configured (spring.mail.host). Without it the link is only
 * shown to the clinician to pass on. A failed send never loses the invitation: the clinician still
 * sees the link. The log names no person and no token.
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final Environment environment;
    private final String from;

    InvitationMailer(ObjectProvider<JavaMailSender> mailSender, Environment environment,
                     @Value("${mendwell.mail.from:no-reply@mendwell.example}") String from) {
        this.mailSender = mailSender;
        this.environment = environment;
        this.from = from;
    }

    /** Read on each use, so the address may name a port that is only known once the server runs. */
    String linkFor(String token) {
        String publicUrl = environment.getProperty("mendwell.public-url", "http://localhost:8080");
        return (publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl)
                + "/invitation/" + token;
    }

    boolean send(String to, String name, String invitedBy, String url, Instant expiresAt) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject("Your invitation to Mendwell");
        message.setText("""
                Hello %s,

                %s has invited you to Mendwell, the practice's portal for your intake and the exercises \
                you'll do between sessions.

                Choose your password here (the link works once, until %s):
                %s

                If you weren't expecting this, you can ignore this message.
                """.formatted(name, invitedBy, DAY.format(expiresAt), url));
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Invitation e-mail could not be sent: {}", e.getClass().getSimpleName());
            return false;
        }
    }
}
