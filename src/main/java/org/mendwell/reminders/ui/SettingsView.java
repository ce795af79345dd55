package org.mendwell.reminders.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.mendwell.account.Roles;
import org.mendwell.client.MyRecordService;
import org.mendwell.shared.ui.TranslatedTitle;

/** The client's own settings: for now, whether they get reminder e-mails. */
@Route("my/settings")
@Menu(title = "reminders.menu.settings", order = 90)
@RolesAllowed(Roles.CLIENT)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class SettingsView extends Main implements TranslatedTitle {

    @Override
    public String titleKey() {
        return "reminders.settings.title";
    }

    SettingsView(MyRecordService clients) {
        addClassName("mw-page");
        var reminders = new Checkbox(getTranslation("reminders.settings.reminders"), clients.myRemindersOn());
        reminders.setHelperText(getTranslation("reminders.settings.reminders-helper"));
        reminders.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            clients.setMyReminders(change.getValue());
            Notification.show(
                            change.getValue()
                                    ? getTranslation("reminders.settings.on")
                                    : getTranslation("reminders.settings.off"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        add(
                new H2(getTranslation("reminders.settings.heading")),
                new Paragraph(getTranslation("reminders.settings.intro")),
                reminders);
    }
}
