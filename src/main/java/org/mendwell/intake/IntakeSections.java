package org.mendwell.intake;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mendwell.intake.IntakeChoices.SafetyAnswer;

/**
 * A submitted intake laid out by section, read-only: for the client's own copy and the clinician's
 * review. Safety answers are highlighted; every answer is shown as text, never as markup.
 */
public final class IntakeSections {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

    private IntakeSections() {}

    public static Component of(IntakeAnswers a, boolean includeSafety) {
        var sections = new Div();
        sections.addClassName("mw-intake-sections");
        sections.add(section(
                "About you",
                row("Preferred name", a.getPreferredName()),
                row("Pronouns", a.getPronouns()),
                row("Date of birth", a.getDateOfBirth() == null ? null : DATE.format(a.getDateOfBirth())),
                row("Phone", a.getPhone()),
                row("Time zone", a.getTimeZone()),
                row(
                        "Preferred contact",
                        a.getPreferredContact() == null
                                ? null
                                : a.getPreferredContact().label())));
        sections.add(section(
                "Emergency contact",
                row("Name", a.getEmergencyName()),
                row("Relationship", a.getEmergencyRelationship()),
                row("Phone", a.getEmergencyPhone())));
        sections.add(section(
                "What brings you here",
                row("In their words", a.getReason()),
                row(
                        "Works with us",
                        a.getWorkMode() == null ? null : a.getWorkMode().label()),
                row("Partner's name", a.getPartnerName())));
        sections.add(section(
                "What happened to trust",
                row(
                        "What fits",
                        a.getTrustBreaches().stream()
                                .map(IntakeChoices.TrustBreach::label)
                                .collect(Collectors.joining("; "))),
                row("Something else", a.getTrustOther())));
        sections.add(section(
                "Goals",
                row("Goal 1", a.getGoal1()),
                row("Goal 2", a.getGoal2()),
                row("Goal 3", a.getGoal3()),
                row(
                        "Readiness",
                        a.getReadiness() == null ? null : a.getReadiness().label())));
        if (includeSafety) {
            var safety = section(
                    "Safety (private)",
                    safetyRow("Feels afraid of someone close", a.getSafetyAfraid()),
                    safetyRow("Physical harm", a.getSafetyPhysical()),
                    safetyRow("Emotional abuse", a.getSafetyEmotional()),
                    safetyRow("Controlling behaviour", a.getSafetyControl()),
                    row("Anything else about safety", a.getSafetyNotes()));
            safety.addClassName("mw-safety-section");
            if (a.raisesSafetyConcern()) {
                safety.addComponentAsFirst(concern());
            }
            sections.add(safety);
        }
        sections.add(section(
                "Consent",
                row("Treatment consent", a.isConsentTreatment() ? "Agreed" : "Not agreed"),
                row("Privacy notice", a.isConsentPrivacy() ? "Agreed" : "Not agreed"),
                row("Signed as", a.getSignatureName())));
        return sections;
    }

    private static Paragraph concern() {
        var notice = new Paragraph(
                "A safety answer is yes. Please look at it before planning any couples work " + "with this client.");
        notice.addClassName("mw-safety-notice");
        return notice;
    }

    private static Div section(String title, Component... rows) {
        var list = new DescriptionList();
        list.add(rows);
        var section = new Div(new H3(title), list);
        section.addClassName("mw-intake-section");
        return section;
    }

    private static Component row(String label, @Nullable String value) {
        var term = new DescriptionList.Term(label);
        var description = new DescriptionList.Description(value == null || value.isBlank() ? "—" : value);
        var pair = new Div(term, description);
        pair.addClassName("mw-answer");
        return pair;
    }

    private static Component safetyRow(String label, @Nullable SafetyAnswer answer) {
        var pair = row(label, answer == null ? null : answer.label());
        pair.addClassName("mw-safety-answer");
        if (answer == SafetyAnswer.YES) {
            pair.getElement().getClassList().add("mw-safety-yes");
        }
        return pair;
    }

    /** The labels of the seven steps, in order, as the form and its progress indicator name them. */
    public static final List<String> STEPS = List.of(
            "About you",
            "Emergency contact",
            "What brings you here",
            "What happened to trust",
            "Goals",
            "Safety",
            "Consent");
}
