package org.mendwell.reminders.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.mendwell.account.Roles;
import org.mendwell.client.MyRecordService;

/** The client's own settings: for now, whether they get reminder e-mails. */
@Route("my/settings")
@PageTitle("Settings | Mendwell")
@Menu(title = "reminders.menu.settings", order = 90)
@RolesAllowed(Roles.CLIENT)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class SettingsView extends Main {

    SettingsView(MyRecordService clients) {
        addClassName("mw-page");
        var reminders = new Checkbox(
                "E-mail me a reminder on days when an exercise is due or overdue", clients.myRemindersOn());
        reminders.setHelperText("At most one e-mail a day, in the morning where you live. It lists the "
                + "exercises' titles and dates, never your answers.");
        reminders.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            clients.setMyReminders(change.getValue());
            Notification.show(
                            change.getValue()
                                    ? "Reminders are on"
                                    : "Reminders are off. You can turn them on " + "again here at any time.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        add(new H2("Settings"), new Paragraph("Choose how Mendwell keeps in touch with you."), reminders);
    }
}
