package org.mendwell.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.mendwell.account.AccountBootstrap;
import org.mendwell.account.DemoPassword;
import org.mendwell.account.InvitationLink;
import org.mendwell.account.InvitationService;
import org.mendwell.client.ClientInvitationService;
import org.mendwell.client.ClientService;
import org.mendwell.client.InviteClient;
import org.mendwell.client.Invited;
import org.mendwell.client.MyRecordService;
import org.mendwell.demo.PracticeRows.Table;
import org.mendwell.homework.ExerciseTerms.Schedule;
import org.mendwell.intake.IntakeAnswers;
import org.mendwell.intake.IntakeChoices.PreferredContact;
import org.mendwell.intake.IntakeChoices.Readiness;
import org.mendwell.intake.IntakeChoices.SafetyAnswer;
import org.mendwell.intake.IntakeChoices.TrustBreach;
import org.mendwell.intake.IntakeChoices.WorkMode;
import org.mendwell.intake.IntakeService;
import org.mendwell.shared.DemoSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo practice once, then prints the demo log-ins on every start. Each client is taken
 * as far through the real journey as their demo state needs: invited, invitation accepted, intake
 * drafted or submitted, accepted, archived or discharged.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "mendwell.demo.enabled", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    static final String ADMIN = "admin" + DemoPassword.EMAIL_DOMAIN;
    static final String CLINICIAN = "clinician" + DemoPassword.EMAIL_DOMAIN;
    static final String CLINICIAN_2 = "clinician2" + DemoPassword.EMAIL_DOMAIN;
    static final String CLIENT = "client" + DemoPassword.EMAIL_DOMAIN;
    static final String CLIENT_2 = "client2" + DemoPassword.EMAIL_DOMAIN;
    static final String JONAS = "jonas.kettering" + DemoPassword.EMAIL_DOMAIN;

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    /** How far a demo client has come. */
    private enum Stage {
        INVITED,
        DRAFTING,
        SUBMITTED,
        SUBMITTED_WITH_SAFETY_CONCERN,
        ACTIVE,
        ARCHIVED,
        DISCHARGED
    }

    private final AccountBootstrap bootstrap;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ClientService clients;
    private final ClientInvitationService inviting;
    private final MyRecordService ownRecord;
    private final InvitationService invitations;
    private final IntakeService intakes;
    private final SignedInAs signedInAs;
    private final DemoHistory history;
    private final DemoAgreements agreementsHistory;
    private final boolean withHistory;

    DemoDataSeeder(
            AccountBootstrap bootstrap,
            JdbcTemplate jdbc,
            PasswordEncoder passwordEncoder,
            Clock clock,
            ClientService clients,
            ClientInvitationService inviting,
            MyRecordService ownRecord,
            InvitationService invitations,
            IntakeService intakes,
            SignedInAs signedInAs,
            DemoHistory history,
            DemoAgreements agreementsHistory,
            DemoSettings demo) {
        this.history = history;
        this.agreementsHistory = agreementsHistory;
        this.withHistory = demo.history();
        this.bootstrap = bootstrap;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.clients = clients;
        this.inviting = inviting;
        this.ownRecord = ownRecord;
        this.invitations = invitations;
        this.intakes = intakes;
        this.signedInAs = signedInAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (bootstrap.createFirstAdmin(ADMIN, "Alex Morgan", DemoPassword.VALUE)) {
            seed();
        }
        printLogins();
    }

    private void seed() {
        // Written directly, not through the administrator's screen: that one e-mails a link to choose a password,
        // and demo clinicians sign in with the published demo password on an address that receives no mail.
        String hash = passwordEncoder.encode(DemoPassword.VALUE);
        var inserts = new BatchInserts(jdbc);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        inserts.add(
                Table.ACCOUNT,
                UUID.randomUUID().toString(),
                CLINICIAN,
                "Dr. Mira Castell",
                hash,
                "CLINICIAN",
                true,
                now,
                0,
                0);
        inserts.add(
                Table.ACCOUNT,
                UUID.randomUUID().toString(),
                CLINICIAN_2,
                "Dr. Tomas Lindqvist",
                hash,
                "CLINICIAN",
                true,
                now,
                0,
                0);
        inserts.close();
        // The demo practice's clinicians have been working with it: they may take each other's clients over.
        jdbc.update("update account set first_signed_in_at = created_at where email in (?, ?)", CLINICIAN, CLINICIAN_2);

        // The first clinician's caseload: every stage of the journey, and one couple (Robin and Jonas).
        Invited couple = signedInAs.call(
                CLINICIAN,
                () -> inviting.invite(new InviteClient("Robin Ashdown", CLIENT, null, "Jonas Kettering", JONAS)));
        take(CLINICIAN, couple.client().clientId(), CLIENT, couple.link(), Stage.ACTIVE, true);
        take(CLINICIAN, couple.partner().clientId(), JONAS, couple.partnerLink(), Stage.ACTIVE, true);
        UUID robin = couple.client().clientId();
        UUID jonas = couple.partner().clientId();
        client(CLINICIAN, "Priya Nandakumar", Stage.SUBMITTED_WITH_SAFETY_CONCERN);
        client(CLINICIAN, "Marcus Feld", Stage.SUBMITTED);
        client(CLINICIAN, "Elena Sorvino", Stage.DRAFTING);
        client(CLINICIAN, "Tobias Wren", Stage.INVITED);
        client(CLINICIAN, "Amara Oyelaran", Stage.ARCHIVED);
        UUID hana = client(CLINICIAN, "Hana Morikawa", Stage.ACTIVE);
        client(CLINICIAN, "Diego Calloway", Stage.DISCHARGED);
        client(CLINICIAN, "Freya Lindholm", Stage.INVITED);
        UUID samuel = client(CLINICIAN, "Samuel Achterberg", Stage.ACTIVE);
        client(CLINICIAN, "Nadia Brennagh", Stage.DRAFTING);
        UUID oskar = client(CLINICIAN, "Oskar Vell", Stage.ACTIVE);
        client(CLINICIAN, "Leila Haddon", Stage.INVITED);

        // The second clinician's caseload.
        Invited casey =
                signedInAs.call(CLINICIAN_2, () -> inviting.invite(InviteClient.individual("Casey Marlowe", CLIENT_2)));
        take(CLINICIAN_2, casey.client().clientId(), CLIENT_2, casey.link(), Stage.ACTIVE, false);
        client(CLINICIAN_2, "Ines Carvalho-Reed", Stage.SUBMITTED);
        client(CLINICIAN_2, "Viktor Halloran", Stage.INVITED);
        UUID grace = client(CLINICIAN_2, "Grace Teodoro", Stage.ACTIVE);
        if (withHistory) {
            history.live(
                    List.of(
                            // Robin keeps checking in every day while Jonas stopped three days ago: the caseload's
                            // Couple column and "Needs attention" show the demo couple from the first start.
                            new DemoHistory.Person(
                                    robin,
                                    CLIENT,
                                    CLINICIAN,
                                    1.0,
                                    0,
                                    List.of(
                                            new DemoHistory.Given("Daily check-in", Schedule.DAILY, null, 35, 0, true),
                                            new DemoHistory.Given(
                                                    "Weekly progress: what went better",
                                                    Schedule.WEEKLY,
                                                    DayOfWeek.SUNDAY,
                                                    8,
                                                    0,
                                                    false))),
                            new DemoHistory.Person(
                                    jonas,
                                    JONAS,
                                    CLINICIAN,
                                    0.75,
                                    3,
                                    List.of(new DemoHistory.Given(
                                            "Owning what happened", Schedule.ONCE, null, 1, 4, false))),
                            new DemoHistory.Person(
                                    hana,
                                    email("Hana Morikawa"),
                                    CLINICIAN,
                                    0.95,
                                    0,
                                    List.of(new DemoHistory.Given(
                                            "PHQ-9 (mood)", Schedule.WEEKLY, DayOfWeek.MONDAY, 8, 0, false))),
                            new DemoHistory.Person(
                                    samuel,
                                    email("Samuel Achterberg"),
                                    CLINICIAN,
                                    0.8,
                                    1,
                                    List.of(
                                            new DemoHistory.Given(
                                                    "GAD-7 (anxiety)", Schedule.WEEKLY, DayOfWeek.MONDAY, 8, 0, false),
                                            new DemoHistory.Given(
                                                    "Daily log: reaching back after hard moments",
                                                    Schedule.DAILY,
                                                    null,
                                                    28,
                                                    7,
                                                    false))),
                            new DemoHistory.Person(
                                    oskar,
                                    email("Oskar Vell"),
                                    CLINICIAN,
                                    0.7,
                                    3,
                                    List.of(new DemoHistory.Given(
                                            "One small promise a day", Schedule.DAILY, null, 42, 0, false))),
                            new DemoHistory.Person(
                                    casey.client().clientId(),
                                    CLIENT_2,
                                    CLINICIAN_2,
                                    0.85,
                                    0,
                                    List.of(new DemoHistory.Given(
                                            "Weekly progress: what went better",
                                            Schedule.WEEKLY,
                                            DayOfWeek.FRIDAY,
                                            8,
                                            0,
                                            false))),
                            new DemoHistory.Person(
                                    grace,
                                    email("Grace Teodoro"),
                                    CLINICIAN_2,
                                    0.9,
                                    0,
                                    List.of(new DemoHistory.Given(
                                            "GAD-7 (anxiety)", Schedule.WEEKLY, DayOfWeek.WEDNESDAY, 8, 0, false)))),
                    CLIENT);
            agreementsHistory.live(CLINICIAN, robin, CLIENT, JONAS);
            joinedBeforeTheirHistory(
                    now,
                    List.of(robin, jonas, hana, samuel, oskar, casey.client().clientId(), grace));
        }
        log.info("Demo practice created");
    }

    /**
     * The clients with weeks of homework became clients before it began, not on the day the demo was seeded:
     * their start ("Client since"), status changes and intake move back by the same span, in their order, to
     * {@value #JOINED_DAYS_BEFORE_HISTORY} days before the history's first day (Robin's trigger log, the longest).
     */
    private void joinedBeforeTheirHistory(LocalDateTime seeded, List<UUID> withHistory) {
        LocalDateTime joined = LocalDate.now(ZoneOffset.UTC)
                .minusWeeks(Math.max(DemoHistory.WEEKS, DemoTriggerLog.WEEKS))
                .minusDays(JOINED_DAYS_BEFORE_HISTORY)
                .atTime(10, 0);
        long shift = -java.time.Duration.between(joined, seeded).toSeconds();
        for (UUID client : withHistory) {
            String id = client.toString();
            jdbc.update(
                    "update client set created_at = timestampadd(SECOND, ?, created_at),"
                            + " status_changed_at = timestampadd(SECOND, ?, status_changed_at)"
                            + " where id = ? and status_changed_at >= ?",
                    shift,
                    shift,
                    id,
                    seeded);
            jdbc.update(
                    "update client_status_event set occurred_at = timestampadd(SECOND, ?, occurred_at)"
                            + " where client_id = ? and occurred_at >= ?",
                    shift,
                    id,
                    seeded);
            jdbc.update(
                    "update intake set submitted_at = timestampadd(SECOND, ?, submitted_at),"
                            + " signed_at = timestampadd(SECOND, ?, signed_at),"
                            + " updated_at = timestampadd(SECOND, ?, updated_at)"
                            + " where client_id = ? and updated_at >= ?",
                    shift,
                    shift,
                    shift,
                    id,
                    seeded);
        }
    }

    private static final int JOINED_DAYS_BEFORE_HISTORY = 10;

    private static String email(String fullName) {
        return fullName.toLowerCase(java.util.Locale.ROOT).replace(' ', '.').replace("-", "")
                + DemoPassword.EMAIL_DOMAIN;
    }

    private UUID client(String clinician, String fullName, Stage stage) {
        String email = email(fullName);
        Invited invited = signedInAs.call(clinician, () -> inviting.invite(InviteClient.individual(fullName, email)));
        take(clinician, invited.client().clientId(), email, invited.link(), stage, false);
        return invited.client().clientId();
    }

    /** Walks one client through the journey as far as their stage, as the client and their clinician would. */
    private void take(String clinician, UUID clientId, String email, InvitationLink link, Stage stage, boolean couple) {
        if (stage == Stage.INVITED) {
            return;
        }
        String token = link.url().substring(link.url().lastIndexOf('/') + 1);
        invitations.activate(token, DemoPassword.VALUE);
        IntakeAnswers answers = answers(email, couple, stage == Stage.SUBMITTED_WITH_SAFETY_CONCERN);
        if (stage == Stage.DRAFTING) {
            answers.setGoal1(null);
            answers.setSignatureName(null);
            answers.setConsentTreatment(false);
            signedInAs.run(email, () -> intakes.saveDraft(answers));
            return;
        }
        signedInAs.run(email, () -> intakes.submit(answers));
        signedInAs.run(clinician, () -> {
            switch (stage) {
                case ACTIVE ->
                    clients.accept(clientId, clients.details(clientId).version());
                case ARCHIVED ->
                    clients.archive(
                            clientId,
                            clients.details(clientId).version(),
                            "Decided to work with a practice closer to home");
                case DISCHARGED -> {
                    clients.accept(clientId, clients.details(clientId).version());
                    clients.discharge(clientId, clients.details(clientId).version());
                }
                default -> {
                    // submitted intakes wait for the clinician's review
                }
            }
        });
    }

    /** Invented, plausible intake answers; nothing here describes a real person. */
    private IntakeAnswers answers(String email, boolean couple, boolean safetyConcern) {
        String fullName = signedInAs.call(email, () -> ownRecord.myProfile().fullName());
        var a = new IntakeAnswers();
        a.setPreferredName(fullName.split(" ")[0]);
        a.setPronouns(null);
        a.setDateOfBirth(LocalDate.of(1984, 5, 17).plusDays(Math.abs(fullName.hashCode() % 4000)));
        a.setPhone("+44 20 7946 0" + String.format("%03d", Math.abs(fullName.hashCode() % 1000)));
        a.setTimeZone("Europe/London");
        a.setPreferredContact(PreferredContact.EMAIL);
        a.setEmergencyName("Jordan Bell");
        a.setEmergencyRelationship("Friend");
        a.setEmergencyPhone("+44 20 7946 0999");
        a.setReason(
                couple
                        ? "We've been together nine years. Last spring I found out about messages my partner had hidden "
                                + "from me, and since then we keep circling the same argument."
                        : "I keep expecting to be let down and it is wearing me out. I want to understand why.");
        a.setWorkMode(couple ? WorkMode.COUPLE : WorkMode.INDIVIDUAL);
        a.setPartnerName(couple ? "My partner" : null);
        a.setTrustBreaches(EnumSet.of(TrustBreach.DISHONESTY, TrustBreach.FEELING_UNHEARD));
        a.setGoal1("Argue less, and recover faster when we do");
        a.setGoal2("Be able to ask a question without it turning into a fight");
        a.setReadiness(Readiness.READY);
        a.setSafetyAfraid(safetyConcern ? SafetyAnswer.YES : SafetyAnswer.NO);
        a.setSafetyPhysical(SafetyAnswer.NO);
        a.setSafetyEmotional(safetyConcern ? SafetyAnswer.PREFER_NOT_TO_SAY : SafetyAnswer.NO);
        a.setSafetyControl(SafetyAnswer.NO);
        a.setConsentTreatment(true);
        a.setConsentPrivacy(true);
        a.setSignatureName(fullName);
        return a;
    }

    private static void printLogins() {
        log.info("""

                ----------------------------------------------------------------
                 Mendwell demo log-ins (password for all: {})
                   {}   practice administrator
                   {}   clinician with a caseload
                   {}  a second clinician
                   {}   a client of the first clinician
                   {}  a client of the second clinician
                ----------------------------------------------------------------""", DemoPassword.VALUE, ADMIN, CLINICIAN, CLINICIAN_2, CLIENT, CLIENT_2);
    }
}
