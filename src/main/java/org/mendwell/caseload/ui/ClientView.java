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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import java.util.function.Supplier;
import org.mendwell.account.InvitationState;
import org.mendwell.account.Roles;
import org.mendwell.agreements.AgreementService;
import org.mendwell.agreements.ui.AgreementsProgress;
import org.mendwell.agreements.ui.AgreementsSection;
import org.mendwell.client.ClientDetails;
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
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.TextLimits;

/** One client's page for their clinician: status and its history, invitation, intake; and their progress. */
@Route("clients")
@PageTitle("Client | Mendwell")
@RolesAllowed(Roles.CLINICIAN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class ClientView extends Main implements HasUrlParameter<String> {

    private static final String TAB = "tab";
    private static final String PROGRESS = "progress";

    private final ClientService clients;
    private final IntakeService intakes;
    private final AssignmentService assignments;
    private final ExerciseLibraryService library;
    private final ReviewService reviews;
    private final ClientProgressService progress;
    private final AgreementService agreements;
    private final PersonalTime time;
    private UUID clientId = new UUID(0, 0);
    /** The record's lock version as this page last read it; a change passes it back to the service. */
    private long loadedVersion;

    private boolean showProgress;

    ClientView(
            ClientService clients,
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
        this.intakes = intakes;
        this.assignments = assignments;
        this.library = library;
        this.reviews = reviews;
        this.progress = progress;
        addClassName("mw-page");
        addClassName("mw-client-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        showProgress = PROGRESS.equals(
                event.getLocation().getQueryParameters().getSingleParameter(TAB).orElse(""));
        try {
            clientId = UUID.fromString(parameter);
        } catch (IllegalArgumentException notAnId) {
            throw new RecordNotFoundException("Client");
        }
        render();
    }

    private void render() {
        removeAll();
        ClientDetails client = clients.details(clientId);
        loadedVersion = client.version();
        var title = new H2(client.fullName());
        var badges = new HorizontalLayout(Badges.status(client.status()), Badges.safety(client.safetyFlag()));
        badges.addClassName("mw-badges");
        add(new RouterLink("← Caseload", CaseloadView.class), title, badges);
        if (client.riskAlertAt() != null) {
            add(riskAlert(client));
        }
        add(pageNav());
        if (showProgress) {
            add(new ClientProgressPanel(progress, clientId, time));
            add(new AgreementsProgress(agreements, clientId, time));
            return;
        }
        add(facts(client), actions(client));
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
        var overview = new RouterLink("Overview", ClientView.class, clientId.toString());
        var progressLink = new RouterLink("Progress", ClientView.class, clientId.toString());
        progressLink.setQueryParameters(QueryParameters.of(TAB, PROGRESS));
        var current = showProgress ? progressLink : overview;
        current.getElement().setAttribute("aria-current", "page");
        current.getStyle().set("font-weight", "600");
        var nav = new Nav(overview, progressLink);
        nav.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-l)")
                .set("margin-block", "var(--lumo-space-m)");
        nav.setAriaLabel("Client page");
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
        var text = new Paragraph("Risk alert since " + time.dateTime(since) + ": on the PHQ-9, "
                + client.fullName() + " reported thoughts of being better off dead or of self-harm. They were shown "
                + "crisis resources. Please follow your practice's risk procedure, then sign off each alert below "
                + "with a short note of what you did.");
        var alert = new Div(text);
        alert.addClassName("mw-risk-alert");
        alert.getElement().setAttribute("role", "alert");
        for (var alertItem : open) {
            var what = new com.vaadin.flow.component.html.Anchor(
                    "submissions/" + alertItem.submissionId(),
                    alertItem.title() + " submitted " + time.dateTime(alertItem.submittedAt())
                            + (alertItem.measureTotal() == null ? "" : " · score " + alertItem.measureTotal()));
            var note = new TextArea("How you followed this up");
            note.setWidthFull();
            note.setHelperText("Required. Kept with the alert, for you and your practice.");
            TextLimits.limit(note, 500); // counted and refused past 500, never cut
            var errors = new FieldErrors().bind("note", note);
            var signOff = new Button("Sign off this alert", click -> {
                try {
                    reviews.signOffRiskAlert(alertItem.submissionId(), note.getValue());
                    Notification.show("Alert signed off.", 4000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    render();
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
        signedOff.forEach(done -> {
            var item = new ListItem(new com.vaadin.flow.component.html.Anchor(
                    "submissions/" + done.submissionId(),
                    done.title() + " submitted " + time.dateTime(done.submittedAt())));
            item.add(new Paragraph("Signed off by " + done.signedOffBy() + " on " + time.dateTime(done.signedOffAt())
                    + ": " + done.note()));
            list.add(item);
        });
        var section = new Section(new H3("Risk alerts signed off"), list);
        section.addClassName("mw-section");
        return section;
    }

    /** What the client has submitted, newest first; each opens beside their earlier answers. */
    private Component submissions() {
        var section = new Section(new H3("Submissions"));
        section.addClassName("mw-section");
        var submitted = reviews.submissionsOf(clientId);
        if (submitted.isEmpty()) {
            section.add(new Paragraph("Nothing submitted yet."));
            return section;
        }
        long waiting = submitted.stream().filter(s -> !s.reviewed()).count();
        section.add(new Paragraph(waiting == 0 ? "All reviewed." : waiting + " waiting for your review."));
        var list = new UnorderedList();
        list.addClassName("mw-submission-list");
        submitted.forEach(s -> {
            var link = new com.vaadin.flow.component.html.Anchor(
                    "submissions/" + s.submissionId(),
                    s.title() + " — " + time.dateTime(s.submittedAt()) + (s.late() ? " (late)" : ""));
            var item = new ListItem(link);
            if (s.measureTotal() != null) {
                item.add(new com.vaadin.flow.component.html.Span(" · score " + s.measureTotal()));
            }
            item.add(s.reviewed() ? Badges.plain("Reviewed") : Badges.attention("To review"));
            if (s.riskAlert()) {
                item.add(Badges.attention("Risk alert"));
            }
            list.add(item);
        });
        section.add(list);
        return section;
    }

    private Component exercises(ClientDetails client, java.util.List<AssignmentSummary> given) {
        var section = new Section(new H3("Exercises"));
        section.addClassName("mw-section");
        if (client.status() == ClientStatus.ACTIVE) {
            var give = new Button(
                    "Give an exercise",
                    click -> new org.mendwell.homework.ui.AssignDialog(client, library, assignments, time, this::render)
                            .open());
            give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(give);
        }
        if (given.isEmpty()) {
            section.add(new Paragraph("No exercises given yet."));
            return section;
        }
        var list = new UnorderedList();
        given.forEach(assignment -> list.add(new ListItem(assignmentLine(assignment))));
        section.add(list);
        return section;
    }

    private Component assignmentLine(AssignmentSummary a) {
        var text = new com.vaadin.flow.component.html.Span(a.title() + " — " + a.scheduleText(time.dates())
                + ", " + a.submitted() + " done · " + a.status().label()
                + (a.safetyOverrideReason() == null ? "" : " · safety flag overridden: " + a.safetyOverrideReason()));
        var line = new HorizontalLayout(text);
        line.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        if (a.status() == AssignmentStatus.ACTIVE) {
            line.add(small("Pause", a, () -> assignments.pause(a.assignmentId())));
        } else if (a.status() == AssignmentStatus.PAUSED) {
            line.add(small("Resume", a, () -> assignments.resume(a.assignmentId())));
        }
        if (a.status() != AssignmentStatus.CANCELLED) {
            line.add(small("Cancel", a, () -> assignments.cancel(a.assignmentId())));
        }
        return line;
    }

    private Button small(String label, AssignmentSummary assignment, Runnable change) {
        var button = new Button(label, click -> {
            change.run();
            render();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(label + " " + assignment.title());
        return button;
    }

    private Component facts(ClientDetails client) {
        var facts = new Div(
                new Paragraph("E-mail: " + client.email()), new Paragraph("Client since " + time.date(client.since())));
        if (client.partnerId() != null) {
            facts.add(new Paragraph(
                    new com.vaadin.flow.component.html.Span("Couple case with "),
                    new RouterLink(
                            String.valueOf(client.partnerName()),
                            ClientView.class,
                            client.partnerId().toString())));
        }
        if (client.archiveReason() != null && client.status() == ClientStatus.ARCHIVED) {
            facts.add(new Paragraph("Archived because: " + client.archiveReason()));
        }
        facts.addClassName("mw-facts");
        return facts;
    }

    private Component actions(ClientDetails client) {
        var actions = new HorizontalLayout();
        actions.setWrap(true);
        ClientStatus status = client.status();
        if (status.canMoveTo(ClientStatus.ACTIVE)) {
            String label = status == ClientStatus.INTAKE_SUBMITTED ? "Accept as client" : "Reactivate";
            actions.add(action(
                    label,
                    ButtonVariant.LUMO_PRIMARY,
                    () -> status == ClientStatus.INTAKE_SUBMITTED
                            ? clients.accept(clientId, loadedVersion)
                            : clients.reactivate(clientId, loadedVersion)));
        }
        if (status.canMoveTo(ClientStatus.DISCHARGED)) {
            actions.add(new Button(
                    "Discharge",
                    click -> confirm(
                            "Discharge " + client.fullName() + "?",
                            "They keep their account and records; you can reactivate them later.",
                            "Discharge",
                            () -> clients.discharge(clientId, loadedVersion))));
        }
        if (status.canMoveTo(ClientStatus.ARCHIVED)) {
            actions.add(new Button("Archive", click -> openArchiveDialog(client)));
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
            Notification.show("Status is now " + now.label().toLowerCase(java.util.Locale.ROOT))
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
        dialog.open();
    }

    private void openArchiveDialog(ClientDetails client) {
        var dialog = new Dialog("Archive " + client.fullName());
        var reason = new TextArea("Reason");
        reason.setHelperText("Only you see this. For example: did not continue after the invitation.");
        TextLimits.limit(reason, 500);
        reason.setWidthFull();
        var errors = new FieldErrors().bind("reason", reason);
        var archive = new Button("Archive", click -> {
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
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), archive);
        dialog.open();
    }

    private Component invitation(ClientDetails client) {
        var section = new Section(new H3("Invitation"));
        section.addClassName("mw-section");
        String state = client.invitation().map(this::describe).orElse("No invitation has been sent.");
        section.add(new Paragraph(state));
        var resend = new Button("Send a new link", click -> {
            var link = clients.resendInvitation(clientId);
            render();
            var dialog = new Dialog("New invitation link");
            InviteDialog.linkParts(client.fullName(), link, time).forEach(dialog::add);
            dialog.getFooter().add(new Button("Done", done -> dialog.close()));
            dialog.open();
        });
        var revoke = new Button("Revoke link", click -> {
            clients.revokeInvitation(clientId);
            Notification.show("The link no longer works");
            render();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        section.add(new HorizontalLayout(resend, revoke));
        return section;
    }

    private String describe(InvitationState invitation) {
        return switch (invitation.status()) {
            case PENDING ->
                "Link sent " + time.dateTime(invitation.sentAt()) + "; it works until "
                        + time.dateTime(invitation.expiresAt()) + ".";
            case EXPIRED -> "The last link expired on " + time.dateTime(invitation.expiresAt()) + ". Send a new one.";
            case REVOKED -> "The last link was revoked. Send a new one when you are ready.";
            case USED -> "The client accepted the invitation.";
        };
    }

    private Component intake(ClientDetails client) {
        var section = new Section(new H3("Intake"));
        section.addClassName("mw-section");
        intakes.intakeOf(clientId)
                .ifPresentOrElse(
                        review -> section.add(
                                new Paragraph("Submitted " + time.dateTime(review.submittedAt())
                                        + ", consent text version " + review.consentVersion() + "."),
                                IntakeSections.of(review.answers(), true)),
                        () -> section.add(new Paragraph(
                                switch (client.status()) {
                                    case INVITED -> "The client has not accepted the invitation yet.";
                                    case INTAKE_IN_PROGRESS ->
                                        "The client is filling in their intake. You'll see it once they "
                                                + "submit it.";
                                    default -> "No intake was submitted.";
                                })));
        return section;
    }

    private Component history(ClientDetails client) {
        var list = new UnorderedList();
        // A change of clinician keeps the status; its reason says what happened.
        client.history()
                .forEach(change -> list.add(new ListItem(time.dateTime(change.at()) + " — "
                        + (change.to() == change.from() && change.reason() != null
                                ? change.reason()
                                : change.to().label() + " (" + change.actor() + ")"
                                        + (change.reason() == null ? "" : ": " + change.reason())))));
        var section = new Section(new H3("History"), list);
        section.addClassName("mw-section");
        return section;
    }
}
