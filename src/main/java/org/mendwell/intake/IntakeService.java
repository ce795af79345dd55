package org.mendwell.intake;

import jakarta.validation.groups.Default;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.Roles;
import org.mendwell.client.ClientRef;
import org.mendwell.client.ClientService;
import org.mendwell.client.ClientStatus;
import org.mendwell.client.MyRecordService;
import org.mendwell.intake.IntakeChoices.WorkMode;
import org.mendwell.intake.domain.Intake;
import org.mendwell.intake.domain.IntakeRepository;
import org.mendwell.shared.DraftSave;
import org.mendwell.shared.InputValidator;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.PlainText;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.i18n.Language;
import org.mendwell.shared.i18n.Messages;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's own intake (draft, then submitted) and the clinician's reading of it. There is no
 * method that takes another client's id for a client: a partner cannot even ask.
 */
@Service
@Transactional
public class IntakeService {

    private final IntakeRepository intakes;
    private final ClientService clients;
    private final MyRecordService ownRecord;
    private final ConsentService consent;
    private final InputValidator validator;
    private final IntakeProblems problemWords;
    private final Clock clock;
    private final Messages messages;

    IntakeService(
            IntakeRepository intakes,
            ClientService clients,
            MyRecordService ownRecord,
            ConsentService consent,
            InputValidator validator,
            IntakeProblems problemWords,
            Clock clock,
            Messages messages) {
        this.messages = messages;
        this.intakes = intakes;
        this.clients = clients;
        this.ownRecord = ownRecord;
        this.consent = consent;
        this.validator = validator;
        this.problemWords = problemWords;
        this.clock = clock;
    }

    /** The signed-in client's intake, started empty if they have not typed anything yet. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.SELF)
    public IntakeForm myIntake() {
        ClientRef me = ownRecord.myRecord();
        boolean open = me.status() == ClientStatus.INTAKE_IN_PROGRESS;
        return intakes.findById(me.clientId())
                .map(intake -> {
                    IntakeAnswers answers = asTyped(intake);
                    boolean editable = open && !intake.isSubmitted();
                    return new IntakeForm(
                            me.fullName(),
                            answers,
                            editable,
                            intake.getSubmittedAt(),
                            intake.getUpdatedAt(),
                            consent.current(),
                            editable ? keptProblems(answers, me.fullName()) : Map.of());
                })
                .orElseGet(() -> new IntakeForm(
                        me.fullName(), new IntakeAnswers(), open, null, null, consent.current(), Map.of()));
    }

    /**
     * What the submit would refuse in the answers the draft kept (a phone that is not a phone, a text over
     * its limit, a time zone it does not know), so the page can show each message again on reopening.
     * Answers not given yet are not problems of a draft: the submit asks for them.
     */
    private Map<String, String> keptProblems(IntakeAnswers kept, String fullName) {
        IntakeAnswers answers = tidied(kept);
        Map<String, String> problems =
                new LinkedHashMap<>(validator.problems(answers, Default.class, IntakeAnswers.Complete.class));
        crossFieldProblems(answers, fullName).forEach(problems::putIfAbsent);
        var values = new BeanWrapperImpl(answers);
        problems.keySet()
                .removeIf(
                        property -> !values.isReadableProperty(property) || !given(values.getPropertyValue(property)));
        return problemWords.inViewersLanguage(problems);
    }

    private static boolean given(@Nullable Object value) {
        return switch (value) {
            case null -> false;
            case String text -> !text.isBlank();
            case java.util.Collection<?> items -> !items.isEmpty();
            case Boolean checked -> checked;
            default -> true;
        };
    }

    /**
     * Keeps what the client has typed so far, complete or not. An answer a draft cannot keep (too long,
     * characters that cannot be stored, a date of birth in the future or over 120 years ago) stays as
     * it was and is named in the result with its reason; every other answer is saved regardless, so
     * one mistake never costs the client the rest of what they typed.
     */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public DraftSave saveDraft(IntakeAnswers answers) {
        ClientRef me = ownRecord.myRecord();
        requireInProgress(me);
        return keepDraft(draftOf(me), tidied(answers));
    }

    /**
     * Saves and submits: every answer is checked, a problem is reported against its field, and on
     * success the intake becomes read-only and the client's clinician is told (status and, where a
     * safety answer is yes, a flag). A refused submit still keeps the draft, as {@link #saveDraft} would.
     */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(noRollbackFor = InvalidInputException.class)
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public void submit(IntakeAnswers typed) {
        IntakeAnswers answers = tidied(typed);
        ClientRef me = ownRecord.myRecord();
        requireInProgress(me);
        Intake intake = draftOf(me);
        Map<String, String> problems =
                new LinkedHashMap<>(keepDraft(intake, answers).notSaved());
        validator.problems(answers, Default.class, IntakeAnswers.Complete.class).forEach(problems::putIfAbsent);
        crossFieldProblems(answers, me.fullName()).forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problemWords.inViewersLanguage(problems));
        }
        // The version and language the client read on the page: the current one in their language.
        ConsentText signed = consent.current();
        intake.submit(signed.version(), signed.language().code(), clock.instant());
        ownRecord.recordIntakeSubmitted(answers.raisesSafetyConcern());
    }

    /** Where a refused date of birth's text is kept with the draft's other answers kept as typed. */
    private static final String DATE_OF_BIRTH_AS_TYPED = "dateOfBirth";

    private DraftSave keepDraft(Intake intake, IntakeAnswers typed) {
        Map<String, String> refused = new LinkedHashMap<>(validator.problems(typed));
        String birthDate = BirthDates.problem(typed.getDateOfBirth(), clock);
        if (birthDate != null) {
            refused.putIfAbsent("dateOfBirth", birthDate);
        } else if (typed.getDateOfBirthAsTyped() != null) {
            // The form refused what was typed (a date it cannot read, or out of range) and has said why.
            refused.putIfAbsent("dateOfBirth", "intake.problem.date-of-birth");
        }
        // Too long is kept as typed (nothing typed is lost) and refused at submit; any other reason
        // is not saved. The unsavable-character check wins: such text cannot be stored anywhere.
        var typedValues = new BeanWrapperImpl(typed);
        Map<String, String> overLimit = new LinkedHashMap<>();
        Map<String, String> overlong = new LinkedHashMap<>();
        validator.overLimit(typed).forEach((property, message) -> {
            String text = (String) typedValues.getPropertyValue(property);
            if (PlainText.problem(text) != null) {
                // Half of an emoji: MariaDB would store it as "?", so it is refused like any such text.
                refused.put(property, PlainText.problem(text));
            } else if (message.equals(refused.get(property)) && text.length() <= DraftSave.OVERLONG_DRAFT_LIMIT) {
                refused.remove(property);
                overLimit.put(property, message);
                overlong.put(property, text);
            }
        });
        IntakeAnswers kept = typed.copy();
        var before = new BeanWrapperImpl(intake.getAnswers());
        var after = new BeanWrapperImpl(kept);
        refused.keySet().forEach(property -> after.setPropertyValue(property, before.getPropertyValue(property)));
        overlong.keySet().forEach(property -> after.setPropertyValue(property, before.getPropertyValue(property)));
        // A refused answer keeps whatever over-limit text it had, like the rest of its stored value.
        intake.getOverlongAnswers().forEach((property, text) -> {
            if (refused.containsKey(property)) {
                overlong.putIfAbsent(property, text);
            }
        });
        if (refused.containsKey("dateOfBirth") && PlainText.problem(typed.getDateOfBirthAsTyped()) == null) {
            // The stored date stays the last accepted one; what was typed instead is kept as typed.
            String asTyped = typed.getDateOfBirthAsTyped();
            if (asTyped == null && typed.getDateOfBirth() != null) {
                asTyped = typed.getDateOfBirth().toString();
            }
            if (asTyped != null) {
                overlong.put(DATE_OF_BIRTH_AS_TYPED, asTyped.length() > 40 ? asTyped.substring(0, 40) : asTyped);
            }
        }
        Instant now = clock.instant();
        intake.saveDraft(kept, overlong, now);
        return new DraftSave(now, problemWords.inViewersLanguage(refused), problemWords.inViewersLanguage(overLimit));
    }

    /** The answers as they are checked and kept ({@link IntakeAnswers#tidy}), in a copy: the form's stay as typed. */
    private static IntakeAnswers tidied(IntakeAnswers typed) {
        IntakeAnswers answers = typed.copy();
        answers.tidy();
        return answers;
    }

    /** The draft's answers as the client last typed them, over-limit ones included. */
    private static IntakeAnswers asTyped(Intake intake) {
        IntakeAnswers answers = intake.getAnswers();
        var values = new BeanWrapperImpl(answers);
        intake.getOverlongAnswers().forEach((property, text) -> {
            if (property.equals(DATE_OF_BIRTH_AS_TYPED)) {
                answers.setDateOfBirthAsTyped(text);
            } else {
                values.setPropertyValue(property, text);
            }
        });
        return answers;
    }

    /** What the signed-in client asked to be called in their intake (draft or submitted), if they said. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.SELF)
    public Optional<String> myPreferredName() {
        return intakes.findById(ownRecord.myRecord().clientId())
                .map(intake -> intake.getAnswers().getPreferredName())
                .map(String::strip)
                .filter(name -> !name.isEmpty());
    }

    /** A submitted intake of one of the signed-in clinician's clients; drafts stay private to the client. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.CLIENT)
    public Optional<IntakeReview> intakeOf(UUID clientId) {
        ClientRef client = clients.ownedClient(clientId);
        return intakes.findById(client.clientId())
                .filter(Intake::isSubmitted)
                .map(intake -> new IntakeReview(
                        client.clientId(),
                        client.fullName(),
                        intake.getAnswers(),
                        intake.getSubmittedAt(),
                        intake.getConsentVersion(),
                        Language.ofCode(intake.getConsentLanguage()).orElse(Language.ENGLISH),
                        intake.getAnswers().raisesSafetyConcern()));
    }

    /** The time zone a client gave in their submitted intake (drafts stay private), for scheduling exercises. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.CLIENT)
    public Optional<ZoneId> timeZoneOf(UUID clientId) {
        return zoneOf(clients.ownedClient(clientId));
    }

    /** The signed-in client's own time zone, as given in their intake. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.SELF)
    public Optional<ZoneId> myTimeZone() {
        return zoneOf(ownRecord.myRecord());
    }

    private Optional<ZoneId> zoneOf(ClientRef client) {
        return intakes.findById(client.clientId())
                .filter(Intake::isSubmitted)
                .map(intake -> intake.getAnswers().getTimeZone())
                .filter(zone -> zone != null && ZoneId.getAvailableZoneIds().contains(zone))
                .map(ZoneId::of);
    }

    private Intake draftOf(ClientRef me) {
        return intakes.findById(me.clientId())
                .orElseGet(() -> intakes.save(new Intake(me.clientId(), clock.instant())));
    }

    private void requireInProgress(ClientRef me) {
        if (me.status() != ClientStatus.INTAKE_IN_PROGRESS) {
            throw InvalidInputException.of(
                    "intake",
                    messages.viewer(
                            me.status() == ClientStatus.INVITED
                                    ? "intake.problem.not-open-yet"
                                    : "intake.problem.already-submitted"));
        }
    }

    private Map<String, String> crossFieldProblems(IntakeAnswers answers, String fullName) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (answers.getTimeZone() != null && !answers.getTimeZone().isBlank()) {
            try {
                ZoneId.of(answers.getTimeZone());
            } catch (DateTimeException unknown) {
                problems.put("timeZone", "intake.problem.time-zone-unknown");
            }
        }
        if (answers.getWorkMode() == WorkMode.COUPLE
                && (answers.getPartnerName() == null || answers.getPartnerName().isBlank())) {
            problems.put("partnerName", "intake.problem.partner-name");
        }
        if (answers.getTrustBreaches().isEmpty()
                && (answers.getTrustOther() == null || answers.getTrustOther().isBlank())) {
            problems.put("trustBreaches", "intake.problem.trust-breaches");
        }
        if (answers.getSignatureName() != null
                && !answers.getSignatureName().isBlank()
                && !Signatures.matches(answers.getSignatureName(), fullName, answers.getPreferredName())) {
            String preferred = answers.getPreferredName() == null
                    ? ""
                    : answers.getPreferredName().strip();
            problems.put(
                    "signatureName",
                    preferred.isEmpty()
                            ? messages.viewer("intake.signature.what-to-type", fullName)
                            : messages.viewer("intake.signature.what-to-type-or-preferred", fullName, preferred));
        }
        return problems;
    }
}
