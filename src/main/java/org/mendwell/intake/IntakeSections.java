package org.mendwell.intake;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mendwell.intake.IntakeChoices.Choice;
import org.mendwell.intake.IntakeChoices.SafetyAnswer;
import org.mendwell.shared.time.PersonalTime;

/**
 * A submitted intake laid out by section, read-only: for the client's own copy and the clinician's
 * review, in the reader's language (answers chosen from a list are stored as codes and shown in it; what the
 * client wrote is shown as they wrote it). Safety answers are highlighted; every answer is shown as text, never
 * as markup.
 */
public final class IntakeSections {

    private IntakeSections() {}

    /** @param time the reader's dates, so that the date of birth reads like every other date they see */
    public static Component of(IntakeAnswers a, boolean includeSafety, PersonalTime time) {
        var sections = new Div();
        sections.addClassName("mw-intake-sections");
        sections.add(section(
                "intake.step.about",
                row("intake.about.preferred-name", a.getPreferredName()),
                row("intake.about.pronouns", a.getPronouns()),
                row("intake.about.date-of-birth", a.getDateOfBirth() == null ? null : time.date(a.getDateOfBirth())),
                row("intake.about.phone", a.getPhone()),
                row("intake.about.time-zone", a.getTimeZone()),
                row("intake.about.preferred-contact", choice(a.getPreferredContact()))));
        sections.add(section(
                "intake.step.emergency",
                row("intake.emergency.name", a.getEmergencyName()),
                row("intake.emergency.relationship", a.getEmergencyRelationship()),
                row("intake.emergency.phone", a.getEmergencyPhone())));
        sections.add(section(
                "intake.step.reason",
                row("intake.reason.in-their-words", a.getReason()),
                row("intake.reason.works-with-us", choice(a.getWorkMode())),
                row("intake.reason.partner-name", a.getPartnerName())));
        sections.add(section(
                "intake.step.trust",
                row(
                        "intake.trust.what-fits",
                        a.getTrustBreaches().stream()
                                .map(IntakeSections::choice)
                                .collect(Collectors.joining("; "))),
                row("intake.trust.other", a.getTrustOther())));
        sections.add(section(
                "intake.step.goals",
                row("intake.goals.goal-1", a.getGoal1()),
                row("intake.goals.goal-2", a.getGoal2()),
                row("intake.goals.goal-3", a.getGoal3()),
                row("intake.goals.readiness", choice(a.getReadiness()))));
        if (includeSafety) {
            var safety = section(
                    "intake.sections.safety-private",
                    safetyRow("intake.safety.summary.afraid", a.getSafetyAfraid()),
                    safetyRow("intake.safety.summary.physical", a.getSafetyPhysical()),
                    safetyRow("intake.safety.summary.emotional", a.getSafetyEmotional()),
                    safetyRow("intake.safety.summary.control", a.getSafetyControl()),
                    row("intake.safety.summary.notes", a.getSafetyNotes()));
            safety.addClassName("mw-safety-section");
            if (a.raisesSafetyConcern()) {
                safety.addComponentAsFirst(concern());
            }
            sections.add(safety);
        }
        sections.add(section(
                "intake.step.consent",
                row("intake.consent.summary.treatment", agreed(a.isConsentTreatment())),
                row("intake.consent.summary.privacy", agreed(a.isConsentPrivacy())),
                row("intake.consent.summary.signed-as", a.getSignatureName())));
        return sections;
    }

    private static String agreed(boolean agreed) {
        return text(agreed ? "intake.consent.summary.agreed" : "intake.consent.summary.not-agreed");
    }

    private static @Nullable String choice(@Nullable Choice choice) {
        return choice == null ? null : text(choice.key());
    }

    private static Paragraph concern() {
        var notice = new Paragraph(text("intake.sections.safety-concern"));
        notice.addClassName("mw-safety-notice");
        return notice;
    }

    private static Div section(String titleKey, Component... rows) {
        var list = new DescriptionList();
        list.add(rows);
        var section = new Div(new H3(text(titleKey)), list);
        section.addClassName("mw-intake-section");
        return section;
    }

    private static Component row(String labelKey, @Nullable String value) {
        var term = new DescriptionList.Term(text(labelKey));
        var description = new DescriptionList.Description(value == null || value.isBlank() ? "—" : value);
        var pair = new Div(term, description);
        pair.addClassName("mw-answer");
        return pair;
    }

    private static Component safetyRow(String labelKey, @Nullable SafetyAnswer answer) {
        var pair = row(labelKey, choice(answer));
        pair.addClassName("mw-safety-answer");
        if (answer == SafetyAnswer.YES) {
            pair.getElement().getClassList().add("mw-safety-yes");
        }
        return pair;
    }

    /** In the language of the page being built. */
    private static String text(String key) {
        return I18NProvider.translate(key);
    }

    /** The message keys of the seven steps' names, in order, as the form and its progress indicator name them. */
    public static final List<String> STEPS = List.of(
            "intake.step.about",
            "intake.step.emergency",
            "intake.step.reason",
            "intake.step.trust",
            "intake.step.goals",
            "intake.step.safety",
            "intake.step.consent");
}
