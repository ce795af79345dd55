package org.mendwell.reminders;

import java.time.LocalDate;
import java.util.List;
import org.mendwell.account.DigestRecipient;
import org.mendwell.client.ReminderRecipient;
import org.mendwell.homework.DueExercise;
import org.mendwell.homework.NewSubmissions;
import org.mendwell.shared.PortalMail;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.springframework.stereotype.Component;

/**
 * The words of the reminder and digest e-mails. An e-mail leaves the portal's
 * protection, so these carry titles, dates and counts only: never an answer, a comment, a score, or
 * (in a clinician's digest) a client's name. Sent only when SMTP is configured (spring.mail.host).
 */
@Component
class ReminderMails {

    /** Past this many lines the e-mail points to the portal instead of listing everything. */
    static final int MAX_LINES = 10;

    private final PortalMail mail;
    /** Due dates arrive already on the client's own calendar; only the words are the practice's. */
    private final PersonalTime words;

    ReminderMails(PortalMail mail, ViewerTime time) {
        this.mail = mail;
        this.words = time.ofRecipient(null);
    }

    boolean canSend() {
        return mail.isConfigured();
    }

    boolean sendReminder(ReminderRecipient client, LocalDate today, List<DueExercise> due) {
        List<DueExercise> dueToday = due.stream()
                .filter(exercise -> exercise.dueDate().equals(today))
                .toList();
        List<DueExercise> overdue = due.stream()
                .filter(exercise -> exercise.dueDate().isBefore(today))
                .toList();
        var text = new StringBuilder("Hello ").append(client.fullName()).append(",\n\n");
        int listed = 0;
        if (!dueToday.isEmpty()) {
            text.append("Due today:\n");
            listed = list(text, dueToday, listed, false);
        }
        if (!overdue.isEmpty() && listed < MAX_LINES) {
            text.append(dueToday.isEmpty() ? "" : "\n").append("Overdue:\n");
            listed = list(text, overdue, listed, true);
        }
        if (listed < due.size()) {
            text.append("...and ").append(due.size() - listed).append(" more.\n");
        }
        text.append("""

                Open My exercises: %s

                You get this e-mail on days when an exercise is due or waiting. To stop these reminders, \
                turn them off on your Settings page: %s
                """.formatted(mail.link("my/exercises"), mail.link("my/settings")));
        return mail.send(
                client.email(),
                dueToday.isEmpty() ? "Your exercises are waiting" : "Your exercises for today",
                text.toString());
    }

    boolean sendDigest(DigestRecipient clinician, NewSubmissions news) {
        long waiting = news.waitingForReview();
        String text = """
                Hello %s,

                Since your last digest: %s from %s. %s

                Open Mendwell to read them: %s

                This digest comes once a day when something is new. It names no clients and shows no answers \
                on purpose; those stay in the portal.
                """.formatted(
                        clinician.displayName(),
                        count(news.submissions(), "new submission", "new submissions"),
                        count(news.clients(), "client", "clients"),
                        waiting == 0
                                ? "Nothing is waiting for your review."
                                : count(waiting, "submission is", "submissions are") + " waiting for your review.",
                        mail.link("caseload"));
        return mail.send(clinician.email(), "New exercise submissions in Mendwell", text);
    }

    private int list(StringBuilder text, List<DueExercise> exercises, int listed, boolean overdue) {
        for (DueExercise exercise : exercises) {
            if (listed == MAX_LINES) {
                break;
            }
            text.append("- ")
                    .append(exercise.title())
                    .append(" (")
                    .append(overdue ? "was due " : "")
                    .append(words.day(exercise.dueDate()))
                    .append(")\n");
            listed++;
        }
        return listed;
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
