package org.mendwell.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.mendwell.account.Roles;
import org.mendwell.intake.ConsentService;
import org.mendwell.intake.ConsentText;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.i18n.Language;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.Focus;
import org.mendwell.shared.ui.TextLimits;
import org.mendwell.shared.ui.TranslatedTitle;

/**
 * The administrator edits the practice's consent texts, one language at a time; each save is a new version in
 * that language. Clients sign the current version in their language, or the English one while there is none.
 */
@Route("admin/consent")
@Menu(title = "intake.menu.consent-texts", order = 20)
@RolesAllowed(Roles.ADMIN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class ConsentTextView extends Main implements TranslatedTitle {

    private final ConsentService consent;
    private final Paragraph versionNote = new Paragraph();
    private final Paragraph outcome = new Paragraph();
    private final RadioButtonGroup<Language> language =
            new RadioButtonGroup<>(getTranslation("intake.consent-texts.language"));
    private final TextArea treatment = new TextArea(getTranslation("intake.consent.treatment"));
    private final TextArea privacy = new TextArea(getTranslation("intake.consent.privacy"));

    ConsentTextView(ConsentService consent) {
        this.consent = consent;
        addClassName("mw-page");
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::ownName);
        language.setValue(Language.ENGLISH);
        for (var area : new TextArea[] {treatment, privacy}) {
            area.setWidthFull();
            TextLimits.limit(area, 8000);
            area.setMinRows(6);
        }
        var errors = new FieldErrors().bind("treatment", treatment).bind("privacy", privacy);
        language.addValueChangeListener(change -> {
            errors.clear();
            load(change.getValue());
        });
        load(Language.ENGLISH);
        var publish = new Button(getTranslation("intake.consent-texts.publish"), click -> {
            Language chosen = language.getValue();
            outcome.setVisible(false);
            Optional<ConsentText> current = consent.currentIn(chosen);
            if (current.isPresent() && current.get().sameAs(treatment.getValue(), privacy.getValue())) {
                // Nothing to confirm: publishing would make no new version.
                say(getTranslation(
                        "intake.consent-texts.unchanged", current.get().version()));
                return;
            }
            var confirm = new ConfirmDialog(
                    getTranslation("intake.consent-texts.confirm.title"),
                    getTranslation("intake.consent-texts.confirm.text", getTranslation(chosen.nameKey())),
                    getTranslation("intake.consent-texts.confirm.publish"),
                    confirmed -> {
                        try {
                            var published = consent.publish(chosen, treatment.getValue(), privacy.getValue());
                            showVersion(chosen, Optional.of(published));
                            Notification.show(getTranslation(
                                            "intake.consent-texts.published",
                                            published.version(),
                                            getTranslation(chosen.nameKey())))
                                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        } catch (InvalidInputException invalid) {
                            errors.show(invalid);
                            if (invalid.problems().containsKey("unchanged")) {
                                say(invalid.problems().get("unchanged"));
                            }
                        }
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("intake.consent-texts.confirm.cancel"));
            confirm.open();
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        outcome.addClassName("mw-confirmation");
        outcome.getElement().setAttribute("role", "status");
        outcome.setVisible(false);
        add(
                new H2(getTranslation("intake.consent-texts.heading")),
                language,
                versionNote,
                treatment,
                privacy,
                publish,
                outcome);
    }

    /** What a press of Publish did not do, under the button, where focus lands. */
    private void say(String text) {
        outcome.setText(text);
        outcome.setVisible(true);
        Focus.moveTo(outcome);
    }

    /** The current texts in that language; empty fields where the practice has none in it yet. */
    private void load(Language chosen) {
        Optional<ConsentText> current = consent.currentIn(chosen);
        treatment.setValue(current.map(ConsentText::treatment).orElse(""));
        privacy.setValue(current.map(ConsentText::privacy).orElse(""));
        showVersion(chosen, current);
    }

    private void showVersion(Language chosen, Optional<ConsentText> current) {
        versionNote.setText(current.map(text -> getTranslation(
                        "intake.consent-texts.version", getTranslation(chosen.nameKey()), text.version()))
                .orElseGet(() -> getTranslation("intake.consent-texts.none-yet", getTranslation(chosen.nameKey()))));
    }

    @Override
    public String titleKey() {
        return "intake.consent-texts.title";
    }
}
