package org.mendwell.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.account.InvitationState;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@MendwellTest
@Transactional
class ClientStatusTest {

    @Autowired
    ClientService clients;

    @Autowired
    ClientInvitationService inviting;

    @Autowired
    ClientIds clientIds;

    @Autowired
    ClientRepository repository;

    /** The record's lock version, as a clinician's page would have read it. */
    private long loaded(UUID clientId) {
        return repository.findById(clientId).orElseThrow().getVersion();
    }

    private CaseloadRow rowOf(String email) {
        return clients.caseload(CaseloadFilter.text(email), PageRequest.of(0, 10)).getContent().stream()
                .filter(row -> row.email().equals(email))
                .findFirst()
                .orElseThrow();
    }

    // ---- Moves a clinician makes ------------------------------------------------------------

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void accepting_a_submitted_intake_makes_the_client_active_and_is_recorded() {
        UUID marcus = clientIds.of(Demo.MARCUS);
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        int earlierChanges = clients.details(marcus).history().size();

        assertThat(clients.accept(marcus, loaded(marcus))).isEqualTo(ClientStatus.ACTIVE);

        Instant after = Instant.now().plusMillis(1);
        ClientDetails details = clients.details(marcus);
        assertThat(details.status()).isEqualTo(ClientStatus.ACTIVE);
        assertThat(details.history()).hasSize(earlierChanges + 1);
        ClientDetails.StatusChange change = details.history().getLast();
        assertThat(change.from()).isEqualTo(ClientStatus.INTAKE_SUBMITTED);
        assertThat(change.to()).isEqualTo(ClientStatus.ACTIVE);
        assertThat(change.actor()).isEqualTo("Clinician");
        assertThat(change.reason()).isNull();
        assertThat(change.at()).isBetween(before, after);
        assertThat(rowOf(Demo.MARCUS).statusChangedAt())
                .as("the database keeps microseconds")
                .isCloseTo(change.at(), within(1, ChronoUnit.MICROS));
        assertThat(clients.intakesAwaitingReview()).isEqualTo(1);
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void the_history_tells_the_whole_journey_with_who_made_each_move() {
        var history = clients.details(clientIds.of(Demo.MARCUS)).history();

        assertThat(history)
                .extracting(ClientDetails.StatusChange::to)
                .containsExactly(ClientStatus.INVITED, ClientStatus.INTAKE_IN_PROGRESS, ClientStatus.INTAKE_SUBMITTED);
        assertThat(history)
                .extracting(ClientDetails.StatusChange::from)
                .containsExactly(null, ClientStatus.INVITED, ClientStatus.INTAKE_IN_PROGRESS);
        assertThat(history)
                .extracting(ClientDetails.StatusChange::actor)
                .containsExactly("Clinician", "Client", "Client");
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void archiving_needs_a_reason_and_a_reactivated_client_loses_it() {
        UUID hana = clientIds.of(Demo.HANA);

        for (String blank : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> clients.archive(hana, loaded(hana), blank))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems()).containsOnlyKeys("reason"));
        }
        assertThatThrownBy(() -> clients.archive(hana, loaded(hana), "x".repeat(501)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("reason"));
        assertThat(clients.details(hana).status()).isEqualTo(ClientStatus.ACTIVE);

        assertThat(clients.archive(hana, loaded(hana), "  Moving abroad for a year  "))
                .isEqualTo(ClientStatus.ARCHIVED);
        ClientDetails archived = clients.details(hana);
        assertThat(archived.status()).isEqualTo(ClientStatus.ARCHIVED);
        assertThat(archived.archiveReason()).isEqualTo("Moving abroad for a year");
        assertThat(archived.history().getLast().reason()).isEqualTo("Moving abroad for a year");
        assertThat(archived.history().getLast().actor()).isEqualTo("Clinician");

        assertThat(clients.reactivate(hana, loaded(hana))).isEqualTo(ClientStatus.ACTIVE);
        ClientDetails back = clients.details(hana);
        assertThat(back.status()).isEqualTo(ClientStatus.ACTIVE);
        assertThat(back.archiveReason()).isNull();
        assertThat(back.history().getLast().from()).isEqualTo(ClientStatus.ARCHIVED);
        assertThat(back.history().getLast().to()).isEqualTo(ClientStatus.ACTIVE);
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void the_seeded_archived_client_keeps_the_reason_given() {
        ClientDetails amara = clients.details(clientIds.of(Demo.AMARA));

        assertThat(amara.status()).isEqualTo(ClientStatus.ARCHIVED);
        assertThat(amara.archiveReason()).isEqualTo("Decided to work with a practice closer to home");
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void an_active_client_can_be_discharged_and_reactivated() {
        UUID oskar = clientIds.of(Demo.OSKAR);

        assertThat(clients.discharge(oskar, loaded(oskar))).isEqualTo(ClientStatus.DISCHARGED);
        assertThat(clients.details(oskar).status()).isEqualTo(ClientStatus.DISCHARGED);
        assertThat(clients.details(oskar).history().getLast().to()).isEqualTo(ClientStatus.DISCHARGED);

        assertThat(clients.reactivate(oskar, loaded(oskar))).isEqualTo(ClientStatus.ACTIVE);
        assertThat(clients.details(oskar).status()).isEqualTo(ClientStatus.ACTIVE);
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_move_the_journey_does_not_allow_is_refused_and_changes_nothing() {
        UUID tobias = clientIds.of(Demo.TOBIAS);
        int changes = clients.details(tobias).history().size();

        assertThatThrownBy(() -> clients.accept(tobias, loaded(tobias)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("status"));
        assertThatThrownBy(() -> clients.discharge(tobias, loaded(tobias)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("status"));
        assertThatThrownBy(() -> clients.reactivate(clientIds.of(Demo.OSKAR), loaded(clientIds.of(Demo.OSKAR))))
                .as("an active client is not reactivated")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("status"));
        assertThatThrownBy(() -> clients.discharge(clientIds.of(Demo.MARCUS), loaded(clientIds.of(Demo.MARCUS))))
                .as("a submitted intake is accepted before discharge")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("status"));

        assertThat(clients.details(tobias).status()).isEqualTo(ClientStatus.INVITED);
        assertThat(clients.details(tobias).history()).hasSize(changes);
    }

    @Test
    void the_journey_allows_exactly_the_documented_moves() {
        for (ClientStatus from : ClientStatus.values()) {
            assertThat(from.canMoveTo(from)).as(from + " to itself").isFalse();
            assertThat(from.canMoveTo(ClientStatus.INVITED))
                    .as(from + " back to invited")
                    .isEqualTo(from == ClientStatus.ARCHIVED);
        }
        assertThat(ClientStatus.ARCHIVED.canMoveTo(ClientStatus.INTAKE_IN_PROGRESS))
                .isTrue();
        assertThat(ClientStatus.INVITED.canMoveTo(ClientStatus.INTAKE_IN_PROGRESS))
                .isTrue();
        assertThat(ClientStatus.INVITED.canMoveTo(ClientStatus.ACTIVE)).isFalse();
        assertThat(ClientStatus.INTAKE_IN_PROGRESS.canMoveTo(ClientStatus.INTAKE_SUBMITTED))
                .isTrue();
        assertThat(ClientStatus.INTAKE_IN_PROGRESS.canMoveTo(ClientStatus.ACTIVE))
                .isFalse();
        assertThat(ClientStatus.INTAKE_SUBMITTED.canMoveTo(ClientStatus.ACTIVE)).isTrue();
        assertThat(ClientStatus.INTAKE_SUBMITTED.canMoveTo(ClientStatus.DISCHARGED))
                .isFalse();
        assertThat(ClientStatus.ACTIVE.canMoveTo(ClientStatus.DISCHARGED)).isTrue();
        assertThat(ClientStatus.DISCHARGED.canMoveTo(ClientStatus.ARCHIVED)).isFalse();
        for (ClientStatus from : ClientStatus.values()) {
            assertThat(from.canMoveTo(ClientStatus.ARCHIVED))
                    .as(from + " to archived")
                    .isEqualTo(from != ClientStatus.ARCHIVED && from != ClientStatus.DISCHARGED);
        }
    }

    // ---- Couples ------------------------------------------------------------------------------

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void inviting_a_couple_with_a_new_partner_links_both_ways() {
        Invited invited = inviting.invite(
                new InviteClient("Ada Finch", "ada.finch@example.org", null, "Ben Finch", "ben.finch@example.org"));

        assertThat(invited.partner()).isNotNull();
        assertThat(invited.partnerLink()).isNotNull();
        assertThat(invited.partnerLink().url()).isNotEqualTo(invited.link().url());
        assertThat(invited.client().partnerName()).isEqualTo("Ben Finch");
        assertThat(invited.partner().partnerName()).isEqualTo("Ada Finch");
        assertThat(invited.partner().status()).isEqualTo(ClientStatus.INVITED);

        UUID ada = invited.client().clientId();
        UUID ben = invited.partner().clientId();
        assertThat(clients.details(ada).partnerId()).isEqualTo(ben);
        assertThat(clients.details(ada).partnerName()).isEqualTo("Ben Finch");
        assertThat(clients.details(ben).partnerId()).isEqualTo(ada);
        assertThat(clients.details(ben).partnerName()).isEqualTo("Ada Finch");
        assertThat(rowOf("ada.finch@example.org").partnerName()).isEqualTo("Ben Finch");
        assertThat(rowOf("ben.finch@example.org").partnerName()).isEqualTo("Ada Finch");
        assertThat(clients.caseloadSize()).isEqualTo(Demo.CLINICIAN_CASELOAD + 2);
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void inviting_with_an_existing_client_as_partner_links_to_that_client() {
        UUID hana = clientIds.of(Demo.HANA);

        Invited invited =
                inviting.invite(new InviteClient("Kenji Morikawa", "kenji.morikawa@example.org", hana, null, null));

        assertThat(invited.partner()).as("nobody else was invited").isNull();
        assertThat(invited.partnerLink()).isNull();
        assertThat(invited.client().partnerName()).isEqualTo("Hana Morikawa");
        assertThat(clients.details(invited.client().clientId()).partnerId()).isEqualTo(hana);
        assertThat(clients.details(hana).partnerId()).isEqualTo(invited.client().clientId());
        assertThat(clients.details(hana).partnerName()).isEqualTo("Kenji Morikawa");
        assertThat(rowOf(Demo.HANA).partnerName()).isEqualTo("Kenji Morikawa");
        assertThat(clients.details(hana).status())
                .as("the partner's own status is untouched")
                .isEqualTo(ClientStatus.ACTIVE);
        assertThat(clients.caseloadSize()).isEqualTo(Demo.CLINICIAN_CASELOAD + 1);
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void the_demo_couple_is_linked_both_ways() {
        assertThat(rowOf(Demo.CLIENT).partnerName()).isEqualTo("Jonas Kettering");
        assertThat(rowOf(Demo.JONAS).partnerName()).isEqualTo("Robin Ashdown");
        assertThat(clients.details(clientIds.of(Demo.CLIENT)).partnerId()).isEqualTo(clientIds.of(Demo.JONAS));
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_partner_who_already_has_one_cannot_be_chosen() {
        UUID robin = clientIds.of(Demo.CLIENT);

        assertThatThrownBy(() -> inviting.invite(
                        new InviteClient("Third Person", "third.person@example.org", robin, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).containsOnlyKeys("existingPartnerId");
                    assertThat(e.problems().get("existingPartnerId")).contains("Robin Ashdown");
                });
        assertThat(clients.details(robin).partnerId()).isEqualTo(clientIds.of(Demo.JONAS));
        assertThat(repository.findByEmail("third.person@example.org")).isEmpty();
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_partner_from_another_clinicians_caseload_cannot_be_chosen() {
        UUID casey = clientIds.of(Demo.CLIENT_2);

        assertThatThrownBy(() ->
                        inviting.invite(new InviteClient("Pat Marlowe", "pat.marlowe@example.org", casey, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("existingPartnerId"));
        assertThat(repository.findById(casey).orElseThrow().getPartnerId()).isNull();
        assertThat(repository.findByEmail("pat.marlowe@example.org")).isEmpty();
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_couple_is_either_an_existing_partner_or_a_new_one_and_each_needs_their_own_address() {
        UUID hana = clientIds.of(Demo.HANA);

        assertThatThrownBy(() -> inviting.invite(new InviteClient(
                        "Kenji Morikawa",
                        "kenji.morikawa@example.org",
                        hana,
                        "Someone Else",
                        "someone.else@example.org")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("partnerFullName"));
        assertThatThrownBy(() -> inviting.invite(new InviteClient(
                        "Ada Finch", "ada.finch@example.org", null, "Ben Finch", "ADA.finch@example.org")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("partnerEmail"));
        assertThatThrownBy(() -> inviting.invite(
                        new InviteClient("Ada Finch", "ada.finch@example.org", null, "Ben Finch", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("partnerEmail"));
        assertThat(clients.caseloadSize()).isEqualTo(Demo.CLINICIAN_CASELOAD);
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_page_opened_before_another_tab_changed_the_status_is_refused_and_told_what_it_is_now() {
        UUID oskar = clientIds.of(Demo.OSKAR);
        ClientDetails firstTab = clients.details(oskar);
        ClientDetails secondTab = clients.details(oskar);
        int changes = firstTab.history().size();

        assertThat(clients.discharge(oskar, firstTab.version())).isEqualTo(ClientStatus.DISCHARGED);

        for (Runnable stale : List.<Runnable>of(
                () -> clients.archive(oskar, secondTab.version(), "Moved away"),
                () -> clients.discharge(oskar, secondTab.version()),
                () -> clients.reactivate(oskar, secondTab.version()))) {
            assertThatThrownBy(stale::run)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .containsOnlyKeys("version")
                                    .extractingByKey("version")
                                    .asString()
                                    .contains("changed after you opened it")
                                    .contains("they are now discharged")
                                    .contains("Nothing was changed"));
        }
        ClientDetails now = clients.details(oskar);
        assertThat(now.status()).isEqualTo(ClientStatus.DISCHARGED);
        assertThat(now.archiveReason()).isNull();
        assertThat(now.history()).as("only the first tab's change").hasSize(changes + 1);

        assertThat(clients.reactivate(oskar, now.version()))
                .as("a page that read it again may")
                .isEqualTo(ClientStatus.ACTIVE);
    }

    // ---- Who may change a status ----------------------------------------------------------------

    @Test
    @WithUserDetails(Demo.CLINICIAN_2)
    void another_clinician_cannot_change_the_status_of_a_client_who_is_not_theirs() {
        UUID marcus = clientIds.of(Demo.MARCUS);
        UUID robin = clientIds.of(Demo.CLIENT);

        for (Runnable call : List.<Runnable>of(
                () -> clients.accept(marcus, loaded(marcus)),
                () -> clients.archive(marcus, loaded(marcus), "Not my client"),
                () -> clients.discharge(robin, loaded(robin)),
                () -> clients.reactivate(clientIds.of(Demo.AMARA), loaded(clientIds.of(Demo.AMARA))))) {
            assertThatThrownBy(call::run).isInstanceOf(RecordNotFoundException.class);
        }
        assertThat(repository.findById(marcus).orElseThrow().getStatus()).isEqualTo(ClientStatus.INTAKE_SUBMITTED);
        assertThat(repository.findById(robin).orElseThrow().getStatus()).isEqualTo(ClientStatus.ACTIVE);
    }

    @Test
    @WithUserDetails(Demo.CLIENT)
    void a_client_cannot_change_any_status() {
        UUID robin = clientIds.of(Demo.CLIENT);
        UUID marcus = clientIds.of(Demo.MARCUS);

        for (Runnable call : List.<Runnable>of(
                () -> clients.accept(marcus, loaded(marcus)),
                () -> clients.archive(robin, loaded(robin), "I want out"),
                () -> clients.discharge(robin, loaded(robin)),
                () -> clients.reactivate(robin, loaded(robin)))) {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(repository.findById(robin).orElseThrow().getStatus()).isEqualTo(ClientStatus.ACTIVE);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void an_administrator_cannot_change_any_status() {
        UUID marcus = clientIds.of(Demo.MARCUS);

        assertThatThrownBy(() -> clients.accept(marcus, loaded(marcus))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.archive(marcus, loaded(marcus), "Admin says so"))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ---- The caseload by status ------------------------------------------------------------------

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void the_caseload_can_be_narrowed_to_one_status() {
        var invited = clients.caseload(new CaseloadFilter("", ClientStatus.INVITED, false), PageRequest.of(0, 50));

        assertThat(invited.getTotalElements()).isEqualTo(3);
        assertThat(invited.getContent())
                .extracting(CaseloadRow::fullName)
                .containsExactlyInAnyOrder("Tobias Wren", "Freya Lindholm", "Leila Haddon");
        assertThat(invited.getContent()).extracting(CaseloadRow::status).containsOnly(ClientStatus.INVITED);

        var submitted =
                clients.caseload(new CaseloadFilter("", ClientStatus.INTAKE_SUBMITTED, false), PageRequest.of(0, 50));
        assertThat(submitted.getContent())
                .extracting(CaseloadRow::fullName)
                .containsExactlyInAnyOrder("Priya Nandakumar", "Marcus Feld");
        assertThat(clients.intakesAwaitingReview()).isEqualTo(2);

        var flaggedSubmitted =
                clients.caseload(new CaseloadFilter("", ClientStatus.INTAKE_SUBMITTED, true), PageRequest.of(0, 50));
        assertThat(flaggedSubmitted.getContent())
                .extracting(CaseloadRow::fullName)
                .containsExactly("Priya Nandakumar");
        var invitedNamedWren =
                clients.caseload(new CaseloadFilter("wren", ClientStatus.INVITED, false), PageRequest.of(0, 50));
        assertThat(invitedNamedWren.getContent())
                .extracting(CaseloadRow::fullName)
                .containsExactly("Tobias Wren");
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN_2)
    void intakes_awaiting_review_are_counted_per_clinician() {
        assertThat(clients.intakesAwaitingReview()).isEqualTo(1);
        assertThat(clients.caseload(new CaseloadFilter("", ClientStatus.INVITED, false), PageRequest.of(0, 50))
                        .getContent())
                .extracting(CaseloadRow::fullName)
                .containsExactly("Viktor Halloran");
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_client_archived_before_their_intake_returns_to_being_invited_never_straight_to_active() {
        UUID tobias = clientIds.of(Demo.TOBIAS);
        assertThat(clients.details(tobias).invitation())
                .hasValueSatisfying(
                        invitation -> assertThat(invitation.status()).isEqualTo(InvitationState.Status.PENDING));

        clients.archive(tobias, loaded(tobias), "No reply after two weeks");
        assertThat(clients.details(tobias).invitation())
                .as("archiving revokes the link")
                .hasValueSatisfying(
                        invitation -> assertThat(invitation.status()).isEqualTo(InvitationState.Status.REVOKED));

        assertThat(clients.reactivate(tobias, loaded(tobias))).isEqualTo(ClientStatus.INVITED);
        assertThat(clients.details(tobias).status()).isEqualTo(ClientStatus.INVITED);
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_client_archived_during_their_intake_returns_to_it() {
        UUID elena = clientIds.of(Demo.ELENA);

        clients.archive(elena, loaded(elena), "Paused at her request");

        assertThat(clients.reactivate(elena, loaded(elena))).isEqualTo(ClientStatus.INTAKE_IN_PROGRESS);
    }
}
