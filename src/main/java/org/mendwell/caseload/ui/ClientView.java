package org.mendwell.caseload.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.InvitationState;
import org.mendwell.account.Roles;
import org.mendwell.agreements.AgreementService;
import org.mendwell.agreements.ui.AgreementsProgress;
import org.mendwell.agreements.ui.AgreementsSection;
import org.mendwell.client.ClientDetails;
import org.mendwell.client.ClientInvitationService;
import org.mendwell.client.ClientService;
import org.mendwell.client.ClientStatus;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.AssignmentStatus;
import org.mendwell.homework.AssignmentSummary;
import org.mendwell.homework.ExerciseLibraryService;
import org.mendwell.homework.ReviewService;
import org.mendwell.homework.RiskSignOff;
import org.mendwell.intake.IntakeSections;
import org.mendwell.intake.IntakeService;
import org.mendwell.progress.ClientProgressService;
import org.mendwell.progress.ui.ClientProgressPanel;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.CancelFirst;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.Focus;
import org.mendwell.shared.ui.TextLimits;
import org.mendwell.shared.ui.TranslatedTitle;
import org.mendwell.triggers.ui.TriggerLogPanel;
import org.mendwell.trust.ui.CoupleAttention;
import org.mendwell.trust.ui.TrustGapPanel;

/** One client's page for their clinician: status and its history, invitation, intake; and their progress. */
@Route("clients")
@RolesAllowed(Roles.CLINICIAN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class ClientView extends Main implements HasUrlParameter<String>, TranslatedTitle {

    private static final String TAB = "tab";
    private static final String PROGRESS = "progress";

    private final ClientService clients;
    private final ClientInvitationService inviting;
    private final IntakeService intakes;
    private final AssignmentService assignments;
    private final ExerciseLibraryService library;
    private final ReviewService reviews;
    private final ClientProgressService progress;
    private final AgreementService agreements;
    private final PersonalTime time;
    private UUID clientId = new UUID(0, 0);
    // Where focus lands after a change re-renders the page (the button pressed is gone with it).
    private @Nullable H3 exercisesHeading;
    private @Nullable Component openRiskAlerts;
    private @Nullable Component riskSignOffList;
    /** The record's lock version as this page last read it; a change passes it back to the service. */
    private long loadedVersion;

    private boolean showProgress;

    ClientView(
            ClientService clients,
            ClientInvitationService inviting,
            IntakeService intakes,
            AssignmentService assignments,
            ExerciseLibraryService library,
            ReviewService reviews,
            ClientProgressService progress,
            ViewerTime viewerTime,
            AgreementService agreements) {
        this.agreements = agreements;
        this.time = viewerTime.viewer();
        this.clients = clients;
        this.inviting = inviting;
        this.intakes = intakes;
        this.assignments = assignments;
        this.library = library;
        this.reviews = reviews;
        this.progress = progress;
        addClassName("mw-page");
        addClassName("mw-client-page");
    }

    @Override
    public String titleKey() {
        return "caseload.client.title";
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        showProgress = PROGRESS.equals(
                event.getLocation().getQueryParameters().getSingleParameter(TAB).orElse(""));
        try {
            clientId = UUID.fromString(parameter);
        } catch (IllegalArgumentException notAnId) {
            throw new RecordNotFoundException("Client"); // the same in every language: for the log, never shown
        }
        render();
    }

    private void render() {
        removeAll();
        exercisesHeading = null;
        openRiskAlerts = null;
        riskSignOffList = null;
        ClientDetails client = clients.details(clientId);
        loadedVersion = client.version();
        var title = new H2(client.fullName());
        var badges = new HorizontalLayout(Badges.status(client.status()), Badges.safety(client.safetyFlag()));
        badges.addClassName("mw-badges");
        add(new RouterLink(getTranslation("caseload.review.back"), CaseloadView.class), title, badges);
        if (client.riskAlertAt() != null) {
            add(riskAlert(client));
        }
        add(pageNav());
        if (showProgress) {
            add(new ClientProgressPanel(progress, clientId, time));
            add(TrustGapPanel.forClient(clientId), TriggerLogPanel.forClient(clientId));
            add(new AgreementsProgress(agreements, clientId, time));
            return;
        }
        add(CoupleAttention.forClient(clientId), facts(client), actions(client));
        var signedOff = reviews.riskSignOffs(clientId);
        if (!signedOff.isEmpty()) {
            add(riskSignOffs(signedOff));
        }
        if (client.status() == ClientStatus.INVITED) {
            add(invitation(client));
        }
        var given = assignments.assignmentsOf(clientId);
        if (client.status() == ClientStatus.ACTIVE || !given.isEmpty()) {
            add(exercises(client, given), submissions());
            add(new AgreementsSection(agreements, clientId, time));
        }
        add(intake(client), history(client));
    }

    /**
     * Overview and progress as two links rather than tabs: each has its own address (to share or
     * print), and Vaadin's tabs fail the accessibility scan (a focusable element inside the tablist).
     */
    private Component pageNav() {
        var overview =
                new RouterLink(getTranslation("caseload.client.overview"), ClientView.class, clientId.toString());
        var progressLink =
                new RouterLink(getTranslation("caseload.client.progress"), ClientView.class, clientId.toString());
        progressLink.setQueryParameters(QueryParameters.of(TAB, PROGRESS));
        var current = showProgress ? progressLink : overview;
        current.getElement().setAttribute("aria-current", "page");
        current.getStyle().set("font-weight", "600");
        var nav = new Nav(
                overview,
                progressLink,
                new com.vaadin.flow.component.html.Anchor(
                        "couple-work/" + clientId, getTranslation("letters.couple-work.link")));
        nav.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-l)")
                .set("margin-block", "var(--lumo-space-m)");
        nav.setAriaLabel(getTranslation("caseload.client.nav"));
        nav.addClassName("mw-client-nav");
        nav.addClassName("mw-no-print");
        return nav;
    }

    /**
     * PHQ-9 answers about self-harm: the first thing the clinician sees until each alert is signed off, one
     * at a time, with a short note of how it was followed up.
     */
    private Component riskAlert(ClientDetails client) {
        var open = reviews.openRiskAlerts(clientId);
        // Since the oldest alert still open: an earlier one already signed off is no longer the news.
        java.time.Instant since = open.isEmpty() || open.getFirst().submittedAt() == null
                ? client.riskAlertAt()
                : open.getFirst().submittedAt();
        var text = new Paragraph(
                getTranslation("caseload.client.risk-alert.text", time.dateTime(since), client.fullName()));
        var alert = new Div(text);
        alert.addClassName("mw-risk-alert");
        alert.getElement().setAttribute("role", "alert");
        openRiskAlerts = alert;
        for (var alertItem : open) {
            var what = new com.vaadin.flow.component.html.Anchor(
                    "submissions/" + alertItem.submissionId(),
                    alertItem.measureTotal() == null
                            ? getTranslation(
                                    "caseload.client.submitted-at",
                                    alertItem.title(),
                                    time.dateTime(alertItem.submittedAt()))
                            : getTranslation(
                                    "caseload.client.submitted-at-with-score",
                                    alertItem.title(),
                                    time.dateTime(alertItem.submittedAt()),
                                    alertItem.measureTotal()));
            var note = new TextArea(getTranslation("caseload.client.risk-alert.note"));
            note.setWidthFull();
            note.setHelperText(getTranslation("caseload.client.risk-alert.note.helper"));
            TextLimits.limit(note, ReviewService.SIGN_OFF_NOTE_LIMIT); // counted and refused past it, never cut
            var errors = new FieldErrors().bind("note", note);
            var signOff = new Button(getTranslation("caseload.client.risk-alert.sign-off"), click -> {
                if (note.getValue().isBlank()) {
                    // A missing note is the form not filled in yet: said next to it, without asking the service.
                    errors.show(java.util.Map.of("note", getTranslation(ReviewService.SIGN_OFF_NOTE_MISSING)));
                    note.focus();
                    return;
                }
                try {
                    reviews.signOffRiskAlert(alertItem.submissionId(), note.getValue());
                    Notification.show(
                                    getTranslation("caseload.client.risk-alert.signed-off"),
                                    4000,
                                    Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    renderAndFocusRiskAlerts();
                } catch (InvalidInputException refused) {
                    errors.show(refused);
                }
            });
            signOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
            var item = new Div(what, note, signOff);
            item.addClassName("mw-risk-alert-item");
            alert.add(item);
        }
        return alert;
    }

    /** Every risk alert signed off, the latest first: what raised it, who signed it off, when, and how it was followed up. */
    private Component riskSignOffs(java.util.List<RiskSignOff> signedOff) {
        var list = new UnorderedList();
        list.addClassName("mw-risk-sign-offs");
        riskSignOffList = list;
        signedOff.forEach(done -> {
            var item = new ListItem(new com.vaadin.flow.component.html.Anchor(
                    "submissions/" + done.submissionId(),
                    getTranslation("caseload.client.submitted-at", done.title(), time.dateTime(done.submittedAt()))));
            item.add(new Paragraph(getTranslation(
                    "caseload.client.signed-off", done.signedOffBy(), time.dateTime(done.signedOffAt()), done.note())));
            list.add(item);
        });
        var section = new Section(new H3(getTranslation("caseload.client.signed-off.heading")), list);
        section.addClassName("mw-section");
        return section;
    }

    /** What the client has submitted, newest first; each opens beside their earlier answers. */
    private Component submissions() {
        var section = new Section(new H3(getTranslation("caseload.client.submissions")));
        section.addClassName("mw-section");
        var submitted = reviews.submissionsOf(clientId);
        if (submitted.isEmpty()) {
            section.add(new Paragraph(getTranslation("caseload.client.submissions.none")));
            return section;
        }
        long waiting = submitted.stream().filter(s -> !s.reviewed()).count();
        section.add(new Paragraph(getTranslation("caseload.client.submissions.waiting", waiting)));
        var list = new UnorderedList();
        list.addClassName("mw-submission-list");
        submitted.forEach(s -> {
            var link = new com.vaadin.flow.component.html.Anchor(
                    "submissions/" + s.submissionId(),
                    getTranslation(
                            s.late() ? "caseload.client.submission.late" : "caseload.client.submission",
                            s.title(),
                            time.dateTime(s.submittedAt())));
            var item = new ListItem(link);
            if (s.measureTotal() != null) {
                item.add(new com.vaadin.flow.component.html.Span(
                        getTranslation("caseload.client.score", s.measureTotal())));
            }
            item.add(
                    s.reviewed()
                            ? Badges.plain(getTranslation("caseload.client.reviewed"))
                            : Badges.attention(getTranslation("caseload.review.title")));
            if (s.riskAlert()) {
                item.add(Badges.attention(getTranslation("caseload.badge.risk-alert")));
            }
            list.add(item);
        });
        section.add(list);
        return section;
    }

    /** After an exercise is given: the dialog and the list are new, so focus goes to the list's heading. */
    private void renderAndFocusExercises() {
        render();
        if (exercisesHeading != null) {
            Focus.moveTo(exercisesHeading);
        }
    }

    /** After a sign-off: to the alerts still open, or else to the list of sign-offs with the new one first. */
    private void renderAndFocusRiskAlerts() {
        render();
        if (openRiskAlerts != null) {
            Focus.moveTo(openRiskAlerts);
        } else if (riskSignOffList != null) {
            Focus.moveTo(riskSignOffList);
        }
    }

    private Component exercises(ClientDetails client, java.util.List<AssignmentSummary> given) {
        exercisesHeading = new H3(getTranslation("caseload.client.exercises"));
        var section = new Section(exercisesHeading);
        section.addClassName("mw-section");
        if (client.status() == ClientStatus.ACTIVE) {
            var give = new Button(
                    getTranslation("caseload.client.give-exercise"),
                    click -> new org.mendwell.homework.ui.AssignDialog(
                                    client, library, assignments, time, this::renderAndFocusExercises)
                            .open());
            give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(give);
        }
        if (given.isEmpty()) {
            section.add(new Paragraph(getTranslation("caseload.client.exercises.none")));
            return section;
        }
        var list = new UnorderedList();
        given.forEach(assignment -> list.add(new ListItem(assignmentLine(assignment))));
        section.add(list);
        return section;
    }

    private Component assignmentLine(AssignmentSummary a) {
        String line0 = getTranslation(
                "caseload.client.assignment",
                a.title(),
                a.scheduleText(time.dates()),
                a.submitted(),
                getTranslation(a.status().labelKey()));
        var text = new com.vaadin.flow.component.html.Span(
                a.safetyOverrideReason() == null
                        ? line0
                        : getTranslation("caseload.client.assignment.override", line0, a.safetyOverrideReason()));
        var line = new HorizontalLayout(text);
        line.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        if (a.status() == AssignmentStatus.ACTIVE) {
            line.add(small("caseload.client.assignment.pause", a, () -> {
                assignments.pause(a.assignmentId());
                render();
            }));
        } else if (a.status() == AssignmentStatus.PAUSED) {
            line.add(small("caseload.client.assignment.resume", a, () -> {
                assignments.resume(a.assignmentId());
                render();
            }));
        }
        if (a.status() != AssignmentStatus.CANCELLED) {
            line.add(small("caseload.client.assignment.cancel", a, () -> confirmCancel(a)));
        }
        return line;
    }

    /**
     * Ending an exercise cannot be undone (it can only be given again), and the button sat one click away beside
     * Pause: ask first, with the focus on keeping it (an exploration ended a client's daily exercise by accident).
     */
    private void confirmCancel(AssignmentSummary a) {
        var dialog = new ConfirmDialog(
                getTranslation("caseload.client.assignment.cancel.title", a.title()),
                getTranslation("caseload.client.assignment.cancel.text"),
                getTranslation("caseload.client.assignment.cancel.confirm"),
                confirmed -> {
                    assignments.cancel(a.assignmentId());
                    render();
                });
        dialog.setConfirmButtonTheme(
                ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("caseload.client.assignment.cancel.keep"));
        CancelFirst.focusCancelOnOpen(dialog).open();
    }

    private Button small(String labelKey, AssignmentSummary assignment, Runnable onClick) {
        String label = getTranslation(labelKey);
        var button = new Button(label, click -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation("caseload.client.assignment.action", label, assignment.title()));
        return button;
    }

    private Component facts(ClientDetails client) {
        var facts = new Div(
                new Paragraph(getTranslation("caseload.client.email", client.email())),
                new Paragraph(getTranslation("caseload.client.since", time.date(client.since()))),
                new Paragraph(getTranslation(
                        "caseload.client.language",
                        client.language() == null
                                ? getTranslation("caseload.client.language.not-chosen")
                                : getTranslation(client.language().nameKey()))));
        if (client.partnerId() != null) {
            facts.add(new Paragraph(
                    new com.vaadin.flow.component.html.Span(getTranslation("caseload.client.couple-with")),
                    new RouterLink(
                            String.valueOf(client.partnerName()),
                            ClientView.class,
                            client.partnerId().toString())));
        }
        if (client.archiveReason() != null && client.status() == ClientStatus.ARCHIVED) {
            facts.add(new Paragraph(getTranslation("caseload.client.archived-because", client.archiveReason())));
        }
        facts.addClassName("mw-facts");
        return facts;
    }

    private Component actions(ClientDetails client) {
        var actions = new HorizontalLayout();
        actions.setWrap(true);
        ClientStatus status = client.status();
        if (status.canMoveTo(ClientStatus.ACTIVE)) {
            String label = getTranslation(
                    status == ClientStatus.INTAKE_SUBMITTED ? "caseload.client.accept" : "caseload.client.reactivate");
            actions.add(action(
                    label,
                    ButtonVariant.LUMO_PRIMARY,
                    () -> status == ClientStatus.INTAKE_SUBMITTED
                            ? clients.accept(clientId, loadedVersion)
                            : clients.reactivate(clientId, loadedVersion)));
        }
        if (status.canMoveTo(ClientStatus.DISCHARGED)) {
            actions.add(new Button(
                    getTranslation("caseload.client.discharge"),
                    click -> confirm(
                            getTranslation("caseload.client.discharge.title", client.fullName()),
                            getTranslation("caseload.client.discharge.text"),
                            getTranslation("caseload.client.discharge"),
                            () -> clients.discharge(clientId, loadedVersion))));
        }
        if (status.canMoveTo(ClientStatus.ARCHIVED)) {
            actions.add(new Button(getTranslation("caseload.client.archive"), click -> openArchiveDialog(client)));
        }
        return actions;
    }

    private Button action(String label, ButtonVariant variant, Supplier<ClientStatus> change) {
        var button = new Button(label, click -> apply(change));
        button.addThemeVariants(variant);
        return button;
    }

    private void apply(Supplier<ClientStatus> change) {
        try {
            ClientStatus now = change.get();
            Notification.show(getTranslation(
                            "caseload.client.status-now",
                            getTranslation(now.key()).toLowerCase(getLocale())))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException refused) {
            refused.problems()
                    .values()
                    .forEach(message -> Notification.show(message, 8000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
        render();
    }

    private void confirm(String header, String text, String confirmText, Supplier<ClientStatus> change) {
        var dialog = new ConfirmDialog(header, text, confirmText, confirmed -> apply(change));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("caseload.invite.cancel"));
        dialog.open();
    }

    private void openArchiveDialog(ClientDetails client) {
        var dialog = new Dialog(getTranslation("caseload.client.archive.title", client.fullName()));
        var reason = new TextArea(getTranslation("caseload.client.archive.reason"));
        reason.setHelperText(getTranslation("caseload.client.archive.reason.helper"));
        TextLimits.limit(reason, 500);
        reason.setWidthFull();
        var errors = new FieldErrors().bind("reason", reason);
        var archive = new Button(getTranslation("caseload.client.archive"), click -> {
            try {
                clients.archive(clientId, loadedVersion, reason.getValue());
                dialog.close();
                render();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
                if (invalid.problems().containsKey("version")) {
                    // The reason stays in the dialog; the page behind it shows the record as it is now.
                    render();
                }
            }
        });
        archive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("caseload.invite.cancel"), click -> dialog.close()), archive);
        dialog.open();
    }

    private Component invitation(ClientDetails client) {
        var section = new Section(new H3(getTranslation("caseload.client.invitation")));
        section.addClassName("mw-section");
        String state = client.invitation()
                .map(this::describe)
                .orElseGet(() -> getTranslation("caseload.client.invitation.none"));
        section.add(new Paragraph(state));
        var resend = new Button(getTranslation("caseload.client.invitation.resend"), click -> {
            var link = inviting.resendInvitation(clientId);
            render();
            var dialog = new Dialog(getTranslation("caseload.client.invitation.new-link"));
            InviteDialog.linkParts(client.fullName(), link, time).forEach(dialog::add);
            dialog.getFooter().add(new Button(getTranslation("caseload.invite.done"), done -> dialog.close()));
            dialog.open();
        });
        var revoke = new Button(getTranslation("caseload.client.invitation.revoke"), click -> {
            inviting.revokeInvitation(clientId);
            Notification.show(getTranslation("caseload.client.invitation.revoked"));
            render();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        section.add(new HorizontalLayout(resend, revoke));
        return section;
    }

    private String describe(InvitationState invitation) {
        return switch (invitation.status()) {
            case PENDING ->
                getTranslation(
                        "caseload.client.invitation.pending",
                        time.dateTime(invitation.sentAt()),
                        time.dateTime(invitation.expiresAt()));
            case EXPIRED -> getTranslation("caseload.client.invitation.expired", time.dateTime(invitation.expiresAt()));
            case REVOKED -> getTranslation("caseload.client.invitation.revoked-state");
            case USED -> getTranslation("caseload.client.invitation.used");
        };
    }

    private Component intake(ClientDetails client) {
        var section = new Section(new H3(getTranslation("caseload.client.intake")));
        section.addClassName("mw-section");
        intakes.intakeOf(clientId)
                .ifPresentOrElse(
                        review -> section.add(
                                new Paragraph(getTranslation(
                                        "caseload.client.intake.submitted",
                                        time.dateTime(review.submittedAt()),
                                        review.consentVersion(),
                                        getTranslation(review.consentLanguage().nameKey()))),
                                IntakeSections.of(review.answers(), true, time)),
                        () -> section.add(new Paragraph(getTranslation(
                                switch (client.status()) {
                                    case INVITED -> "caseload.client.intake.invited";
                                    case INTAKE_IN_PROGRESS -> "caseload.client.intake.in-progress";
                                    default -> "caseload.client.intake.none";
                                }))));
        return section;
    }

    private Component history(ClientDetails client) {
        var list = new UnorderedList();
        // A change of clinician keeps the status; its reason says what happened.
        client.history()
                .forEach(change -> list.add(new ListItem(getTranslation(
                        "caseload.client.history.entry", time.dateTime(change.at()), describe(change)))));
        var section = new Section(new H3(getTranslation("caseload.client.history")), list);
        section.addClassName("mw-section");
        return section;
    }

    private String describe(ClientDetails.StatusChange change) {
        var handover = change.handover();
        if (handover != null) {
            String former = getTranslation("caseload.client.history.former-clinician");
            String from = handover.fromName().orElse(former);
            String to = handover.toName().orElse(former);
            return change.reason() == null
                    ? getTranslation("caseload.client.history.handover", from, to)
                    : getTranslation("caseload.client.history.handover-with-reason", from, to, change.reason());
        }
        // Rows stored before V38 (a handover's English sentence) are shown as stored.
        if (change.to() == change.from() && change.reason() != null) {
            return change.reason();
        }
        String status = getTranslation(change.to().key());
        String actor = getTranslation("client.actor." + change.actor().toLowerCase(java.util.Locale.ROOT));
        return change.reason() == null
                ? getTranslation("caseload.client.history.change", status, actor)
                : getTranslation("caseload.client.history.change-with-reason", status, actor, change.reason());
    }
}
