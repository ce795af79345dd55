package org.mendwell.agreements.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.util.UUID;
import org.mendwell.agreements.AgreementProgress;
import org.mendwell.agreements.AgreementService;
import org.mendwell.agreements.CoupleAgreements;
import org.mendwell.agreements.KeptRecord;
import org.mendwell.agreements.MarkedDay;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.ui.ScrollRegion;

/**
 * The agreements part of the couple's progress tab: per agreement, the kept rate of each week (kept of the days
 * marked; days not marked shown apart, counted for nothing), and how often the other partner said "I noticed",
 * which only the clinician sees. A table with a bar per week: free components, readable by a screen reader.
 */
@StyleSheet("context://styles/agreements.css")
public class AgreementsProgress extends Section {

    private final PersonalTime time;

    public AgreementsProgress(AgreementService agreements, UUID clientId, PersonalTime time) {
        this.time = time;
        addClassNames("mw-section", "mw-agreements-progress");
        CoupleAgreements couple = agreements.agreementsOf(clientId);
        add(new H3(getTranslation("agreements.progress.heading")));
        if (couple.agreements().isEmpty()) {
            add(new Paragraph(getTranslation("agreements.progress.none")));
            return;
        }
        add(new Paragraph(getTranslation("agreements.progress.intro")));
        couple.agreements().forEach(agreement -> add(agreement(agreement)));
    }

    /** Who sees the kept days, as the clinician reads it: the partner, the promiser only, or no longer the partner. */
    static String visibilityKey(AgreementProgress agreement) {
        if (agreement.withdrawnFromPartner()) {
            return "agreements.clinician.withdrawn";
        }
        return agreement.visibleToPartner() ? "agreements.clinician.visible" : "agreements.clinician.not-visible";
    }

    private Component agreement(AgreementProgress agreement) {
        var part = new Div();
        part.addClassName("mw-agreement-progress");
        part.add(new H4(getTranslation("agreements.clinician.line", agreement.promiserName(), agreement.words())));
        if (agreement.closedBySafetyFlag()) {
            part.add(new Paragraph(getTranslation("agreements.clinician.closed")));
        }
        if (agreement.stoppedBySafetyEnding()) {
            part.add(new Paragraph(getTranslation("agreements.clinician.stopped")));
        } else if (agreement.withdrawnFromPartner()) {
            part.add(new Paragraph(getTranslation("agreements.clinician.withdrawn")));
        }
        part.add(new Paragraph(getTranslation(
                "agreements.progress.summary",
                agreement.record().kept(),
                agreement.record().run(),
                agreement.noticed())));
        part.add(weeks(agreement));
        if (!agreement.recent().isEmpty()) {
            var notes = new UnorderedList();
            agreement.recent().stream()
                    .filter(day -> day.note() != null)
                    .forEach(day -> notes.add(new ListItem(noteLine(day))));
            if (notes.getChildren().findAny().isPresent()) {
                part.add(new H4(getTranslation("agreements.progress.notes")), notes);
            }
        }
        return part;
    }

    private String noteLine(MarkedDay day) {
        return getTranslation(
                day.noteShared() ? "agreements.progress.note-shared" : "agreements.progress.note-private",
                time.weekdayDate(day.day()),
                getTranslation("agreements.outcome." + day.outcome()),
                day.note());
    }

    /** One row a week: the week's Monday, due, kept, partly, not this time, not marked, and the rate with a bar. */
    private Component weeks(AgreementProgress agreement) {
        var table = new Element("table");
        table.getClassList().add("mw-kept-weeks");
        var head = new Element("tr");
        for (String key : new String[] {"week", "due", "kept", "partly", "not-this-time", "unmarked", "rate"}) {
            head.appendChild(new Element("th").setText(getTranslation("agreements.progress.column." + key)));
        }
        table.appendChild(new Element("thead").appendChild(head));
        var body = new Element("tbody");
        for (KeptRecord.Week week : agreement.record().weeks()) {
            var row = new Element("tr");
            row.appendChild(new Element("td").setText(time.dayAndMonth(week.monday())));
            for (int number : new int[] {week.due(), week.kept(), week.partly(), week.notThisTime(), week.unmarked()}) {
                row.appendChild(new Element("td").setText(Integer.toString(number)));
            }
            Integer percent = week.keptPercent();
            var rate = new Element("td");
            if (percent == null) {
                rate.setText(getTranslation("agreements.progress.no-rate"));
            } else {
                var bar = new Element("span");
                bar.getClassList().add("mw-kept-bar");
                bar.getStyle().set("width", percent + "%");
                bar.setAttribute("aria-hidden", "true");
                rate.appendChild(new Element("span").setText(getTranslation("agreements.progress.rate", percent)), bar);
            }
            row.appendChild(rate);
            body.appendChild(row);
        }
        table.appendChild(body);
        // Wider than a phone's screen: a tab stop lets a keyboard scroll it sideways.
        var wrapper = ScrollRegion.of(getTranslation("agreements.progress.weeks", agreement.words()));
        wrapper.addClassName("mw-table-scroller");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }
}
