package org.mendwell.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.mendwell.letters.DraftBasis;
import org.mendwell.letters.LetterKind;
import org.mendwell.letters.LetterReviewService;
import org.mendwell.letters.MyLettersService;
import org.mendwell.shared.DemoSettings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Four weeks of letters for the demo couple, written as the people would have, on the days they would have:
 * Jonas's apology returned once and then released to Robin, who replied; Robin's impact letter kept for the
 * session; and Jonas's disclosure letter still a draft. Runs after the demo practice is seeded, once: a couple
 * whose letters already exist is left alone. Not with {@code mendwell.demo.history=false} (the tests).
 */
@Component
@Order(11) // after DemoDataSeeder
@ConditionalOnProperty(name = "mendwell.demo.enabled", havingValue = "true")
class DemoLetters implements ApplicationRunner {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final MyLettersService letters;
    private final LetterReviewService review;
    private final SignedInAs signedInAs;
    private final TravellingClock clock;
    private final boolean withHistory;

    DemoLetters(
            MyLettersService letters,
            LetterReviewService review,
            SignedInAs signedInAs,
            TravellingClock clock,
            DemoSettings demo) {
        this.letters = letters;
        this.review = review;
        this.signedInAs = signedInAs;
        this.clock = clock;
        this.withHistory = demo.history();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!withHistory
                || !signedInAs.call(
                        DemoDataSeeder.JONAS,
                        () -> letters.myLetters().written().isEmpty())) {
            return;
        }
        LocalDate today = LocalDate.now(LONDON);
        try {
            UUID apology = as(today.minusDays(26), 21, DemoDataSeeder.JONAS, () -> {
                UUID letter = letters.startLetter(LetterKind.APOLOGY);
                letters.saveDraft(
                        letter,
                        "Robin, I am sorry. I kept the messages from you for months and told myself",
                        new DraftBasis(UUID.randomUUID(), 0));
                return letter;
            });
            as(today.minusDays(25), 22, DemoDataSeeder.JONAS, () -> {
                letters.submit(
                        apology,
                        "Robin, I am sorry. I kept the messages from you for months and told myself it was "
                                + "to protect you. It was to protect me. You deserved the truth.");
                return null;
            });
            as(today.minusDays(24), 10, DemoDataSeeder.CLINICIAN, () -> {
                review.returnForRedraft(
                        apology,
                        "A good start. Say more about what it was like for Robin to find out, without "
                                + "explaining why you did it.");
                return null;
            });
            as(today.minusDays(22), 21, DemoDataSeeder.JONAS, () -> {
                letters.submit(
                        apology,
                        "Robin, I am sorry. I kept the messages from you for months. When you found them you "
                                + "lost not only your trust in me but your trust in your own sense of things, "
                                + "because I had told you that you were imagining it. That was wrong, and it was "
                                + "mine. I am not asking you to forgive me. I am going to keep showing up, "
                                + "every day, and let you decide at your own pace what that means.\n\nJonas");
                return null;
            });
            as(today.minusDays(20), 11, DemoDataSeeder.CLINICIAN, () -> {
                review.release(apology);
                return null;
            });
            as(today.minusDays(19), 20, DemoDataSeeder.CLIENT, () -> {
                letters.reply(
                        apology,
                        "I read it three times. The part about my own sense of things is what I needed to "
                                + "hear. I am not ready to say more yet.");
                return null;
            });
            UUID impact = as(today.minusDays(11), 21, DemoDataSeeder.CLIENT, () -> {
                UUID letter = letters.startLetter(LetterKind.IMPACT);
                letters.submit(
                        letter,
                        "Jonas, this is what the last year did to me. I stopped sleeping through the night. "
                                + "I checked your phone in my head even when it was not in the room. I want you "
                                + "to know this not to punish you, but because you asked what it was like.");
                return letter;
            });
            as(today.minusDays(10), 9, DemoDataSeeder.CLINICIAN, () -> {
                review.keepForSession(impact);
                return null;
            });
            as(today.minusDays(2), 22, DemoDataSeeder.JONAS, () -> {
                UUID letter = letters.startLetter(LetterKind.DISCLOSURE);
                letters.saveDraft(
                        letter,
                        "There is one more thing I have not said, and I want to say it before",
                        new DraftBasis(UUID.randomUUID(), 0));
                return letter;
            });
        } finally {
            clock.backToNow();
        }
    }

    private <T> T as(LocalDate day, int hour, String email, java.util.function.Supplier<T> step) {
        clock.travelTo(day.atTime(hour, 0).atZone(LONDON).toInstant());
        return signedInAs.call(email, step);
    }
}
