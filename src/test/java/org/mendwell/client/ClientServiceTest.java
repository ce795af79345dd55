package org.mendwell.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@MendwellTest
@Transactional
class ClientServiceTest {

    @Autowired
    ClientService clients;

    @Autowired
    ClientInvitationService inviting;

    @Autowired
    MyRecordService ownRecord;

    @Autowired
    ClientIds clientIds;

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_clinician_sees_only_their_own_clients() {
        var page = clients.caseload(CaseloadFilter.NONE, PageRequest.of(0, 50));

        assertThat(page.getTotalElements()).isEqualTo(Demo.CLINICIAN_CASELOAD);
        assertThat(page.getContent())
                .extracting(CaseloadRow::email)
                .contains(Demo.CLIENT)
                .doesNotContain(Demo.CLIENT_2);
        assertThat(clients.caseloadSize()).isEqualTo(Demo.CLINICIAN_CASELOAD);
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void another_clinicians_client_is_reported_as_not_found() {
        UUID foreign = clientIds.of(Demo.CLIENT_2);

        assertThatThrownBy(() -> clients.details(foreign)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN_2)
    void the_second_clinician_sees_their_caseload_and_not_the_first() {
        var rows = clients.caseload(CaseloadFilter.NONE, PageRequest.of(0, 50)).getContent();

        assertThat(rows)
                .hasSize(Demo.CLINICIAN_2_CASELOAD)
                .extracting(CaseloadRow::email)
                .contains(Demo.CLIENT_2)
                .doesNotContain(Demo.CLIENT);
        assertThatThrownBy(() -> clients.details(clientIds.of(Demo.CLIENT)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void the_caseload_pages_sorts_and_searches_in_the_database() {
        var byNameDesc =
                clients.caseload(CaseloadFilter.NONE, PageRequest.of(0, 3, Sort.by(Sort.Direction.DESC, "fullName")));
        assertThat(byNameDesc.getContent())
                .extracting(CaseloadRow::fullName)
                .containsExactly("Tobias Wren", "Samuel Achterberg", "Robin Ashdown");

        var secondPage =
                clients.caseload(CaseloadFilter.NONE, PageRequest.of(1, 3, Sort.by(Sort.Direction.DESC, "fullName")));
        assertThat(secondPage.getContent())
                .extracting(CaseloadRow::fullName)
                .containsExactly("Priya Nandakumar", "Oskar Vell", "Nadia Brennagh");

        var search = clients.caseload(CaseloadFilter.text("  ASH "), PageRequest.of(0, 10));
        assertThat(search.getContent()).extracting(CaseloadRow::fullName).containsExactly("Robin Ashdown");

        var percent = clients.caseload(CaseloadFilter.text("%"), PageRequest.of(0, 10));
        assertThat(percent.getContent())
                .as("a % typed in the search is a character, not a wildcard")
                .isEmpty();
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void possible_partners_are_the_clinicians_clients_without_a_partner() {
        var candidates = clients.caseload(CaseloadFilter.possiblePartners(""), PageRequest.of(0, 50))
                .getContent();

        assertThat(candidates)
                .extracting(CaseloadRow::fullName)
                .hasSize(Demo.CLINICIAN_CASELOAD - 2)
                .doesNotContain("Robin Ashdown", "Jonas Kettering")
                .contains("Priya Nandakumar");
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void sorting_by_anything_but_a_grid_column_is_refused() {
        assertThatThrownBy(() -> clients.caseload(CaseloadFilter.NONE, PageRequest.of(0, 10, Sort.by("clinicianId"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_new_client_joins_the_clinicians_caseload_as_invited() {
        var added = inviting.invite(InviteClient.individual("Wendell Roe", "Wendell.Roe@Example.org"))
                .client();

        assertThat(added.status()).isEqualTo(ClientStatus.INVITED);
        assertThat(added.email()).isEqualTo("wendell.roe@example.org");
        assertThat(clients.caseloadSize()).isEqualTo(Demo.CLINICIAN_CASELOAD + 1);
    }

    /** Real use: "Wendell  Roe" was kept with both spaces, on the caseload and in every greeting. */
    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_new_clients_name_is_kept_with_one_space_between_words() {
        var added = inviting.invite(InviteClient.individual("  Wendell \t Roe ", "wendell.roe@example.org"))
                .client();

        assertThat(added.fullName()).isEqualTo("Wendell Roe");
        assertThat(clients.details(added.clientId()).fullName()).isEqualTo("Wendell Roe");
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_new_client_needs_a_name_and_a_valid_unused_e_mail_address() {
        assertThatThrownBy(() -> inviting.invite(InviteClient.individual(" ", "nope")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("fullName", "email"));
        assertThatThrownBy(() -> inviting.invite(InviteClient.individual("Copy Cat", Demo.CLIENT_2)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsEntry("email", Messages.ofPage(ClientInvitationService.CANNOT_INVITE)));
    }

    @Test
    @WithUserDetails(Demo.CLIENT)
    void a_client_sees_their_own_record_and_no_caseload() {
        assertThat(ownRecord.myProfile().fullName()).isEqualTo("Robin Ashdown");
        assertThatThrownBy(() -> clients.caseload(CaseloadFilter.NONE, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.details(clientIds.of(Demo.CLIENT))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(Demo.CLIENT_2)
    void the_other_client_sees_only_their_own_record() {
        assertThat(ownRecord.myProfile().fullName()).isEqualTo("Casey Marlowe");
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void an_administrator_manages_accounts_but_reads_no_client_records() {
        for (Runnable call : List.<Runnable>of(
                () -> clients.caseload(CaseloadFilter.NONE, PageRequest.of(0, 10)),
                () -> clients.details(clientIds.of(Demo.CLIENT)),
                ownRecord::myProfile,
                () -> inviting.invite(InviteClient.individual("A B", "ab@example.org")))) {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
    }
}
