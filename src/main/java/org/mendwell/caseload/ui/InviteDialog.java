package org.mendwell.caseload.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.InvitationLink;
import org.mendwell.client.CaseloadFilter;
import org.mendwell.client.CaseloadRow;
import org.mendwell.client.ClientInvitationService;
import org.mendwell.client.ClientService;
import org.mendwell.client.InviteClient;
import org.mendwell.client.Invited;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.i18n.Language;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.TextLimits;
import org.springframework.data.domain.PageRequest;

/** Invites a new client, on their own or as one of a couple; then shows the link(s) to pass on. */
class InviteDialog extends Dialog {

    /** How the new client works with the practice; each option's words are {@code caseload.invite.mode.<name>}. */
    enum Mode {
        ALONE,
        WITH_EXISTING,
        WITH_NEW;

        String key() {
            return "caseload.invite.mode."
                    + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final ClientService clients;
    private final ClientInvitationService inviting;
    private final Runnable afterInvite;
    private final PersonalTime time;

    private final TextField name = new TextField(getTranslation("caseload.invite.name"));
    private final EmailField email = new EmailField(getTranslation("caseload.invite.email"));
    private final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>(getTranslation("caseload.invite.mode"));
    private final ComboBox<CaseloadRow> existingPartner =
            new ComboBox<>(getTranslation("caseload.invite.existing-partner"));
    private final TextField partnerName = new TextField(getTranslation("caseload.invite.partner-name"));
    private final EmailField partnerEmail = new EmailField(getTranslation("caseload.invite.partner-email"));
    private final RadioButtonGroup<Language> language =
            new RadioButtonGroup<>(getTranslation("caseload.invite.language"));

    /** {@code practiceLanguage} is chosen to start with; a clinician inviting a Spanish speaker picks Español. */
    InviteDialog(
            ClientService clients,
            ClientInvitationService inviting,
            Language practiceLanguage,
            PersonalTime time,
            Runnable afterInvite) {
        this.time = time;
        this.clients = clients;
        this.inviting = inviting;
        this.afterInvite = afterInvite;
        setHeaderTitle(getTranslation("caseload.invite.title"));

        name.setRequiredIndicatorVisible(true);
        TextLimits.limit(name, 120);
        email.setRequiredIndicatorVisible(true);
        TextLimits.limit(email, 254);
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(choice -> getTranslation(choice.key()));
        mode.setValue(Mode.ALONE);
        existingPartner.setItemLabelGenerator(CaseloadRow::fullName);
        existingPartner.setItems(query -> clients
                .caseload(
                        CaseloadFilter.possiblePartners(query.getFilter().orElse("")),
                        PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        TextLimits.limit(partnerName, 120);
        TextLimits.limit(partnerEmail, 254);
        // Each language in its own name, as everywhere a language is chosen.
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::ownName);
        language.setValue(practiceLanguage);
        language.setHelperText(getTranslation("caseload.invite.language.help"));
        mode.addValueChangeListener(change -> showPartnerFields());
        showPartnerFields();

        var errors = new FieldErrors()
                .bind("fullName", name)
                .bind("email", email)
                .bind("existingPartnerId", existingPartner)
                .bind("partnerFullName", partnerName)
                .bind("partnerEmail", partnerEmail);
        var send = new Button(getTranslation("caseload.invite.send"), click -> {
            try {
                Invited invited = inviting.invite(request());
                close();
                afterInvite.run();
                showLinks(invited);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new FormLayout(name, email, language, mode, existingPartner, partnerName, partnerEmail));
        getFooter().add(new Button(getTranslation("caseload.invite.cancel"), click -> close()), send);
    }

    private void showPartnerFields() {
        existingPartner.setVisible(mode.getValue() == Mode.WITH_EXISTING);
        partnerName.setVisible(mode.getValue() == Mode.WITH_NEW);
        partnerEmail.setVisible(mode.getValue() == Mode.WITH_NEW);
    }

    private InviteClient request() {
        Mode chosen = mode.getValue();
        CaseloadRow partner = chosen == Mode.WITH_EXISTING ? existingPartner.getValue() : null;
        boolean newPartner = chosen == Mode.WITH_NEW;
        return new InviteClient(
                name.getValue(),
                email.getValue(),
                partner == null ? null : partner.clientId(),
                newPartner ? partnerName.getValue() : null,
                newPartner ? partnerEmail.getValue() : null,
                language.getValue());
    }

    /** The links exist only now: e-mailed when mail is set up, and always shown here to copy. */
    private void showLinks(Invited invited) {
        var dialog = new Dialog(getTranslation("caseload.invite.ready"));
        dialog.add(linkBlock(invited.client(), invited.link()));
        if (invited.partner() != null && invited.partnerLink() != null) {
            dialog.add(linkBlock(invited.partner(), invited.partnerLink()));
        }
        dialog.getFooter().add(new Button(getTranslation("caseload.invite.done"), click -> dialog.close()));
        dialog.open();
    }

    static List<com.vaadin.flow.component.Component> linkParts(String who, InvitationLink link, PersonalTime time) {
        var field = new TextField();
        field.setLabel(field.getTranslation("caseload.invite.link", who));
        field.setValue(link.url());
        field.setReadOnly(true);
        field.setWidthFull();
        field.addClassName("mw-invitation-link");
        var copy = new Button();
        say(copy, "caseload.invite.copy", who);
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        // The browser copies (the server cannot reach the clipboard) and the button says whether it could.
        copy.addClickListener(click -> copy.getElement()
                .executeJs("return navigator.clipboard.writeText($0)", link.url())
                .then(
                        copied -> say(copy, "caseload.invite.copied", who),
                        refused -> say(copy, "caseload.invite.copy-refused", who)));
        field.setSuffixComponent(copy);
        String note = field.getTranslation(
                link.emailed() ? "caseload.invite.link-emailed" : "caseload.invite.link-not-emailed",
                // The day the e-mail gives the client (their calendar), in the clinician's own language.
                time.dayWithYear(link.expiresDay()));
        return List.of(field, new Paragraph(note));
    }

    /**
     * The copy button's words, and its name for a screen reader: the same words first, then whose link it is (a
     * couple's dialog has two), so that what is seen is what is heard and what a voice user says (WCAG 2.5.3).
     */
    private static void say(Button copy, String key, String who) {
        String text = copy.getTranslation(key);
        copy.setText(text);
        copy.setAriaLabel(copy.getTranslation("caseload.invite.copy.label", text, who));
    }

    private FormLayout linkBlock(CaseloadRow who, @Nullable InvitationLink link) {
        var block = new FormLayout();
        if (link != null) {
            linkParts(who.fullName(), link, time).forEach(block::add);
        }
        return block;
    }
}
