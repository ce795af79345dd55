package org.mendwell.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mendwell.support.Visitor.CLIENTS;
import static org.mendwell.support.Visitor.CLINICIANS;
import static org.mendwell.support.Visitor.EVERYONE;
import static org.mendwell.support.Visitor.NOBODY;
import static org.mendwell.support.Visitor.SIGNED_IN;

import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mendwell.account.AccountBootstrap;
import org.mendwell.account.AccountService;
import org.mendwell.account.InvitationService;
import org.mendwell.account.MyAccountService;
import org.mendwell.account.MyLanguageService;
import org.mendwell.account.MyTimeZoneService;
import org.mendwell.account.NewStaffAccount;
import org.mendwell.account.PasswordResetService;
import org.mendwell.account.PracticeSecurity;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.agreements.AgreementService;
import org.mendwell.agreements.Frequency;
import org.mendwell.agreements.MyAgreementsService;
import org.mendwell.agreements.NewAgreement;
import org.mendwell.agreements.Promisers;
import org.mendwell.agreements.domain.PromiseMarkRepository;
import org.mendwell.audit.AuditFilter;
import org.mendwell.audit.AuditService;
import org.mendwell.client.CaseloadFilter;
import org.mendwell.client.ClientInvitationService;
import org.mendwell.client.ClientService;
import org.mendwell.client.CoupleLinkEnding;
import org.mendwell.client.CoupleLinkService;
import org.mendwell.client.HandoverService;
import org.mendwell.client.InviteClient;
import org.mendwell.client.MyRecordService;
import org.mendwell.client.domain.Client;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.client.domain.CoupleRelinkRepository;
import org.mendwell.homework.Answer;
import org.mendwell.homework.AssignExercise;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.ExerciseLibraryService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.LibraryFilter;
import org.mendwell.homework.ReviewService;
import org.mendwell.homework.TemplateEditingService;
import org.mendwell.homework.domain.ExerciseOccurrenceRepository;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.homework.domain.SubmissionRepository;
import org.mendwell.intake.ConsentService;
import org.mendwell.intake.IntakeAnswers;
import org.mendwell.intake.IntakeService;
import org.mendwell.letters.DraftBasis;
import org.mendwell.letters.LetterKind;
import org.mendwell.letters.LetterReviewService;
import org.mendwell.letters.MyLettersService;
import org.mendwell.progress.CaseloadOverviewService;
import org.mendwell.progress.ClientProgressService;
import org.mendwell.progress.OccurrenceFilter;
import org.mendwell.progress.PracticeOverviewService;
import org.mendwell.progress.ReviewInboxService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.i18n.Language;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.support.AnotherCouple;
import org.mendwell.support.Authenticator;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.mendwell.support.TemplateFixtures;
import org.mendwell.support.Visitor;
import org.mendwell.triggers.LogMoment;
import org.mendwell.triggers.MyTriggerLogService;
import org.mendwell.triggers.TriggerLogService;
import org.mendwell.triggers.TriggerLogSettings;
import org.mendwell.triggers.domain.ReassuranceNoticeRepository;
import org.mendwell.trust.TrustGapService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Every public method of every application service × every kind of visitor × records that belong to
 * Robin (a client of the first clinician) or to her clinician: whoever may call it gets a result,
 * everyone else is refused (not signed in, wrong role, or "not found"), and neither a refusal nor
 * anyone else's result carries anything of Robin's record. Her partner Jonas gets what she shares with
 * him (a shared check-in's answers, visible promises and their kept days, a neutral reassurance notice)
 * and never her safety data: no safety question or rating, answer she held back, "not this time" mark,
 * private note, trigger log entry, intake answer or letter her clinician has not released. Hana, of
 * another couple of the same clinician, is a client like any other to Robin's records. Methods that
 * act on "my own" data are served to each visitor of the right role with their own data only. The few methods open to
 * visitors who are not signed in say why, and are called with an unknown token or address.
 *
 * <p>Each cell runs in a transaction of its own that is rolled back, so an owner's change (an
 * archive, a submit) never changes what the next cell sees. A service method the matrix does not
 * list, or a row for a method that is gone, fails the build.
 */
@MendwellTest
@ChangesDemoPractice
class ServiceAccessMatrixTest {

    /** The practice administrator alone (Visitor.ADMIN is the visitor). */
    private static final Set<Visitor> ADMIN = Visitor.ADMINS;

    private static final Set<Visitor> ROBIN = EnumSet.of(Visitor.CLIENT);
    private static final Set<Visitor> PARTNER = EnumSet.of(Visitor.PARTNER);
    private static final Set<Visitor> THE_COUPLE = EnumSet.of(Visitor.CLIENT, Visitor.PARTNER);
    private static final Set<Visitor> ROBINS_CLINICIAN = EnumSet.of(Visitor.CLINICIAN);
    private static final Set<Visitor> STAFF = EnumSet.of(Visitor.CLINICIAN, Visitor.OTHER_CLINICIAN, Visitor.ADMIN);

    private static final String ANSWER = "Matrix answer 5d2a";
    private static final String TEMPLATE_TITLE = "Matrix template 7c1e";
    private static final String LETTER_FROM_ROBIN = "Matrix letter from Robin 3b9e";
    private static final String LETTER_TO_ROBIN = "Matrix letter to Robin 4c1d";
    private static final String AGREEMENT_WORDS = "Matrix promise 4b8d";
    private static final String HARD_DAY_WORDS = "Matrix promise for hard days 5a1c";
    // Safety data of Robin's that her partner must never get, whatever he calls.
    private static final String PRIVATE_NOTE = "Matrix private note on a kept day 2e6b";
    private static final String NOT_THIS_TIME_NOTE = "Matrix shared note on a day not kept 6e2c";
    private static final String WITHHELD_ANSWER = "Matrix withheld answer 1c5f";
    private static final String TRIGGER = "Matrix set off by 8d3a";
    private static final String SAFETY_QUESTION = "how safe do you feel with your partner";
    private static final String UNKNOWN_TOKEN = "matrix-token-that-was-never-issued";
    private static final String NEW_PASSWORD = "a quiet matrix of rivers 4821";

    /** What one cell returned or threw. */
    private record Outcome(
            @Nullable Object result, @Nullable Throwable thrown) {

        boolean refused() {
            return thrown instanceof AccessDeniedException
                    || thrown instanceof AuthenticationCredentialsNotFoundException
                    || thrown instanceof RecordNotFoundException;
        }
    }

    @FunctionalInterface
    private interface Call {
        @Nullable
        Object call(@Nullable Object prepared) throws Exception;
    }

    /** A call whose effect is what counts: it returns nothing to look into. */
    @FunctionalInterface
    private interface Action {
        void run(@Nullable Object prepared) throws Exception;
    }

    @FunctionalInterface
    private interface Preparation {
        @Nullable
        Object prepare() throws Exception;
    }

    /** One service method: who may call it, how it is called, and what the caller must get. */
    private static final class Row {
        final String method;
        Set<Visitor> allowed = NOBODY;
        Preparation preparation = () -> null;
        Call call = prepared -> {
            throw new IllegalStateException("no call");
        };
        Predicate<Outcome> served = outcome -> outcome.thrown() == null;
        final Map<Visitor, String> shows = new EnumMap<>(Visitor.class);
        Set<Visitor> namesShownTo = NOBODY;
        String why = "";

        Row(String method) {
            this.method = method;
        }

        Row allow(Set<Visitor> visitors) {
            allowed = visitors;
            return this;
        }

        /** Open to visitors who are not signed in, and why that is safe. */
        Row open(String reason) {
            allowed = EVERYONE;
            why = reason;
            return this;
        }

        /** Nobody in the matrix may: the record is shared with, or belongs to, someone else. */
        Row nobody(String reason) {
            allowed = NOBODY;
            why = reason;
            return this;
        }

        /** Runs as the same visitor in the same transaction before the call; only those who may, can. */
        Row after(Preparation step) {
            preparation = step;
            return this;
        }

        Row call(Call call) {
            this.call = call;
            return this;
        }

        Row runs(Action action) {
            return call(prepared -> {
                action.run(prepared);
                return null;
            });
        }

        Row servedWhen(Predicate<Outcome> test) {
            served = test;
            return this;
        }

        /** This visitor is shown the names of clients (never what they answered), for the reason given. */
        Row clientNamesTo(Visitor visitor, String reason) {
            namesShownTo = EnumSet.of(visitor);
            why = reason;
            return this;
        }

        /** The visitor's result must contain this: their own data, not just anything. */
        Row shows(Visitor visitor, String text) {
            shows.put(visitor, text);
            return this;
        }
    }

    @Autowired
    SignIn signIn;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    MutableClock clock;

    @Autowired
    ClientRepository clientRecords;

    @Autowired
    ClientIds clientIds;

    @Autowired
    AccountRepository accountRecords;

    @Autowired
    ExerciseTemplateRepository templateRecords;

    @Autowired
    ExerciseOccurrenceRepository occurrenceRecords;

    @Autowired
    SubmissionRepository submissionRecords;

    @Autowired
    AccountService accounts;

    @Autowired
    InvitationService invitations;

    @Autowired
    MyAccountService myAccount;

    @Autowired
    MyTimeZoneService myTimeZone;

    @Autowired
    MyLanguageService myLanguage;

    @Autowired
    PasswordResetService passwordResets;

    @Autowired
    PracticeSecurity practiceSecurity;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    UserDetailsPasswordService userDetailsPasswords;

    @Autowired
    AccountBootstrap bootstrap;

    @Autowired
    AuditService audit;

    @Autowired
    ClientService clients;

    @Autowired
    ClientInvitationService inviting;

    @Autowired
    MyRecordService ownRecord;

    @Autowired
    AssignmentService assignments;

    @Autowired
    CompletionService completion;

    @Autowired
    ExerciseLibraryService library;

    @Autowired
    ReviewService review;

    @Autowired
    TemplateEditingService templateEditing;

    @Autowired
    ConsentService consent;

    @Autowired
    HandoverService handovers;

    @Autowired
    IntakeService intake;

    @Autowired
    CaseloadOverviewService caseloadOverview;

    @Autowired
    ReviewInboxService reviewInbox;

    @Autowired
    ClientProgressService progress;

    @Autowired
    PracticeOverviewService practiceOverview;

    @Autowired
    MyLettersService myLetters;

    @Autowired
    LetterReviewService letterReview;

    @Autowired
    CoupleLinkService coupleLinks;

    @Autowired
    CoupleRelinkRepository relinkRecords;

    @Autowired
    TrustGapService trustGap;

    @Autowired
    TriggerLogService triggerLog;

    @Autowired
    MyTriggerLogService myTriggerLog;

    @Autowired
    AgreementService agreements;

    @Autowired
    MyAgreementsService myAgreements;

    @Autowired
    PromiseMarkRepository promiseMarks;

    @Autowired
    ReassuranceNoticeRepository reassuranceNotices;

    @Autowired
    AnotherCouple anotherCouple;

    // Robin's records and the people around her, set up by robinsRecords() before the cells run.
    private UUID robin;
    private UUID robinAccount;
    private UUID clinicianAccount;
    private UUID marcus;
    private UUID tobias;
    private UUID tobiasAccount;
    private UUID template;
    private long templateLock;
    private UUID assignment;
    private UUID submittedOccurrence;
    private UUID openOccurrence;
    private UUID submission;
    private UUID jonas;
    /** Robin's letter to Jonas, submitted to her clinician; her draft of another; Jonas's letter released to her. */
    private UUID robinsLetter;

    private UUID robinsDraft;

    /** The one page the matrix writes Robin's draft from, on its first version and then as its last editor. */
    private static final UUID MATRIX_PAGE = UUID.randomUUID();

    private UUID letterToRobin;
    private UUID agreement;
    private UUID keptDay;
    /** When Robin's "I need reassurance" left Jonas a notice, as he reads it back. */
    private String reassuranceSent = "(set up before the cells run)";

    private LocalDate robinsToday = LocalDate.EPOCH;
    private final Map<Visitor, String> names = new EnumMap<>(Visitor.class);
    private String robinsPartner = "(set up before the cells run)";
    private String otherCouplesPartner = "(set up before the cells run)";
    /** Text of someone's record, and who may see it; everyone else must never get it back. */
    private final Map<String, Set<Visitor>> secrets = new LinkedHashMap<>();

    private final Set<String> clientNames = new java.util.HashSet<>();

    /**
     * Robin's records, committed: a submitted and shared check-in, an exercise still to do, and a
     * template of her clinician's own. Marcus (intake submitted) and Tobias (invited) are other
     * clients of her clinician, for the calls that need a client at that stage.
     */
    private void robinsRecords() {
        Client robinRecord = clientRecords.findByEmail(Demo.CLIENT).orElseThrow();
        Client caseyRecord = clientRecords.findByEmail(Demo.CLIENT_2).orElseThrow();
        Client marcusRecord = clientRecords.findByEmail(Demo.MARCUS).orElseThrow();
        Client tobiasRecord = clientRecords.findByEmail(Demo.TOBIAS).orElseThrow();
        robin = robinRecord.getId();
        robinAccount = robinRecord.getAccountId();
        marcus = marcusRecord.getId();
        tobias = tobiasRecord.getId();
        tobiasAccount = tobiasRecord.getAccountId();
        clinicianAccount =
                accountRecords.findByEmail(Demo.CLINICIAN).orElseThrow().getId();
        names.put(Visitor.CLIENT, robinRecord.getFullName());
        names.put(Visitor.OTHER_CLIENT, caseyRecord.getFullName());
        robinsPartner = clientRecords.findByEmail(Demo.JONAS).orElseThrow().getFullName();
        names.put(Visitor.PARTNER, robinsPartner);
        anotherCouple.link();
        Client hanaRecord = clientRecords.findByEmail(Demo.HANA).orElseThrow();
        Client samuelRecord = clientRecords.findByEmail(Demo.SAMUEL).orElseThrow();
        names.put(Visitor.OTHER_COUPLE, hanaRecord.getFullName());
        otherCouplesPartner = samuelRecord.getFullName();

        signIn.as(Demo.CLINICIAN);
        template = templateEditing
                .create(TemplateFixtures.oneQuestion(TEMPLATE_TITLE))
                .templateId();
        templateLock = templateEditing.editable(template).lockVersion();
        ZoneId robinsZone = intake.timeZoneOf(robin).orElse(ZoneId.of("Europe/London"));
        String robinsPhone = intake.intakeOf(robin).orElseThrow().answers().getPhone();
        var today = ExerciseSchedule.once(clock.setToNoonIn(robinsZone), LocalTime.of(23, 59));
        UUID checkIn = templateRecords.findByKey("daily-check-in").orElseThrow().getId();
        assignment = assignments
                .assign(new AssignExercise(robin, checkIn, null, today, false, null))
                .getFirst()
                .assignmentId();
        submittedOccurrence = occurrenceRecords
                .findByAssignmentIdOrderByNumber(assignment)
                .getFirst()
                .getId();
        UUID toDo = assignments
                .assign(new AssignExercise(robin, template, null, today, false, null))
                .getFirst()
                .assignmentId();
        openOccurrence = occurrenceRecords
                .findByAssignmentIdOrderByNumber(toDo)
                .getFirst()
                .getId();

        robinsToday = LocalDate.now(clock.withZone(robinsZone));
        agreement = dailyPromiseOfRobin(AGREEMENT_WORDS);
        UUID hardDays = dailyPromiseOfRobin(HARD_DAY_WORDS);
        // Robin's trigger log, with the reassurance signal allowed; both partners opt in below.
        triggerLog.setTriggerLog(robin, new TriggerLogSettings(true, true, null));

        signIn.as(Demo.CLIENT);
        // Kept, with a note she keeps to herself; and "not this time" on the other, with a note she shared.
        myAgreements.mark(agreement, robinsToday, org.mendwell.agreements.Outcome.KEPT, PRIVATE_NOTE, false);
        myAgreements.mark(
                hardDays, robinsToday, org.mendwell.agreements.Outcome.NOT_THIS_TIME, NOT_THIS_TIME_NOTE, true);
        keptDay = promiseMarks
                .findByAgreementIdAndDueDate(agreement, robinsToday)
                .orElseThrow()
                .getId();
        completion.submit(submittedOccurrence, checkInAnswers());
        completion.shareWithPartner(submittedOccurrence, true);
        completion.withholdFromPartner(submittedOccurrence, Set.of(3));
        submission = submissionRecords
                .findByOccurrenceId(submittedOccurrence)
                .orElseThrow()
                .getId();

        robinsLetter = myLetters.startLetter(LetterKind.APOLOGY);
        myLetters.submit(robinsLetter, LETTER_FROM_ROBIN);
        robinsDraft = myLetters.startLetter(LetterKind.IMPACT);
        jonas = clientIds.of(Demo.JONAS);
        myTriggerLog.setMyReassuranceOptIn(true);
        myTriggerLog.logMoment(new LogMoment(7, TRIGGER, Set.of(), null, null));
        signIn.as(Demo.JONAS);
        myTriggerLog.setMyReassuranceOptIn(true);
        letterToRobin = myLetters.startLetter(LetterKind.DISCLOSURE);
        myLetters.submit(letterToRobin, LETTER_TO_ROBIN);
        signIn.as(Demo.CLIENT);
        myTriggerLog.askForReassurance();
        reassuranceSent = reassuranceNotices
                .findByToClientIdAndSeenAtIsNullOrderBySentAtDesc(jonas)
                .getFirst()
                .getSentAt()
                .toString();
        signIn.as(Demo.CLINICIAN);
        letterReview.release(letterToRobin);

        Set<Visitor> robinAndHerClinician = EnumSet.of(Visitor.CLIENT, Visitor.CLINICIAN);
        Set<Visitor> theCoupleAndTheirClinician = EnumSet.of(Visitor.CLIENT, Visitor.PARTNER, Visitor.CLINICIAN);
        // Submitted, not released: nothing of it reaches Jonas before her clinician releases it.
        secrets.put(LETTER_FROM_ROBIN, robinAndHerClinician);
        // Jonas wrote it and her clinician released it to her.
        secrets.put(LETTER_TO_ROBIN, theCoupleAndTheirClinician);
        secrets.put(robinRecord.getFullName(), theCoupleAndTheirClinician);
        // The answer she shared with Jonas; the one she held back from him is hers and her clinician's.
        secrets.put(ANSWER, theCoupleAndTheirClinician);
        secrets.put(WITHHELD_ANSWER, robinAndHerClinician);
        secrets.put(robinsPartner, theCoupleAndTheirClinician);
        // Robin sees the title of the exercise she was given; nobody else but its author does.
        secrets.put(TEMPLATE_TITLE, robinAndHerClinician);
        // Her promises are visible to Jonas; of her marks, only kept days, and no note she kept to herself.
        secrets.put(AGREEMENT_WORDS, theCoupleAndTheirClinician);
        secrets.put(HARD_DAY_WORDS, theCoupleAndTheirClinician);
        secrets.put(PRIVATE_NOTE, robinAndHerClinician);
        secrets.put(NOT_THIS_TIME_NOTE, robinAndHerClinician);
        // Her trigger log is hers and her clinician's; Jonas gets only a neutral notice, never its content.
        secrets.put(TRIGGER, robinAndHerClinician);
        // No safety question, and so no safety rating, ever reaches the partner (others see their own forms).
        secrets.put(SAFETY_QUESTION, EnumSet.complementOf(EnumSet.of(Visitor.PARTNER)));
        // An answer of her intake, read inside the intake's answers (an object without a toString of its own).
        secrets.put(robinsPhone, robinAndHerClinician);
        secrets.put(marcusRecord.getFullName(), ROBINS_CLINICIAN);
        secrets.put(tobiasRecord.getFullName(), ROBINS_CLINICIAN);
        secrets.put(hanaRecord.getFullName(), EnumSet.of(Visitor.OTHER_COUPLE, Visitor.CLINICIAN));
        secrets.put(samuelRecord.getFullName(), EnumSet.of(Visitor.OTHER_COUPLE, Visitor.CLINICIAN));
        secrets.put(caseyRecord.getFullName(), EnumSet.of(Visitor.OTHER_CLIENT, Visitor.OTHER_CLINICIAN));
        clientNames.addAll(List.of(
                robinRecord.getFullName(),
                robinsPartner,
                marcusRecord.getFullName(),
                tobiasRecord.getFullName(),
                hanaRecord.getFullName(),
                samuelRecord.getFullName(),
                caseyRecord.getFullName()));
    }

    /** A daily promise of Robin's from today, visible to her partner (the default), recorded by her clinician. */
    private UUID dailyPromiseOfRobin(String words) {
        return agreements
                .record(new NewAgreement(
                        robin, words, Promisers.CLIENT, Frequency.DAILY, Set.of(), robinsToday, null, true, null))
                .getFirst();
    }

    private static Map<Integer, Answer> checkInAnswers() {
        var answers = new HashMap<Integer, Answer>();
        answers.put(0, Answer.text(ANSWER));
        answers.put(1, Answer.text("Work"));
        answers.put(3, Answer.text(WITHHELD_ANSWER));
        for (int scale = 4; scale <= 7; scale++) {
            answers.put(scale, Answer.scale(5));
        }
        return answers;
    }

    /** The matrix. The ids are read when a cell runs, after robinsRecords(). */
    private List<Row> matrix() {
        var page = PageRequest.of(0, 100);
        List<Row> rows = new ArrayList<>();

        // ---- account -------------------------------------------------------------------------
        rows.add(row(AccountService.class, "clinicians", org.springframework.data.domain.Pageable.class)
                .allow(ADMIN)
                .call(p -> accounts.clinicians(page)));
        // No mail server here: the administrator is refused with what to do (the link cannot reach the clinician).
        rows.add(row(AccountService.class, "createClinician", NewStaffAccount.class)
                .allow(ADMIN)
                .call(p -> accounts.createClinician(
                        new NewStaffAccount("matrix.clinician@example.org", "Dr. Matrix Quill")))
                .servedWhen(outcome -> outcome.thrown() instanceof InvalidInputException refused
                        && refused.problems().getOrDefault("email", "").contains("No mail server")));
        // Her clinician still has clients in care: the administrator is refused with a reason, anyone else as ever.
        rows.add(row(AccountService.class, "setActive", UUID.class, boolean.class)
                .allow(ADMIN)
                .call(p -> accounts.setActive(clinicianAccount, false))
                .servedWhen(outcome -> outcome.thrown() instanceof InvalidInputException refused
                        && refused.problems().get("active").contains("in care")));
        rows.add(row(AccountService.class, "setLocked", UUID.class, boolean.class)
                .allow(ADMIN)
                .call(p -> accounts.setLocked(clinicianAccount, true)));
        rows.add(row(AccountService.class, "sendPasswordReset", UUID.class)
                .nobody("Robin's account: an administrator never acts on a client's password")
                .runs(p -> accounts.sendPasswordReset(robinAccount)));
        rows.add(row(AccountService.class, "ownersAreToldByEmail")
                .allow(ADMIN)
                .call(p -> accounts.ownersAreToldByEmail()));
        rows.add(row(AccountService.class, "findByEmail", String.class)
                .allow(ADMIN)
                .call(p -> accounts.findByEmail(Demo.CLIENT))
                .servedWhen(outcome -> Optional.empty().equals(outcome.result())));
        rows.add(row(AccountService.class, "openClientAccount", String.class, String.class)
                .allow(CLINICIANS)
                .call(p -> accounts.openClientAccount("matrix.newcomer@example.org", "Matrix Newcomer")));

        rows.add(row(InvitationService.class, "issue", UUID.class, String.class, Language.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> invitations.issue(tobiasAccount, "Dr. Matrix", Language.SPANISH)));
        rows.add(row(InvitationService.class, "revoke", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .runs(p -> invitations.revoke(robinAccount)));
        rows.add(row(InvitationService.class, "latest", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> invitations.latest(robinAccount)));
        rows.add(row(InvitationService.class, "open", String.class)
                .open("the invitation page, before the invited person has a password: the token is the proof")
                .call(p -> invitations.open(UNKNOWN_TOKEN))
                .servedWhen(outcome -> Optional.empty().equals(outcome.result())));
        rows.add(row(InvitationService.class, "activate", String.class, String.class)
                .open("choosing a password through an invitation: the token is the proof")
                .call(p -> invitations.activate(UNKNOWN_TOKEN, NEW_PASSWORD))
                .servedWhen(problemWith("token")));

        rows.add(row(MyAccountService.class, "security").allow(SIGNED_IN).call(p -> myAccount.security()));
        rows.add(row(MyAccountService.class, "changePassword", String.class, String.class, String.class)
                .allow(SIGNED_IN)
                .runs(p -> myAccount.changePassword(Demo.PASSWORD, "", NEW_PASSWORD)));
        // The matrix runs without a mail server: a signed-in person is answered that no link can be sent.
        rows.add(row(MyAccountService.class, "requestEmailChange", String.class, String.class, String.class)
                .allow(SIGNED_IN)
                .runs(p -> myAccount.requestEmailChange(Demo.PASSWORD, "", "moved.matrix@example.org"))
                .servedWhen(outcome -> outcome.thrown() instanceof InvalidInputException refused
                        && Messages.ofPage(MyAccountService.CANNOT_SEND_LINK)
                                .equals(refused.problems().get("newEmail"))));
        // Whose link it is, and that another account's link changes nothing, is EmailChangeTest's.
        rows.add(row(MyAccountService.class, "confirmEmailChange", String.class)
                .allow(SIGNED_IN)
                .call(p -> myAccount.confirmEmailChange(UNKNOWN_TOKEN))
                .servedWhen(problemWith("token")));
        Row enrolment = row(MyAccountService.class, "startMfaEnrolment", String.class)
                .allow(SIGNED_IN)
                .call(p -> myAccount.startMfaEnrolment(Demo.PASSWORD));
        for (Visitor visitor : SIGNED_IN) {
            enrolment.shows(visitor, visitor.email.replace("@", "%40")); // the app is set up for their own address
        }
        rows.add(enrolment);
        rows.add(row(MyAccountService.class, "mfaEnrolmentSecret")
                .allow(SIGNED_IN)
                .after(() -> myAccount.startMfaEnrolment(Demo.PASSWORD))
                .call(p -> myAccount.mfaEnrolmentSecret()));
        rows.add(row(MyAccountService.class, "confirmMfaEnrolment", String.class)
                .allow(SIGNED_IN)
                .after(() -> {
                    myAccount.startMfaEnrolment(Demo.PASSWORD);
                    return new Authenticator(myAccount.mfaEnrolmentSecret(), clock).code();
                })
                .call(code -> myAccount.confirmMfaEnrolment(String.valueOf(code))));
        rows.add(row(MyAccountService.class, "disableMfa", String.class, String.class)
                .allow(SIGNED_IN)
                .after(this::enrolAndGiveARecoveryCode)
                .runs(code -> myAccount.disableMfa(Demo.PASSWORD, String.valueOf(code))));
        rows.add(row(MyAccountService.class, "newRecoveryCodes", String.class, String.class)
                .allow(SIGNED_IN)
                .after(this::enrolAndGiveARecoveryCode)
                .call(code -> myAccount.newRecoveryCodes(Demo.PASSWORD, String.valueOf(code))));

        rows.add(row(PasswordResetService.class, "requestReset", String.class)
                .open("\"forgot password\": answers the same whether or not the address has an account")
                .runs(p -> passwordResets.requestReset(Demo.CLIENT)));
        rows.add(row(PasswordResetService.class, "sendsLinks")
                .open("whether the portal can send e-mail at all: the same answer for everyone, about no account")
                .call(p -> passwordResets.sendsLinks()));
        rows.add(row(PasswordResetService.class, "open", String.class)
                .open("the reset page, reached from the e-mailed link: the token is the proof")
                .call(p -> passwordResets.open(UNKNOWN_TOKEN))
                .servedWhen(outcome -> Optional.empty().equals(outcome.result())));
        rows.add(row(PasswordResetService.class, "reset", String.class, String.class)
                .open("setting a new password from the e-mailed link: the token is the proof")
                .runs(p -> passwordResets.reset(UNKNOWN_TOKEN, NEW_PASSWORD))
                .servedWhen(problemWith("token")));

        rows.add(row(MyTimeZoneService.class, "chosen").allow(STAFF).call(p -> myTimeZone.chosen()));
        rows.add(row(MyTimeZoneService.class, "choose", String.class)
                .allow(STAFF)
                .call(p -> myTimeZone.choose("America/New_York")));

        rows.add(row(MyLanguageService.class, "chosen").allow(SIGNED_IN).call(p -> myLanguage.chosen()));
        rows.add(row(MyLanguageService.class, "choose", Language.class)
                .allow(SIGNED_IN)
                .call(p -> myLanguage.choose(Language.SPANISH)));

        rows.add(row(PracticeSecurity.class, "staffMfaRequired")
                .open("read at every sign-in, before anyone is signed in; one practice-wide yes or no")
                .call(p -> practiceSecurity.staffMfaRequired()));
        rows.add(row(PracticeSecurity.class, "requireStaffMfa", boolean.class)
                .allow(ADMIN)
                .runs(p -> practiceSecurity.requireStaffMfa(true)));
        rows.add(row(AccountBootstrap.class, "createFirstAdmin", String.class, String.class, String.class)
                .open("runs at start-up on an empty practice; once an administrator exists it does nothing")
                .call(p -> bootstrap.createFirstAdmin(
                        "matrix.admin@example.org", "Matrix Admin", "a long and quiet river"))
                .servedWhen(outcome -> Boolean.FALSE.equals(outcome.result())));
        rows.add(row(accountUserDetailsService(), "loadUserByUsername", String.class)
                .open("Spring Security's sign-in lookup, made before anyone is signed in; no view calls it")
                .call(p -> userDetails.loadUserByUsername("nobody.matrix@example.org"))
                .servedWhen(outcome -> outcome.thrown() instanceof UsernameNotFoundException));
        rows.add(row(accountUserDetailsService(), "updatePassword", UserDetails.class, String.class)
                .open("Spring Security's rehash after a password was just checked at sign-in; no view calls it")
                .call(p -> userDetailsPasswords.updatePassword(
                        User.withUsername(Demo.CLIENT).password("x").build(), null)));

        // ---- audit ---------------------------------------------------------------------------
        rows.add(row(AuditService.class, "entries", AuditFilter.class, org.springframework.data.domain.Pageable.class)
                .allow(ADMIN)
                .call(p -> audit.entries(AuditFilter.NONE, PageRequest.of(0, 20))));
        rows.add(row(AuditService.class, "lines", AuditFilter.class, org.springframework.data.domain.Pageable.class)
                .allow(ADMIN)
                .call(p -> audit.lines(AuditFilter.NONE, PageRequest.of(0, 20)))
                .clientNamesTo(Visitor.ADMIN, "the trail in plain words says whose record was read or changed"));
        rows.add(row(AuditService.class, "clientsNamed", String.class, org.springframework.data.domain.Pageable.class)
                .allow(ADMIN)
                .call(p -> audit.clientsNamed("Robin", PageRequest.of(0, 20)))
                .clientNamesTo(Visitor.ADMIN, "the trail's filter chooses a client by name"));
        rows.add(row(AuditService.class, "verify").allow(ADMIN).call(p -> audit.verify()));
        rows.add(row(AuditService.class, "exportCsv", AuditFilter.class, java.io.Writer.class)
                .allow(ADMIN)
                .call(p -> export(out -> audit.exportCsv(AuditFilter.NONE, out))));

        // ---- client --------------------------------------------------------------------------
        rows.add(row(HandoverService.class, "clientsInCare", UUID.class)
                .allow(ADMIN)
                .clientNamesTo(Visitor.ADMIN, "to hand each client of a departing clinician to a colleague")
                .call(p -> handovers.clientsInCare(clinicianAccount))
                .shows(Visitor.ADMIN, name(Visitor.CLIENT)));
        rows.add(row(HandoverService.class, "handOver", UUID.class, UUID.class, String.class)
                .allow(ADMIN)
                .runs(p -> handovers.handOver(
                        robin,
                        accountRecords
                                .findByEmail(Demo.CLINICIAN_2)
                                .orElseThrow()
                                .getId(),
                        "Matrix: a lighter caseload")));
        rows.add(row(HandoverService.class, "handOverEach", java.util.Map.class, String.class)
                .allow(ADMIN)
                .runs(p -> handovers.handOverEach(
                        java.util.Map.of(
                                robin,
                                accountRecords
                                        .findByEmail(Demo.CLINICIAN_2)
                                        .orElseThrow()
                                        .getId()),
                        "Matrix: a departing clinician's caseload")));
        // Names only, and only of clients whose clinician is not active: the administrator's to hand over.
        rows.add(row(HandoverService.class, "riskAlertsWithoutClinician")
                .allow(ADMIN)
                .call(p -> handovers.riskAlertsWithoutClinician())
                .clientNamesTo(Visitor.ADMIN, "a client whose risk answer no active clinician sees, to hand over"));
        rows.add(row(
                        ClientService.class,
                        "caseload",
                        CaseloadFilter.class,
                        org.springframework.data.domain.Pageable.class)
                .allow(CLINICIANS)
                .call(p -> clients.caseload(CaseloadFilter.NONE, page))
                .shows(Visitor.CLINICIAN, name(Visitor.CLIENT))
                .shows(Visitor.OTHER_CLINICIAN, name(Visitor.OTHER_CLIENT)));
        rows.add(row(ClientService.class, "caseloadSize").allow(CLINICIANS).call(p -> clients.caseloadSize()));
        rows.add(row(ClientService.class, "intakesAwaitingReview")
                .allow(CLINICIANS)
                .call(p -> clients.intakesAwaitingReview()));
        rows.add(row(ClientInvitationService.class, "invite", InviteClient.class)
                .allow(CLINICIANS)
                .call(p -> inviting.invite(
                        new InviteClient("Matrix Newcomer", "matrix.newcomer@example.org", null, null, null))));
        rows.add(row(ClientInvitationService.class, "resendInvitation", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> inviting.resendInvitation(tobias)));
        rows.add(row(ClientInvitationService.class, "revokeInvitation", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .runs(p -> inviting.revokeInvitation(robin)));
        rows.add(row(ClientService.class, "details", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> clients.details(robin))
                .shows(Visitor.CLINICIAN, name(Visitor.CLIENT)));
        rows.add(row(ClientService.class, "ownedClient", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> clients.ownedClient(robin))
                .shows(Visitor.CLINICIAN, name(Visitor.CLIENT)));
        rows.add(row(MyRecordService.class, "myRecord")
                .allow(CLIENTS)
                .call(p -> ownRecord.myRecord())
                .shows(Visitor.CLIENT, name(Visitor.CLIENT))
                .shows(Visitor.OTHER_CLIENT, name(Visitor.OTHER_CLIENT))
                .shows(Visitor.PARTNER, name(Visitor.PARTNER))
                .shows(Visitor.OTHER_COUPLE, name(Visitor.OTHER_COUPLE)));
        rows.add(row(MyRecordService.class, "myProfile")
                .allow(CLIENTS)
                .call(p -> ownRecord.myProfile())
                .shows(Visitor.CLIENT, name(Visitor.CLIENT))
                .shows(Visitor.OTHER_CLIENT, name(Visitor.OTHER_CLIENT))
                .shows(Visitor.PARTNER, name(Visitor.PARTNER))
                .shows(Visitor.OTHER_COUPLE, name(Visitor.OTHER_COUPLE)));
        rows.add(row(MyRecordService.class, "myPartner")
                .allow(CLIENTS)
                .call(p -> ownRecord.myPartner())
                .shows(Visitor.CLIENT, robinsPartner)
                .shows(Visitor.PARTNER, name(Visitor.CLIENT))
                .shows(Visitor.OTHER_COUPLE, otherCouplesPartner));
        rows.add(row(MyRecordService.class, "myRemindersOn").allow(CLIENTS).call(p -> ownRecord.myRemindersOn()));
        rows.add(row(MyRecordService.class, "clinicianChangeSeen")
                .allow(CLIENTS)
                .runs(p -> ownRecord.clinicianChangeSeen()));
        rows.add(row(MyRecordService.class, "setMyReminders", boolean.class)
                .allow(CLIENTS)
                .runs(p -> ownRecord.setMyReminders(false)));
        rows.add(row(MyRecordService.class, "raiseMyRiskAlert").allow(CLIENTS).runs(p -> ownRecord.raiseMyRiskAlert()));
        // Status changes carry the version the clinician's page read: here, the record as it stands.
        rows.add(row(ClientService.class, "accept", UUID.class, long.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> clients.accept(marcus, versionOf(marcus))));
        rows.add(row(ClientService.class, "archive", UUID.class, long.class, String.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> clients.archive(robin, versionOf(robin), "Matrix: moved away")));
        rows.add(row(ClientService.class, "discharge", UUID.class, long.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> clients.discharge(robin, versionOf(robin))));
        rows.add(row(ClientService.class, "reactivate", UUID.class, long.class)
                .allow(ROBINS_CLINICIAN)
                .after(() -> clients.discharge(robin, versionOf(robin)))
                .call(p -> clients.reactivate(robin, versionOf(robin))));
        // Called by the intake feature for the signed-in client; Robin and Casey are past their intake,
        // so each is told so about their own record (a status rule, reached only after the role check).
        rows.add(row(MyRecordService.class, "recordIntakeSubmitted", boolean.class)
                .allow(CLIENTS)
                .runs(p -> ownRecord.recordIntakeSubmitted(false))
                .servedWhen(servedOr(problemWith("status"))));

        // ---- homework ------------------------------------------------------------------------
        rows.add(row(AssignmentService.class, "assign", AssignExercise.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> assignments.assign(aTemplateForRobinInThreeDays())));
        rows.add(row(AssignmentService.class, "check", AssignExercise.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> assignments.check(aTemplateForRobinInThreeDays())));
        rows.add(row(AssignmentService.class, "assignmentsOf", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> assignments.assignmentsOf(robin))
                .shows(Visitor.CLINICIAN, TEMPLATE_TITLE));
        rows.add(row(AssignmentService.class, "prospect", UUID.class, UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> assignments.prospect(robin, template)));
        rows.add(row(AssignmentService.class, "pause", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> assignments.pause(assignment)));
        rows.add(row(AssignmentService.class, "resume", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .after(() -> assignments.pause(assignment))
                .call(p -> assignments.resume(assignment)));
        rows.add(row(AssignmentService.class, "cancel", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> assignments.cancel(assignment)));
        rows.add(row(AssignmentService.class, "myExercises")
                .allow(CLIENTS)
                .call(p -> assignments.myExercises())
                .shows(Visitor.CLIENT, TEMPLATE_TITLE));

        rows.add(row(CompletionService.class, "myExercise", UUID.class)
                .allow(ROBIN)
                .call(p -> completion.myExercise(submittedOccurrence))
                .shows(Visitor.CLIENT, ANSWER));
        rows.add(row(CompletionService.class, "saveDraft", UUID.class, Map.class)
                .allow(ROBIN)
                .call(p -> completion.saveDraft(openOccurrence, Map.of(0, Answer.text("Matrix draft")))));
        rows.add(row(CompletionService.class, "submit", UUID.class, Map.class)
                .allow(ROBIN)
                .call(p -> completion.submit(openOccurrence, Map.of(0, Answer.text("Matrix draft")))));
        rows.add(row(CompletionService.class, "reply", UUID.class, String.class)
                .allow(ROBIN)
                .runs(p -> completion.reply(submittedOccurrence, "Matrix reply")));
        rows.add(row(CompletionService.class, "shareWithPartner", UUID.class, boolean.class)
                .allow(ROBIN)
                .runs(p -> completion.shareWithPartner(submittedOccurrence, false)));
        rows.add(row(CompletionService.class, "withholdFromPartner", UUID.class, Set.class)
                .allow(ROBIN)
                .runs(p -> completion.withholdFromPartner(submittedOccurrence, Set.of())));
        rows.add(row(CompletionService.class, "sharedWithMe")
                .allow(CLIENTS)
                .call(p -> completion.sharedWithMe())
                .shows(Visitor.PARTNER, "Daily check-in"));
        // Robin shared it with her partner Jonas only (her own link to it is refused too): the answers she did not
        // hold back, never the safety question or its rating.
        rows.add(row(CompletionService.class, "sharedSubmission", UUID.class)
                .allow(PARTNER)
                .call(p -> completion.sharedSubmission(submission))
                .shows(Visitor.PARTNER, ANSWER));

        rows.add(row(
                        ExerciseLibraryService.class,
                        "library",
                        LibraryFilter.class,
                        org.springframework.data.domain.Pageable.class)
                .allow(CLINICIANS)
                .call(p -> library.library(LibraryFilter.NONE, page))
                .shows(Visitor.CLINICIAN, TEMPLATE_TITLE));
        rows.add(row(ExerciseLibraryService.class, "template", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> library.template(template))
                .shows(Visitor.CLINICIAN, TEMPLATE_TITLE));
        rows.add(row(ExerciseLibraryService.class, "preview", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> library.preview(template))
                .shows(Visitor.CLINICIAN, TEMPLATE_TITLE));

        rows.add(row(ReviewService.class, "submissionsOf", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> review.submissionsOf(robin)));
        rows.add(row(ReviewService.class, "review", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> review.review(submission))
                .shows(Visitor.CLINICIAN, ANSWER));
        rows.add(row(ReviewService.class, "sendFeedback", UUID.class, String.class)
                .allow(ROBINS_CLINICIAN)
                .runs(p -> review.sendFeedback(submission, "Matrix feedback")));
        rows.add(row(ReviewService.class, "markReviewed", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .runs(p -> review.markReviewed(submission)));
        rows.add(row(ReviewService.class, "openRiskAlerts", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> review.openRiskAlerts(robin)));
        rows.add(row(ReviewService.class, "riskSignOffs", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> review.riskSignOffs(robin)));
        // Robin's check-in raised no alert: her clinician is told there is none to sign off, everyone else "not found".
        rows.add(row(ReviewService.class, "signOffRiskAlert", UUID.class, String.class)
                .allow(ROBINS_CLINICIAN)
                .runs(p -> review.signOffRiskAlert(submission, "Matrix note"))
                .servedWhen(servedOr(problemWith("note"))));
        rows.add(row(ReviewService.class, "unreviewedTotal").allow(CLINICIANS).call(p -> review.unreviewedTotal()));

        rows.add(row(TemplateEditingService.class, "create", org.mendwell.homework.TemplateDraft.class)
                .allow(CLINICIANS)
                .call(p -> templateEditing.create(TemplateFixtures.oneQuestion("Matrix new 3f9b"))));
        rows.add(row(TemplateEditingService.class, "editable", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> templateEditing.editable(template))
                .shows(Visitor.CLINICIAN, TEMPLATE_TITLE));
        rows.add(row(
                        TemplateEditingService.class,
                        "save",
                        UUID.class,
                        long.class,
                        org.mendwell.homework.TemplateDraft.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> templateEditing.save(
                        template, templateLock, TemplateFixtures.oneQuestion(TEMPLATE_TITLE + " edited"))));
        rows.add(row(TemplateEditingService.class, "copy", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> templateEditing.copy(template)));
        rows.add(row(TemplateEditingService.class, "archive", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> templateEditing.archive(template)));
        rows.add(row(TemplateEditingService.class, "restore", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .after(() -> templateEditing.archive(template))
                .call(p -> templateEditing.restore(template)));

        // ---- intake --------------------------------------------------------------------------
        rows.add(row(ConsentService.class, "current").allow(SIGNED_IN).call(p -> consent.current()));
        rows.add(row(ConsentService.class, "currentIn", Language.class)
                .allow(SIGNED_IN)
                .call(p -> consent.currentIn(Language.SPANISH)));
        rows.add(row(ConsentService.class, "publish", Language.class, String.class, String.class)
                .allow(ADMIN)
                .call(p -> consent.publish(Language.ENGLISH, "Matrix treatment terms", "Matrix privacy terms")));

        rows.add(row(IntakeService.class, "myIntake")
                .allow(CLIENTS)
                .call(p -> intake.myIntake())
                .shows(Visitor.CLIENT, name(Visitor.CLIENT))
                .shows(Visitor.OTHER_CLIENT, name(Visitor.OTHER_CLIENT))
                .shows(Visitor.PARTNER, name(Visitor.PARTNER))
                .shows(Visitor.OTHER_COUPLE, name(Visitor.OTHER_COUPLE)));
        rows.add(row(IntakeService.class, "myPreferredName").allow(CLIENTS).call(p -> intake.myPreferredName()));
        // Robin and Casey have submitted their intakes: each is told so about their own, and nothing more.
        rows.add(row(IntakeService.class, "saveDraft", IntakeAnswers.class)
                .allow(CLIENTS)
                .runs(p -> intake.saveDraft(new IntakeAnswers()))
                .servedWhen(servedOr(problemWith("intake"))));
        rows.add(row(IntakeService.class, "submit", IntakeAnswers.class)
                .allow(CLIENTS)
                .runs(p -> intake.submit(new IntakeAnswers()))
                .servedWhen(servedOr(problemWith("intake"))));
        rows.add(row(IntakeService.class, "intakeOf", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> intake.intakeOf(robin))
                .shows(Visitor.CLINICIAN, name(Visitor.CLIENT)));
        rows.add(row(IntakeService.class, "timeZoneOf", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> intake.timeZoneOf(robin)));
        rows.add(row(IntakeService.class, "myTimeZone").allow(CLIENTS).call(p -> intake.myTimeZone()));

        // ---- progress ------------------------------------------------------------------------
        rows.add(row(
                        CaseloadOverviewService.class,
                        "page",
                        CaseloadFilter.class,
                        org.springframework.data.domain.Pageable.class)
                .allow(CLINICIANS)
                .call(p -> caseloadOverview.page(CaseloadFilter.NONE, page))
                .shows(Visitor.CLINICIAN, name(Visitor.CLIENT))
                .shows(Visitor.OTHER_CLINICIAN, name(Visitor.OTHER_CLIENT)));
        rows.add(row(CaseloadOverviewService.class, "count", CaseloadFilter.class)
                .allow(CLINICIANS)
                .call(p -> caseloadOverview.count(CaseloadFilter.NONE)));
        rows.add(row(CaseloadOverviewService.class, "query", CaseloadFilter.class)
                .allow(CLINICIANS)
                .call(p -> caseloadOverview.query(CaseloadFilter.NONE)));
        rows.add(row(
                        CaseloadOverviewService.class,
                        "page",
                        org.mendwell.progress.CaseloadQuery.class,
                        org.springframework.data.domain.Pageable.class)
                .allow(CLINICIANS)
                .call(p -> caseloadOverview.page(caseloadOverview.query(CaseloadFilter.NONE), page))
                .shows(Visitor.CLINICIAN, name(Visitor.CLIENT))
                .shows(Visitor.OTHER_CLINICIAN, name(Visitor.OTHER_CLIENT)));
        rows.add(row(CaseloadOverviewService.class, "count", org.mendwell.progress.CaseloadQuery.class)
                .allow(CLINICIANS)
                .call(p -> caseloadOverview.count(caseloadOverview.query(CaseloadFilter.NONE))));
        rows.add(row(CaseloadOverviewService.class, "defaultFilter")
                .allow(CLINICIANS)
                .call(p -> caseloadOverview.defaultFilter()));
        rows.add(row(CaseloadOverviewService.class, "saveDefaultFilter", CaseloadFilter.class)
                .allow(CLINICIANS)
                .runs(p -> caseloadOverview.saveDefaultFilter(new CaseloadFilter("Matrix", null, true, false))));
        // Robin's submitted check-in waits for her clinician's review: in his inbox, in nobody else's.
        rows.add(row(ReviewInboxService.class, "page", org.springframework.data.domain.Pageable.class)
                .allow(CLINICIANS)
                .call(p -> reviewInbox.page(page))
                .shows(Visitor.CLINICIAN, name(Visitor.CLIENT)));
        rows.add(row(ReviewInboxService.class, "count").allow(CLINICIANS).call(p -> reviewInbox.count()));

        rows.add(row(ClientProgressService.class, "progressOf", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> progress.progressOf(robin))
                .shows(Visitor.CLINICIAN, name(Visitor.CLIENT)));
        rows.add(row(
                        ClientProgressService.class,
                        "occurrencesOf",
                        UUID.class,
                        OccurrenceFilter.class,
                        org.springframework.data.domain.Pageable.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> progress.occurrencesOf(robin, OccurrenceFilter.NONE, page))
                .shows(Visitor.CLINICIAN, TEMPLATE_TITLE));
        rows.add(row(ClientProgressService.class, "countOccurrencesOf", UUID.class, OccurrenceFilter.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> progress.countOccurrencesOf(robin, OccurrenceFilter.NONE)));
        rows.add(row(ClientProgressService.class, "exportCsv", UUID.class, java.io.Writer.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> export(out -> progress.exportCsv(robin, out)))
                .shows(Visitor.CLINICIAN, TEMPLATE_TITLE));
        rows.add(row(ClientProgressService.class, "myProgress").allow(CLIENTS).call(p -> progress.myProgress()));

        // ---- letters and the couple link ------------------------------------------------------
        // Jonas reads his own letters (his disclosure letter, released to Robin) and the ones released to him:
        // Robin's submitted letter is not among them until her clinician releases it.
        rows.add(row(MyLettersService.class, "myLetters")
                .allow(CLIENTS)
                .call(p -> myLetters.myLetters())
                .shows(Visitor.CLIENT, robinsPartner)
                .shows(Visitor.PARTNER, LetterKind.DISCLOSURE.name()));
        // Casey has no partner: she is answered why she cannot write, next to the kind she chose.
        rows.add(row(MyLettersService.class, "startLetter", LetterKind.class)
                .allow(CLIENTS)
                .call(p -> myLetters.startLetter(LetterKind.APOLOGY))
                .servedWhen(servedOr(problemWith("kind"))));
        rows.add(row(MyLettersService.class, "myLetter", UUID.class)
                .allow(ROBIN)
                .call(p -> myLetters.myLetter(robinsLetter))
                .shows(Visitor.CLIENT, LETTER_FROM_ROBIN));
        rows.add(row(MyLettersService.class, "saveDraft", UUID.class, String.class, DraftBasis.class)
                .allow(ROBIN)
                .call(p -> myLetters.saveDraft(robinsDraft, "Matrix draft", new DraftBasis(MATRIX_PAGE, 0))));
        rows.add(row(MyLettersService.class, "submit", UUID.class, String.class)
                .allow(ROBIN)
                .runs(p -> myLetters.submit(robinsDraft, "Matrix draft")));
        rows.add(row(MyLettersService.class, "letterToMe", UUID.class)
                .allow(ROBIN)
                .call(p -> myLetters.letterToMe(letterToRobin))
                .shows(Visitor.CLIENT, LETTER_TO_ROBIN));
        rows.add(row(MyLettersService.class, "reply", UUID.class, String.class)
                .allow(ROBIN)
                .runs(p -> myLetters.reply(letterToRobin, "Matrix reply")));
        rows.add(row(LetterReviewService.class, "lettersOf", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> letterReview.lettersOf(robin))
                .shows(Visitor.CLINICIAN, LETTER_FROM_ROBIN));
        rows.add(row(LetterReviewService.class, "lettersAccess", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> letterReview.lettersAccess(robin)));
        // The couple has no safety flag: her clinician is told there is nothing to open; everyone else is refused.
        rows.add(row(LetterReviewService.class, "openLetters", UUID.class, String.class)
                .allow(ROBINS_CLINICIAN)
                .runs(p -> letterReview.openLetters(robin, "Matrix reason"))
                .servedWhen(problemWith("reason")));
        rows.add(row(LetterReviewService.class, "release", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .runs(p -> letterReview.release(robinsLetter)));
        rows.add(row(LetterReviewService.class, "keepForSession", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .runs(p -> letterReview.keepForSession(robinsLetter)));
        rows.add(row(LetterReviewService.class, "returnForRedraft", UUID.class, String.class)
                .allow(ROBINS_CLINICIAN)
                .runs(p -> letterReview.returnForRedraft(robinsLetter, "Matrix comment")));
        rows.add(row(CoupleLinkService.class, "coupleLink", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> coupleLinks.coupleLink(robin))
                .shows(Visitor.CLINICIAN, robinsPartner));
        rows.add(row(CoupleLinkService.class, "endLink", UUID.class, CoupleLinkEnding.class, String.class)
                .allow(ROBINS_CLINICIAN)
                .runs(p -> coupleLinks.endLink(robin, CoupleLinkEnding.SEPARATION, "Matrix: living apart")));
        rows.add(row(CoupleLinkService.class, "proposeRelink", UUID.class, UUID.class, String.class)
                .allow(ROBINS_CLINICIAN)
                .after(() -> {
                    coupleLinks.endLink(robin, CoupleLinkEnding.SEPARATION, "Matrix: living apart");
                    return null;
                })
                .runs(p -> coupleLinks.proposeRelink(robin, jonas, null)));
        rows.add(row(CoupleLinkService.class, "myRelinkRequest")
                .allow(CLIENTS)
                .call(p -> coupleLinks.myRelinkRequest()));
        // Her clinician proposed linking Robin and Jonas again: only Robin and Jonas may answer it.
        rows.add(row(CoupleLinkService.class, "consentToRelink", UUID.class, boolean.class)
                .allow(THE_COUPLE)
                .after(this::proposeRelinkingRobin)
                .call(p -> coupleLinks.consentToRelink((UUID) p, true)));
        // ---- agreements ----------------------------------------------------------------------
        rows.add(row(AgreementService.class, "record", NewAgreement.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> agreements.record(new NewAgreement(
                        robin,
                        "Matrix second promise",
                        Promisers.CLIENT,
                        Frequency.WEEKLY,
                        Set.of(),
                        robinsToday,
                        null,
                        true,
                        null))));
        rows.add(row(AgreementService.class, "agreementsOf", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> agreements.agreementsOf(robin))
                .shows(Visitor.CLINICIAN, AGREEMENT_WORDS));
        // Robin's promise stopped when her link with Jonas ended for safety: only her clinician resumes it.
        rows.add(row(AgreementService.class, "resume", UUID.class, UUID.class, String.class)
                .allow(ROBINS_CLINICIAN)
                .after(this::stoppingRobinsAgreement)
                .runs(p -> agreements.resume(robin, (UUID) p, null)));
        rows.add(row(AgreementService.class, "keptLatelyInMyCaseload")
                .allow(CLINICIANS)
                .call(p -> agreements.keptLatelyInMyCaseload()));
        rows.add(row(MyAgreementsService.class, "mine")
                .allow(CLIENTS)
                .call(p -> myAgreements.mine())
                .shows(Visitor.CLIENT, AGREEMENT_WORDS)
                .shows(Visitor.PARTNER, AGREEMENT_WORDS));
        // Robin's own promise: she says how today went; nobody else can, whoever they are.
        rows.add(row(
                        MyAgreementsService.class,
                        "mark",
                        UUID.class,
                        LocalDate.class,
                        org.mendwell.agreements.Outcome.class,
                        String.class,
                        boolean.class)
                .allow(ROBIN)
                .runs(p -> myAgreements.mark(
                        agreement, robinsToday, org.mendwell.agreements.Outcome.PARTLY, "Matrix note", false)));
        // "I noticed" on Robin's kept day is her partner Jonas's alone: Robin herself is refused.
        rows.add(row(MyAgreementsService.class, "acknowledge", UUID.class)
                .allow(PARTNER)
                .runs(p -> myAgreements.acknowledge(keptDay)));

        rows.add(row(PracticeOverviewService.class, "perClinician")
                .allow(ADMIN)
                .call(p -> practiceOverview.perClinician()));
        // The trust gap is the couple's clinician's alone: no client, not even Robin herself, reads it.
        rows.add(row(TrustGapService.class, "trustGapOf", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> trustGap.trustGapOf(robin))
                .shows(Visitor.CLINICIAN, robinsPartner));
        rows.add(row(TrustGapService.class, "attentionReasons", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> trustGap.attentionReasons(robin)));
        rows.add(row(TrustGapService.class, "attentionReasonsInMyCaseload")
                .allow(CLINICIANS)
                .call(p -> trustGap.attentionReasonsInMyCaseload()));
        rows.add(row(TrustGapService.class, "setThreshold", UUID.class, int.class)
                .allow(ROBINS_CLINICIAN)
                .runs(p -> trustGap.setThreshold(robin, 4)));
        // The trigger log: the clinician's side for Robin's clinician only, the client's side for each client's own.
        rows.add(row(TriggerLogService.class, "triggerLogOf", UUID.class)
                .allow(ROBINS_CLINICIAN)
                .call(p -> triggerLog.triggerLogOf(robin))
                .shows(Visitor.CLINICIAN, name(Visitor.CLIENT)));
        rows.add(row(TriggerLogService.class, "setTriggerLog", UUID.class, TriggerLogSettings.class)
                .allow(ROBINS_CLINICIAN)
                .runs(p -> triggerLog.setTriggerLog(robin, new TriggerLogSettings(true, true, null))));
        // Each client's own log; Jonas's (off) names his partner and has nothing of her log.
        rows.add(row(MyTriggerLogService.class, "myTriggerLog")
                .allow(CLIENTS)
                .call(p -> myTriggerLog.myTriggerLog())
                .shows(Visitor.CLIENT, TRIGGER)
                .shows(Visitor.PARTNER, name(Visitor.CLIENT)));
        // Whether each client's own log is on, for their menu: a yes or no, nothing of anyone's log.
        rows.add(row(MyTriggerLogService.class, "hardMomentsForMe")
                .allow(CLIENTS)
                .call(p -> myTriggerLog.hardMomentsForMe()));
        // Robin's log is on (set up above); everyone else's is off in the demo practice without history, and
        // they are refused next to the field, by the rule, not by the door.
        rows.add(row(MyTriggerLogService.class, "logMoment", LogMoment.class)
                .allow(CLIENTS)
                .call(p -> myTriggerLog.logMoment(new LogMoment(5, null, java.util.Set.of(), null, null)))
                .servedWhen(servedOr(problemWith("intensity"))));
        rows.add(row(MyTriggerLogService.class, "setMyReassuranceOptIn", boolean.class)
                .allow(CLIENTS)
                .runs(p -> myTriggerLog.setMyReassuranceOptIn(true)));
        rows.add(row(MyTriggerLogService.class, "askForReassurance")
                .allow(CLIENTS)
                .runs(p -> myTriggerLog.askForReassurance())
                .servedWhen(servedOr(problemWith("reassurance"))));
        rows.add(row(MyTriggerLogService.class, "myReassuranceNotices")
                .allow(CLIENTS)
                .call(p -> myTriggerLog.myReassuranceNotices())
                .shows(Visitor.PARTNER, reassuranceSent));
        rows.add(row(MyTriggerLogService.class, "reassuranceNoticesSeen")
                .allow(CLIENTS)
                .runs(p -> myTriggerLog.reassuranceNoticesSeen()));
        return rows;
    }

    @Test
    void every_public_service_method_is_in_the_matrix_and_every_row_is_a_service_method() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        Set<String> found = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.mendwell")) {
            Class<?> service =
                    ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            for (Method method : service.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic()) {
                    found.add(key(method));
                }
            }
        }
        List<String> rows = matrix().stream().map(row -> row.method).toList();
        assertThat(rows).as("rows in the matrix").doesNotHaveDuplicates();
        assertThat(rows).as("service methods in the matrix").containsExactlyInAnyOrderElementsOf(found);
    }

    @Test
    void each_service_method_serves_its_owners_only_and_refusals_carry_nothing_of_the_record() {
        robinsRecords();
        var cellTransaction = new TransactionTemplate(transactionManager);
        List<Row> rows = matrix();
        List<String> wrong = new ArrayList<>();
        int served = 0;
        int refused = 0;
        for (Row row : rows) {
            for (Visitor visitor : Visitor.values()) {
                Outcome outcome = cellTransaction.execute(status -> {
                    status.setRollbackOnly(); // nothing a cell changes reaches the next one
                    return run(row, visitor);
                });
                if (outcome.refused()) {
                    refused++;
                } else {
                    served++;
                }
                wrong.addAll(problems(row, visitor, outcome));
            }
        }
        System.out.printf(
                "Service access matrix: %d service methods × %d visitors = %d cells (%d served, %d refused)%n",
                rows.size(), Visitor.values().length, rows.size() * Visitor.values().length, served, refused);
        assertThat(wrong).isEmpty();
    }

    /** What the assign and check rows both ask: the matrix template for Robin, once, three days ahead. */
    private AssignExercise aTemplateForRobinInThreeDays() {
        return new AssignExercise(
                robin,
                template,
                null,
                ExerciseSchedule.once(LocalDate.now(clock).plusDays(3), LocalTime.NOON),
                false,
                null);
    }

    private Outcome run(Row row, Visitor visitor) {
        signIn.as(visitor);
        Object prepared = null;
        try {
            prepared = row.preparation.prepare();
        } catch (Exception notTheirs) {
            // Only those who may call the method can prepare for it; the others are refused by the call itself.
        }
        try {
            return new Outcome(row.call.call(prepared), null);
        } catch (Exception thrown) {
            return new Outcome(null, thrown);
        }
    }

    private List<String> problems(Row row, Visitor visitor, Outcome outcome) {
        List<String> problems = new ArrayList<>();
        String cell = visitor + " × " + row.method;
        if (row.allowed.contains(visitor)) {
            if (!row.served.test(outcome)) {
                problems.add(cell + ": not served, got " + describe(outcome));
            } else if (row.shows.containsKey(visitor)
                    && !render(outcome.result()).contains(row.shows.get(visitor))) {
                problems.add(cell + ": served without their own \"" + row.shows.get(visitor) + "\"");
            }
        } else if (!outcome.refused()) {
            problems.add(cell + ": got through, " + describe(outcome));
        }
        String seen = render(outcome.result()) + " " + messages(outcome.thrown());
        secrets.forEach((secret, mayKnow) -> {
            boolean nameShownByDesign = clientNames.contains(secret) && row.namesShownTo.contains(visitor);
            if (!mayKnow.contains(visitor) && !nameShownByDesign && seen.contains(secret)) {
                problems.add(cell + ": " + (outcome.thrown() == null ? "the result" : "the refusal") + " carries \""
                        + secret + "\"");
            }
        });
        return problems;
    }

    private Object enrolAndGiveARecoveryCode() {
        myAccount.startMfaEnrolment(Demo.PASSWORD);
        return myAccount
                .confirmMfaEnrolment(new Authenticator(myAccount.mfaEnrolmentSecret(), clock).code())
                .getFirst();
    }

    /** As her clinician, in the visitor's cell: Robin and Jonas's link ended and linking again proposed. */
    private UUID proposeRelinkingRobin() {
        var visitor = TestSecurityContextHolder.getContext().getAuthentication();
        signIn.as(Demo.CLINICIAN);
        try {
            coupleLinks.endLink(robin, CoupleLinkEnding.SEPARATION, "Matrix: living apart");
            coupleLinks.proposeRelink(robin, jonas, null);
            return relinkRecords.openFor(robin).orElseThrow().getId();
        } finally {
            TestSecurityContextHolder.setAuthentication(visitor);
        }
    }

    /** As her clinician, in the visitor's cell: Robin and Jonas's link ended for safety, which stops her promise. */
    private UUID stoppingRobinsAgreement() {
        var visitor = TestSecurityContextHolder.getContext().getAuthentication();
        signIn.as(Demo.CLINICIAN);
        try {
            coupleLinks.endLink(robin, CoupleLinkEnding.SAFETY, "Matrix: threats disclosed");
            return agreement;
        } finally {
            TestSecurityContextHolder.setAuthentication(visitor);
        }
    }

    /** The client record's version as it stands in this cell's transaction, as a fresh page would read it. */
    private long versionOf(UUID client) {
        clientRecords.flush();
        return clientRecords.findById(client).orElseThrow().getVersion();
    }

    private String name(Visitor visitor) {
        return names.getOrDefault(visitor, "(set up before the cells run)");
    }

    @FunctionalInterface
    private interface Export {
        void to(StringWriter out) throws Exception;
    }

    /** What an export wrote; a refused export must not have written anything before refusing. */
    private static String export(Export export) throws Exception {
        var out = new StringWriter();
        try {
            export.to(out);
        } catch (Exception refused) {
            if (!out.toString().isEmpty()) {
                throw new AssertionError("wrote " + out.toString().length() + " characters before failing", refused);
            }
            throw refused;
        }
        return out.toString();
    }

    private static Predicate<Outcome> problemWith(String field) {
        return outcome -> outcome.thrown() instanceof InvalidInputException invalid
                && invalid.problems().containsKey(field);
    }

    private static Predicate<Outcome> servedOr(Predicate<Outcome> alternative) {
        return outcome -> outcome.thrown() == null || alternative.test(outcome);
    }

    private static Row row(Class<?> service, String name, Class<?>... parameters) {
        try {
            return new Row(key(service.getDeclaredMethod(name, parameters)));
        } catch (NoSuchMethodException gone) {
            throw new AssertionError(
                    "the matrix lists " + service.getSimpleName() + "." + name + " " + Arrays.toString(parameters)
                            + ", which the service no longer has",
                    gone);
        }
    }

    /** The user-details service is package-private to the account feature's security. */
    private static Class<?> accountUserDetailsService() {
        try {
            return Class.forName("org.mendwell.account.security.AccountUserDetailsService");
        } catch (ClassNotFoundException gone) {
            throw new AssertionError(gone);
        }
    }

    private static String key(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(","))
                + ")";
    }

    /**
     * A result as text, everything in it: a record's components, a collection's elements, a page's content
     * (a Page's own toString shows only its size) and the fields of a class of ours, however deep. A class
     * without a toString of its own would otherwise read as "Name@1f2e3d", and no secret in it could be found.
     */
    static String render(@Nullable Object result) {
        var text = new StringBuilder();
        render(result, text, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        return text.toString();
    }

    private static void render(@Nullable Object value, StringBuilder text, Set<Object> seen) {
        if (value == null
                || value instanceof CharSequence
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof Character
                || value instanceof Enum<?>
                || value instanceof java.time.temporal.TemporalAccessor
                || value instanceof java.time.temporal.TemporalAmount
                || value instanceof UUID
                || value instanceof ZoneId
                || value instanceof Class<?>) {
            text.append(value).append(' ');
            return;
        }
        if (!seen.add(value)) {
            return;
        }
        if (value instanceof Optional<?> optional) {
            render(optional.orElse(null), text, seen);
        } else if (value instanceof Page<?> page) {
            render(page.getContent(), text, seen);
        } else if (value instanceof Iterable<?> iterable) {
            iterable.forEach(element -> render(element, text, seen));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> {
                render(key, text, seen);
                render(element, text, seen);
            });
        } else if (value.getClass().isArray()) {
            for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
                render(java.lang.reflect.Array.get(value, i), text, seen);
            }
        } else if (value.getClass().getName().startsWith("org.mendwell.")) {
            for (Class<?> type = value.getClass();
                    type != Object.class && type != Record.class;
                    type = type.getSuperclass()) {
                for (var field : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        field.setAccessible(true);
                        try {
                            text.append(field.getName()).append('=');
                            render(field.get(value), text, seen);
                        } catch (IllegalAccessException unreadable) {
                            throw new AssertionError(unreadable);
                        }
                    }
                }
            }
        } else {
            text.append(value).append(' ');
        }
    }

    private static String messages(@Nullable Throwable thrown) {
        var text = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            text.append(t.getClass().getSimpleName())
                    .append(": ")
                    .append(t.getMessage())
                    .append(' ');
            if (t instanceof InvalidInputException invalid) {
                text.append(invalid.problems()).append(' ');
            }
        }
        return text.toString();
    }

    private static String describe(Outcome outcome) {
        String text = outcome.thrown() != null ? messages(outcome.thrown()) : "the result " + render(outcome.result());
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
