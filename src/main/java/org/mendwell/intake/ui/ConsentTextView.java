package org.mendwell.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.mendwell.account.Roles;
import org.mendwell.intake.ConsentService;
import org.mendwell.intake.ConsentText;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.TextLimits;

/** The administrator edits the practice's consent texts; each save is a new version. */
@Route("admin/consent")
@PageTitle("Consent texts | Mendwell")
@Menu(title = "intake.menu.consent-texts", order = 20)
@RolesAllowed(Roles.ADMIN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class ConsentTextView extends Main {

    private final Paragraph versionNote = new Paragraph();

    ConsentTextView(ConsentService consent) {
        addClassName("mw-page");
        ConsentText current = consent.current();
        var treatment = new TextArea("Consent to treatment");
        var privacy = new TextArea("Privacy notice");
        for (var area : new TextArea[] {treatment, privacy}) {
            area.setWidthFull();
            TextLimits.limit(area, 8000);
            area.setMinRows(6);
        }
        treatment.setValue(current.treatment());
        privacy.setValue(current.privacy());
        showVersion(current);
        var errors = new FieldErrors().bind("treatment", treatment).bind("privacy", privacy);
        var publish = new Button("Publish as a new version", click -> {
            var confirm = new ConfirmDialog(
                    "Publish a new version?",
                    "Clients who sign their intake from now on "
                            + "sign the new texts. Intakes already signed keep the version they signed.",
                    "Publish",
                    confirmed -> {
                        try {
                            var published = consent.publish(treatment.getValue(), privacy.getValue());
                            showVersion(published);
                            Notification.show("Version " + published.version() + " published")
                                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        } catch (InvalidInputException invalid) {
                            errors.show(invalid);
                        }
                    });
            confirm.setCancelable(true);
            confirm.open();
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Consent texts"), versionNote, treatment, privacy, publish);
    }

    private void showVersion(ConsentText text) {
        versionNote.setText("Clients now sign version " + text.version() + ". Intakes already signed keep the "
                + "version they signed.");
    }
}
