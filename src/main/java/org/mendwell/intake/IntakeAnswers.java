package org.mendwell.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mendwell.intake.IntakeChoices.PreferredContact;
import org.mendwell.intake.IntakeChoices.Readiness;
import org.mendwell.intake.IntakeChoices.SafetyAnswer;
import org.mendwell.intake.IntakeChoices.TrustBreach;
import org.mendwell.intake.IntakeChoices.WorkMode;
import org.mendwell.intake.domain.TrustBreachesConverter;
import org.mendwell.shared.PlainText;
import org.mendwell.shared.VisibleName;

/**
 * Everything a client answers in the intake, as the form edits it and the database keeps it.
 * A draft only has to respect the length limits (the default group); a submission must also pass
 * the {@link Complete} group. The property names are the keys of validation messages.
 */
@Embeddable
public class IntakeAnswers {

    /** Constraints that apply when the intake is submitted, not while it is a draft. */
    public interface Complete {}

    /** A phone number's format; an empty one is not a format problem (whether one is needed is {@code @NotBlank}'s). */
    static final String PHONE = "^$|^[+0-9 ()./-]{6,40}$";
    /** Messages are keys of the intake bundle, translated by {@link IntakeProblems} ("key:argument"). */
    static final String PHONE_MESSAGE = "intake.problem.phone-format";

    static final String SAFETY_MESSAGE = "intake.problem.safety-answer";

    /** The names in an intake are shown to the clinician and signed with: each must be one that can be seen. */
    static final String HIDDEN_CHARACTERS_MESSAGE = "intake.problem.hidden-characters";

    @Size(max = 120, message = "intake.problem.too-long:{max}")
    @NotBlank(message = "intake.problem.preferred-name", groups = Complete.class)
    @VisibleName(message = HIDDEN_CHARACTERS_MESSAGE)
    @Column(name = "preferred_name", length = 120)
    private @Nullable String preferredName;

    @Size(max = 40, message = "intake.problem.too-long:{max}")
    @Column(name = "pronouns", length = 40)
    private @Nullable String pronouns;

    @NotNull(message = "intake.problem.date-of-birth", groups = Complete.class)
    @Column(name = "date_of_birth")
    private @Nullable LocalDate dateOfBirth;

    @Size(max = 40, message = "intake.problem.too-long:{max}")
    @NotBlank(message = "intake.problem.phone", groups = Complete.class)
    @Pattern(regexp = PHONE, message = PHONE_MESSAGE, groups = Complete.class)
    @Column(name = "phone", length = 40)
    private @Nullable String phone;

    @Size(max = 64, message = "intake.problem.too-long:{max}")
    @NotBlank(message = "intake.problem.time-zone", groups = Complete.class)
    @Column(name = "time_zone", length = 64)
    private @Nullable String timeZone;

    @NotNull(message = "intake.problem.preferred-contact", groups = Complete.class)
    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact", length = 24)
    private @Nullable PreferredContact preferredContact;

    @Size(max = 120, message = "intake.problem.too-long:{max}")
    @NotBlank(message = "intake.problem.emergency-name", groups = Complete.class)
    @VisibleName(message = HIDDEN_CHARACTERS_MESSAGE)
    @Column(name = "emergency_name", length = 120)
    private @Nullable String emergencyName;

    @Size(max = 60, message = "intake.problem.too-long:{max}")
    @NotBlank(message = "intake.problem.emergency-relationship", groups = Complete.class)
    @Column(name = "emergency_relationship", length = 60)
    private @Nullable String emergencyRelationship;

    @Size(max = 40, message = "intake.problem.too-long:{max}")
    @NotBlank(message = "intake.problem.emergency-phone", groups = Complete.class)
    @Pattern(regexp = PHONE, message = PHONE_MESSAGE, groups = Complete.class)
    @Column(name = "emergency_phone", length = 40)
    private @Nullable String emergencyPhone;

    @Size(max = 4000, message = "intake.problem.too-long:{max}")
    @NotBlank(message = "intake.problem.reason", groups = Complete.class)
    @Column(name = "reason", length = 4000)
    private @Nullable String reason;

    @NotNull(message = "intake.problem.work-mode", groups = Complete.class)
    @Enumerated(EnumType.STRING)
    @Column(name = "work_mode", length = 24)
    private @Nullable WorkMode workMode;

    @Size(max = 120, message = "intake.problem.too-long:{max}")
    @VisibleName(message = HIDDEN_CHARACTERS_MESSAGE)
    @Column(name = "partner_name", length = 120)
    private @Nullable String partnerName;

    @Convert(converter = TrustBreachesConverter.class)
    @Column(name = "trust_breaches", length = 400)
    private Set<TrustBreach> trustBreaches = EnumSet.noneOf(TrustBreach.class);

    @Size(max = 1000, message = "intake.problem.too-long:{max}")
    @Column(name = "trust_other", length = 1000)
    private @Nullable String trustOther;

    @Size(max = 500, message = "intake.problem.too-long:{max}")
    @NotBlank(message = "intake.problem.goal", groups = Complete.class)
    @Column(name = "goal_1", length = 500)
    private @Nullable String goal1;

    @Size(max = 500, message = "intake.problem.too-long:{max}")
    @Column(name = "goal_2", length = 500)
    private @Nullable String goal2;

    @Size(max = 500, message = "intake.problem.too-long:{max}")
    @Column(name = "goal_3", length = 500)
    private @Nullable String goal3;

    @NotNull(message = "intake.problem.readiness", groups = Complete.class)
    @Enumerated(EnumType.STRING)
    @Column(name = "readiness", length = 24)
    private @Nullable Readiness readiness;

    @NotNull(message = SAFETY_MESSAGE, groups = Complete.class)
    @Enumerated(EnumType.STRING)
    @Column(name = "safety_afraid", length = 24)
    private @Nullable SafetyAnswer safetyAfraid;

    @NotNull(message = SAFETY_MESSAGE, groups = Complete.class)
    @Enumerated(EnumType.STRING)
    @Column(name = "safety_physical", length = 24)
    private @Nullable SafetyAnswer safetyPhysical;

    @NotNull(message = SAFETY_MESSAGE, groups = Complete.class)
    @Enumerated(EnumType.STRING)
    @Column(name = "safety_emotional", length = 24)
    private @Nullable SafetyAnswer safetyEmotional;

    @NotNull(message = SAFETY_MESSAGE, groups = Complete.class)
    @Enumerated(EnumType.STRING)
    @Column(name = "safety_control", length = 24)
    private @Nullable SafetyAnswer safetyControl;

    @Size(max = 2000, message = "intake.problem.too-long:{max}")
    @Column(name = "safety_notes", length = 2000)
    private @Nullable String safetyNotes;

    @AssertTrue(message = "intake.problem.consent-treatment", groups = Complete.class)
    @Column(name = "consent_treatment", nullable = false)
    private boolean consentTreatment;

    @AssertTrue(message = "intake.problem.consent-privacy", groups = Complete.class)
    @Column(name = "consent_privacy", nullable = false)
    private boolean consentPrivacy;

    @Size(max = 120, message = "intake.problem.too-long:{max}")
    @NotBlank(message = "intake.problem.signature", groups = Complete.class)
    @VisibleName(message = HIDDEN_CHARACTERS_MESSAGE)
    @Column(name = "signature_name", length = 120)
    private @Nullable String signatureName;

    /**
     * A date of birth the form or the service refused, as the client typed it ("3/14/2028", "1990"): kept
     * with the draft, as every other answer is, and put back in the field with its message on reopening.
     * Not a column of its own; while it is set, {@link #getDateOfBirth} is the last date that was accepted.
     */
    @Transient
    private @Nullable String dateOfBirthAsTyped;

    public @Nullable String getDateOfBirthAsTyped() {
        return dateOfBirthAsTyped;
    }

    public void setDateOfBirthAsTyped(@Nullable String dateOfBirthAsTyped) {
        this.dateOfBirthAsTyped =
                dateOfBirthAsTyped == null || dateOfBirthAsTyped.isBlank() ? null : dateOfBirthAsTyped;
    }

    public @Nullable String getPreferredName() {
        return preferredName;
    }

    public void setPreferredName(@Nullable String preferredName) {
        this.preferredName = preferredName;
    }

    public @Nullable String getPronouns() {
        return pronouns;
    }

    public void setPronouns(@Nullable String pronouns) {
        this.pronouns = pronouns;
    }

    public @Nullable LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(@Nullable LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(@Nullable String timeZone) {
        this.timeZone = timeZone;
    }

    public @Nullable PreferredContact getPreferredContact() {
        return preferredContact;
    }

    public void setPreferredContact(@Nullable PreferredContact preferredContact) {
        this.preferredContact = preferredContact;
    }

    public @Nullable String getEmergencyName() {
        return emergencyName;
    }

    public void setEmergencyName(@Nullable String emergencyName) {
        this.emergencyName = emergencyName;
    }

    public @Nullable String getEmergencyRelationship() {
        return emergencyRelationship;
    }

    public void setEmergencyRelationship(@Nullable String emergencyRelationship) {
        this.emergencyRelationship = emergencyRelationship;
    }

    public @Nullable String getEmergencyPhone() {
        return emergencyPhone;
    }

    public void setEmergencyPhone(@Nullable String emergencyPhone) {
        this.emergencyPhone = emergencyPhone;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }

    public @Nullable WorkMode getWorkMode() {
        return workMode;
    }

    public void setWorkMode(@Nullable WorkMode workMode) {
        this.workMode = workMode;
    }

    public @Nullable String getPartnerName() {
        return partnerName;
    }

    public void setPartnerName(@Nullable String partnerName) {
        this.partnerName = partnerName;
    }

    public Set<TrustBreach> getTrustBreaches() {
        return trustBreaches.isEmpty() ? EnumSet.noneOf(TrustBreach.class) : EnumSet.copyOf(trustBreaches);
    }

    public void setTrustBreaches(@Nullable Set<TrustBreach> trustBreaches) {
        this.trustBreaches = trustBreaches == null || trustBreaches.isEmpty()
                ? EnumSet.noneOf(TrustBreach.class)
                : EnumSet.copyOf(trustBreaches);
    }

    public @Nullable String getTrustOther() {
        return trustOther;
    }

    public void setTrustOther(@Nullable String trustOther) {
        this.trustOther = trustOther;
    }

    public @Nullable String getGoal1() {
        return goal1;
    }

    public void setGoal1(@Nullable String goal1) {
        this.goal1 = goal1;
    }

    public @Nullable String getGoal2() {
        return goal2;
    }

    public void setGoal2(@Nullable String goal2) {
        this.goal2 = goal2;
    }

    public @Nullable String getGoal3() {
        return goal3;
    }

    public void setGoal3(@Nullable String goal3) {
        this.goal3 = goal3;
    }

    public @Nullable Readiness getReadiness() {
        return readiness;
    }

    public void setReadiness(@Nullable Readiness readiness) {
        this.readiness = readiness;
    }

    public @Nullable SafetyAnswer getSafetyAfraid() {
        return safetyAfraid;
    }

    public void setSafetyAfraid(@Nullable SafetyAnswer safetyAfraid) {
        this.safetyAfraid = safetyAfraid;
    }

    public @Nullable SafetyAnswer getSafetyPhysical() {
        return safetyPhysical;
    }

    public void setSafetyPhysical(@Nullable SafetyAnswer safetyPhysical) {
        this.safetyPhysical = safetyPhysical;
    }

    public @Nullable SafetyAnswer getSafetyEmotional() {
        return safetyEmotional;
    }

    public void setSafetyEmotional(@Nullable SafetyAnswer safetyEmotional) {
        this.safetyEmotional = safetyEmotional;
    }

    public @Nullable SafetyAnswer getSafetyControl() {
        return safetyControl;
    }

    public void setSafetyControl(@Nullable SafetyAnswer safetyControl) {
        this.safetyControl = safetyControl;
    }

    public @Nullable String getSafetyNotes() {
        return safetyNotes;
    }

    public void setSafetyNotes(@Nullable String safetyNotes) {
        this.safetyNotes = safetyNotes;
    }

    public boolean isConsentTreatment() {
        return consentTreatment;
    }

    public void setConsentTreatment(boolean consentTreatment) {
        this.consentTreatment = consentTreatment;
    }

    public boolean isConsentPrivacy() {
        return consentPrivacy;
    }

    public void setConsentPrivacy(boolean consentPrivacy) {
        this.consentPrivacy = consentPrivacy;
    }

    public @Nullable String getSignatureName() {
        return signatureName;
    }

    public void setSignatureName(@Nullable String signatureName) {
        this.signatureName = signatureName;
    }

    /** Whether any safety answer asks for the clinician's attention. */
    public boolean raisesSafetyConcern() {
        return safetyAfraid == SafetyAnswer.YES
                || safetyPhysical == SafetyAnswer.YES
                || safetyEmotional == SafetyAnswer.YES
                || safetyControl == SafetyAnswer.YES;
    }

    /**
     * The answers as they are kept and counted: every text without the spaces and line breaks at either end
     * ({@link PlainText#length}, the rule the fields' counters follow), and names tidied as every name in
     * the portal is ({@link PlainText#name}: "Ana  María " is "Ana María").
     */
    void tidy() {
        preferredName = PlainText.name(preferredName);
        emergencyName = PlainText.name(emergencyName);
        partnerName = PlainText.name(partnerName);
        signatureName = PlainText.name(signatureName);
        pronouns = stripped(pronouns);
        phone = stripped(phone);
        timeZone = stripped(timeZone);
        emergencyRelationship = stripped(emergencyRelationship);
        emergencyPhone = stripped(emergencyPhone);
        reason = stripped(reason);
        trustOther = stripped(trustOther);
        goal1 = stripped(goal1);
        goal2 = stripped(goal2);
        goal3 = stripped(goal3);
        safetyNotes = stripped(safetyNotes);
        dateOfBirthAsTyped = stripped(dateOfBirthAsTyped);
    }

    private static @Nullable String stripped(@Nullable String text) {
        return text == null ? null : text.strip();
    }

    /** A copy, so the form and the stored record never share one object. */
    public IntakeAnswers copy() {
        var copy = new IntakeAnswers();
        copy.setPreferredName(getPreferredName());
        copy.setPronouns(getPronouns());
        copy.setDateOfBirth(getDateOfBirth());
        copy.setPhone(getPhone());
        copy.setTimeZone(getTimeZone());
        copy.setPreferredContact(getPreferredContact());
        copy.setEmergencyName(getEmergencyName());
        copy.setEmergencyRelationship(getEmergencyRelationship());
        copy.setEmergencyPhone(getEmergencyPhone());
        copy.setReason(getReason());
        copy.setWorkMode(getWorkMode());
        copy.setPartnerName(getPartnerName());
        copy.setTrustBreaches(getTrustBreaches());
        copy.setTrustOther(getTrustOther());
        copy.setGoal1(getGoal1());
        copy.setGoal2(getGoal2());
        copy.setGoal3(getGoal3());
        copy.setReadiness(getReadiness());
        copy.setSafetyAfraid(getSafetyAfraid());
        copy.setSafetyPhysical(getSafetyPhysical());
        copy.setSafetyEmotional(getSafetyEmotional());
        copy.setSafetyControl(getSafetyControl());
        copy.setSafetyNotes(getSafetyNotes());
        copy.setConsentTreatment(isConsentTreatment());
        copy.setConsentPrivacy(isConsentPrivacy());
        copy.setSignatureName(getSignatureName());
        copy.setDateOfBirthAsTyped(getDateOfBirthAsTyped());
        return copy;
    }
}
