package org.mendwell.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mendwell.account.AccountLanguages;
import org.mendwell.account.DigestRecipient;
import org.mendwell.client.ReminderRecipient;
import org.mendwell.homework.DueExercise;
import org.mendwell.homework.NewSubmissions;
import org.mendwell.shared.PortalMail;
import org.mendwell.shared.i18n.Language;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.springframework.stereotype.Component;

/**
 * The words of the reminder and digest e-mails, in each recipient's language. An e-mail leaves the portal's
 * protection, so these carry titles, dates and counts only: never an answer, a comment, a score, or
 * (in a clinician's digest) a client's name. Sent only when SMTP is configured (spring.mail.host).
 */
@Component
class ReminderMails {

    /** Past this many lines the e-mail points to the portal instead of listing everything. */
    static final int MAX_LINES = 10;

    private final PortalMail mail;
    private final Messages messages;
    private final AccountLanguages accountLanguages;
    private final ViewerLanguage viewerLanguage;
    private final ViewerTime time;

    ReminderMails(
            PortalMail mail,
            Messages messages,
            AccountLanguages accountLanguages,
            ViewerLanguage viewerLanguage,
            ViewerTime time) {
        this.mail = mail;
        this.messages = messages;
        this.accountLanguages = accountLanguages;
        this.viewerLanguage = viewerLanguage;
        this.time = time;
    }

    boolean canSend() {
        return mail.isConfigured();
    }

    boolean sendReminder(ReminderRecipient client, LocalDate today, List<DueExercise> due) {
        Locale locale = localeOf(client.accountId());
        // Due dates arrive already on the client's own calendar; only the words are the client's language.
        PersonalTime words = time.ofRecipient(null, locale);
        List<DueExercise> dueToday = due.stream()
                .filter(exercise -> exercise.dueDate().equals(today))
                .toList();
        List<DueExercise> overdue = due.stream()
                .filter(exercise -> exercise.dueDate().isBefore(today))
                .toList();
        var text = new StringBuilder(messages.text("reminders.mail.reminder.hello", locale, client.fullName()))
                .append("\n\n");
        int listed = 0;
        if (!dueToday.isEmpty()) {
            text.append(messages.text("reminders.mail.reminder.due-today", locale))
                    .append('\n');
            listed = list(text, dueToday, listed, "reminders.mail.reminder.line", locale, words);
        }
        if (!overdue.isEmpty() && listed < MAX_LINES) {
            text.append(dueToday.isEmpty() ? "" : "\n")
                    .append(messages.text("reminders.mail.reminder.overdue", locale))
                    .append('\n');
            listed = list(text, overdue, listed, "reminders.mail.reminder.line-overdue", locale, words);
        }
        if (listed < due.size()) {
            text.append(messages.text("reminders.mail.reminder.more", locale, due.size() - listed))
                    .append('\n');
        }
        text.append('\n')
                .append(messages.text(
                        "reminders.mail.reminder.footer", locale, mail.link("my/exercises"), mail.link("my/settings")));
        return mail.send(
                client.email(),
                messages.text(
                        dueToday.isEmpty()
                                ? "reminders.mail.reminder.subject-waiting"
                                : "reminders.mail.reminder.subject-today",
                        locale),
                text.toString());
    }

    boolean sendDigest(DigestRecipient clinician, NewSubmissions news) {
        Locale locale = localeOf(clinician.accountId());
        String text = messages.text(
                "reminders.mail.digest.body",
                locale,
                clinician.displayName(),
                news.submissions(),
                news.clients(),
                news.waitingForReview(),
                mail.link("caseload"));
        return mail.send(clinician.email(), messages.text("reminders.mail.digest.subject", locale), text);
    }

    private Locale localeOf(UUID accountId) {
        return viewerLanguage.recipientLocale(accountLanguages.of(accountId));
    }

    /**
     * How the e-mail names an exercise: a measure neutrally, in the reader's language; an exercise given in
     * another language by the title the client will see on its page, quoted and said to be in that language.
     */
    private String named(DueExercise exercise, Locale locale) {
        if (exercise.title() == null) {
            return messages.text("reminders.mail.reminder.measure", locale);
        }
        if (exercise.language().equals(locale.getLanguage())) {
            return exercise.title();
        }
        return messages.text(
                "reminders.mail.reminder.titled-in",
                locale,
                exercise.title(),
                messages.text(Language.nameKey(exercise.language()), locale));
    }

    private int list(
            StringBuilder text,
            List<DueExercise> exercises,
            int listed,
            String line,
            Locale locale,
            PersonalTime words) {
        for (DueExercise exercise : exercises) {
            if (listed == MAX_LINES) {
                break;
            }
            text.append(messages.text(line, locale, named(exercise, locale), words.day(exercise.dueDate())))
                    .append('\n');
            listed++;
        }
        return listed;
    }
}
