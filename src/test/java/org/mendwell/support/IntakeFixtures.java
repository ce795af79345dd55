package org.mendwell.support;

import java.time.LocalDate;
import java.util.EnumSet;
import org.mendwell.intake.IntakeAnswers;
import org.mendwell.intake.IntakeChoices.PreferredContact;
import org.mendwell.intake.IntakeChoices.Readiness;
import org.mendwell.intake.IntakeChoices.SafetyAnswer;
import org.mendwell.intake.IntakeChoices.TrustBreach;
import org.mendwell.intake.IntakeChoices.WorkMode;

/** Intake answers for tests. */
public final class IntakeFixtures {

    private IntakeFixtures() {}

    /** A complete, valid intake for the given person. */
    public static IntakeAnswers complete(String fullName) {
        var a = new IntakeAnswers();
        a.setPreferredName(fullName.split(" ")[0]);
        a.setPronouns("she/her");
        a.setDateOfBirth(LocalDate.of(1990, 3, 14));
        a.setPhone("+49 30 1234 5678");
        a.setTimeZone("Europe/Berlin");
        a.setPreferredContact(PreferredContact.PHONE);
        a.setEmergencyName("Sam Porter");
        a.setEmergencyRelationship("Sister");
        a.setEmergencyPhone("+49 30 8765 4321");
        a.setReason("I find it hard to trust people at work and at home.");
        a.setWorkMode(WorkMode.INDIVIDUAL);
        a.setTrustBreaches(EnumSet.of(TrustBreach.BROKEN_PROMISES));
        a.setGoal1("Notice when I assume the worst");
        a.setReadiness(Readiness.READY);
        a.setSafetyAfraid(SafetyAnswer.NO);
        a.setSafetyPhysical(SafetyAnswer.NO);
        a.setSafetyEmotional(SafetyAnswer.PREFER_NOT_TO_SAY);
        a.setSafetyControl(SafetyAnswer.NO);
        a.setConsentTreatment(true);
        a.setConsentPrivacy(true);
        a.setSignatureName(fullName);
        return a;
    }
}
