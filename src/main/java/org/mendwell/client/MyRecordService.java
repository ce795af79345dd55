package org.mendwell.client;

import java.time.Clock;
import java.util.UUID;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.PracticeStaff;
import org.mendwell.account.Role;
import org.mendwell.account.Roles;
import org.mendwell.client.domain.Client;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.audit.NotAudited;
import org.mendwell.shared.i18n.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in client's own record: what other features and the client's pages read about them, their
 * reminder choice, and the changes their own answers make. There is no way to name another client here.
 */
@Service
@Transactional
public class MyRecordService {

    private final ClientRepository clients;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PracticeStaff staff;
    private final StatusChanges statusChanges;

    MyRecordService(
            ClientRepository clients,
            CurrentUser currentUser,
            Clock clock,
            PracticeStaff staff,
            StatusChanges statusChanges) {
        this.clients = clients;
        this.currentUser = currentUser;
        this.clock = clock;
        this.staff = staff;
        this.statusChanges = statusChanges;
    }

    /**
     * For other features: the signed-in client's own record, as a reference (id, clinician, flags). What the client
     * reads through it is audited by the feature's own method; audited here too, a menu asked on every page (the
     * Hard moments entry) wrote two entries per page.
     */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    @NotAudited("a reference for another feature's own, audited, call")
    public ClientRef myRecord() {
        return ClientService.ref(myClient());
    }

    /** The signed-in client's own record. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.SELF)
    public ClientProfile myProfile() {
        Client c = myClient();
        boolean clinicianActive = staff.isActiveClinician(c.getClinicianId());
        return new ClientProfile(
                c.getId(),
                c.getFullName(),
                c.getStatus(),
                clinicianActive ? null : withoutClinician(c),
                // One message, not two that disagree: while the new clinician is not available, the notice that they
                // see everything from now on would be untrue; it waits until they are back.
                c.getClinicianChangedAt() == null || !clinicianActive
                        ? null
                        : staff.nameOf(c.getClinicianId())
                                .map(name -> Messages.ofPage("client.my-record.clinician-changed", name))
                                .orElse(null));
    }

    /** The signed-in client has read that their clinician changed; the notice is not shown again. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public void clinicianChangeSeen() {
        clients.clinicianChangeSeen(currentUser.require(Role.CLIENT).accountId());
    }

    /** The signed-in client's partner in a couple case, for what the partner chose to share (as {@link #myRecord}). */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    @NotAudited("a reference for another feature's own, audited, call")
    public java.util.Optional<ClientRef> myPartner() {
        Client me = myClient();
        return me.getPartnerId() == null
                ? java.util.Optional.empty()
                : clients.findById(me.getPartnerId()).map(ClientService::ref);
    }

    /** Whether the signed-in client gets the daily reminder e-mail. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.SELF)
    public boolean myRemindersOn() {
        return myClient().wantsReminders();
    }

    /** Turns the signed-in client's reminder e-mails on or off. There is no way to name another client here. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public void setMyReminders(boolean on) {
        myClient().setRemindersEnabled(on);
    }

    // ---- Risk alerts --------------------------------------------------------------------------

    /**
     * The signed-in client answered a question in a way that needs their clinician's attention (the
     * PHQ-9's self-harm item); called by the homework feature in the same transaction as the submit.
     */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public void raiseMyRiskAlert() {
        Client client = myClient();
        client.raiseRiskAlert(clock.instant());
        if (!staff.isActiveClinician(client.getClinicianId())) {
            // Nobody would see the alert on a caseload: the administrators are told, without the client's name.
            staff.tellAdministratorsOfAlertWithoutClinician(client.getClinicianId());
        }
    }

    /**
     * The signed-in client submitted their intake; a positive safety answer flags the record for
     * the clinician's attention. Called by the intake feature in the same transaction as the submit.
     */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public void recordIntakeSubmitted(boolean safetyConcern) {
        Client client = myClient();
        if (safetyConcern) {
            client.flagForSafety();
        }
        statusChanges.move(client, ClientStatus.INTAKE_SUBMITTED, null);
    }

    // ---- Internals ----------------------------------------------------------------------------

    private String withoutClinician(Client client) {
        String clinician = staff.nameOf(client.getClinicianId())
                .orElseGet(() -> Messages.ofPage("client.my-record.your-clinician"));
        String contact = staff.administrators().stream()
                .findFirst()
                .map(admin -> Messages.ofPage("client.my-record.contact-administrator", admin.name(), admin.email()))
                .orElseGet(() -> Messages.ofPage("client.my-record.contact-practice"));
        return Messages.ofPage("client.my-record.without-clinician", clinician, contact);
    }

    private Client myClient() {
        UUID accountId = currentUser.require(Role.CLIENT).accountId();
        return clients.findByAccountId(accountId).orElseThrow(() -> new RecordNotFoundException("Client record"));
    }
}
