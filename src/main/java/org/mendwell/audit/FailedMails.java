package org.mendwell.audit;

import org.mendwell.shared.MailNotSent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Failed sends reach the administrator through the audit trail, as one summary entry a minute ("E-mail not
 * sent by the mail server: 3 times …"): mail goes out after the commit on another thread, so the page that
 * said "we are sending a link" cannot know (security round 2, finding 8). Counted like anonymous refusals,
 * since a visitor asking for reset links while the mail server is down must not append entries at will.
 */
@Component
class FailedMails {

    static final String OPERATION = "E-mail not sent by the mail server";

    private final AnonymousFailures counts;

    FailedMails(AnonymousFailures counts) {
        this.counts = counts;
    }

    @EventListener
    public void notSent(MailNotSent event) {
        counts.count(OPERATION, null);
    }
}
