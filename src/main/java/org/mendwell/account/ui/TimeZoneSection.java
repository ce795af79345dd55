package org.mendwell.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.ZoneId;
import java.util.TreeSet;
import org.mendwell.account.MyTimeZoneService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.FieldErrors;

/**
 * A staff member's own time zone. Until they choose one, the list starts at their browser's zone (the one
 * the portal already uses for them), so that saving it is one press.
 */
class TimeZoneSection extends Section {

    TimeZoneSection(MyTimeZoneService myTimeZone, ViewerTime viewerTime) {
        var zone = new ComboBox<String>(getTranslation("account.time-zone.field"));
        zone.setItems(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        zone.setWidthFull();
        var chosen = myTimeZone.chosen();
        zone.setValue(chosen.or(viewerTime::browserZone)
                .orElse(viewerTime.practiceZone())
                .getId());
        zone.setHelperText(
                chosen.isPresent()
                        ? getTranslation("account.time-zone.chosen")
                        : getTranslation("account.time-zone.not-chosen"));
        var errors = new FieldErrors().bind("timeZone", zone);
        var save = new Button(getTranslation("account.time-zone.save"), click -> {
            errors.clear();
            try {
                ZoneId saved = myTimeZone.choose(zone.getValue() == null ? "" : zone.getValue());
                zone.setHelperText(getTranslation("account.time-zone.chosen"));
                Notification.show(
                                getTranslation("account.time-zone.saved", PersonalTime.nameOf(saved, getLocale())),
                                5000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        var form = new Div(new Paragraph(getTranslation("account.time-zone.intro")), zone, save);
        form.addClassName("mw-narrow-form");
        add(new H2(getTranslation("account.time-zone.heading")), form);
    }
}
