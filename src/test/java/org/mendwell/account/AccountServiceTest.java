package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@MendwellTest
@Transactional
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    @WithUserDetails(Demo.ADMIN)
    void without_a_mail_server_creating_a_clinician_is_refused_with_what_to_do_and_nothing_is_created() {
        assertThatThrownBy(() ->
                        accounts.createClinician(new NewStaffAccount("New.Clinician@Example.org", "Dr. Ada Quill")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get("email"))
                                .contains(
                                        "No mail server is configured",
                                        "no account was created",
                                        "spring.mail.host",
                                        "README"));
        assertThat(accountRepository.findByEmail("new.clinician@example.org")).isEmpty();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void creating_a_clinician_reports_each_problem_against_its_field() {
        assertThatThrownBy(() -> accounts.createClinician(new NewStaffAccount("not-an-address", "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsEntry("email", "Enter a valid e-mail address, like name@example.org")
                                .containsEntry("displayName", "Enter the clinician's name")
                                .doesNotContainKey("password"));
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void an_e_mail_address_can_belong_to_one_account_only_whatever_its_case() {
        assertThatThrownBy(() ->
                        accounts.createClinician(new NewStaffAccount("CLINICIAN@mendwell.example", "Someone Else")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsEntry("email", "An account with this e-mail address already exists"));
    }

    @Autowired
    org.mendwell.account.domain.AccountRepository accountRepository;

    @Test
    @WithUserDetails(Demo.ADMIN)
    void a_deactivated_clinician_can_no_longer_sign_in_and_can_be_reactivated() {
        var clinician = accounts.findByEmail(Demo.CLINICIAN_2).orElseThrow();
        var colleague = accounts.findByEmail(Demo.CLINICIAN).orElseThrow();
        handovers
                .clientsInCare(clinician.id())
                .forEach(client -> handovers.handOver(client.clientId(), colleague.id(), "Leaving the practice"));

        accounts.setActive(clinician.id(), false);
        assertThat(userDetails.loadUserByUsername(Demo.CLINICIAN_2).isEnabled()).isFalse();

        accounts.setActive(clinician.id(), true);
        assertThat(userDetails.loadUserByUsername(Demo.CLINICIAN_2).isEnabled()).isTrue();
    }

    @Autowired
    org.mendwell.client.HandoverService handovers;

    @Test
    @WithUserDetails(Demo.ADMIN)
    void a_clinician_with_clients_in_care_cannot_be_deactivated() {
        var clinician = accounts.findByEmail(Demo.CLINICIAN_2).orElseThrow();

        assertThatThrownBy(() -> accounts.setActive(clinician.id(), false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get("active"))
                                .contains("still has", "in care", "Hand each of them to another clinician"));
        assertThat(userDetails.loadUserByUsername(Demo.CLINICIAN_2).isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void an_administrator_cannot_lock_themselves_out() {
        var self = accounts.findByEmail(Demo.ADMIN).orElseThrow();
        assertThatThrownBy(() -> accounts.setActive(self.id(), false)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void an_administrator_looking_up_a_clients_address_finds_nothing_of_the_client() {
        assertThat(accounts.findByEmail(Demo.CLIENT)).isEmpty();
        assertThat(accounts.findByEmail(Demo.CLINICIAN)).isPresent();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void the_clinician_list_pages_and_sorts_in_the_database_and_refuses_unknown_sort_keys() {
        var firstPage = accounts.clinicians(PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "displayName")));
        assertThat(firstPage.getContent())
                .extracting(AccountSummary::displayName)
                .containsExactly("Dr. Tomas Lindqvist");
        assertThat(firstPage.getTotalElements()).isEqualTo(2);

        assertThatThrownBy(() -> accounts.clinicians(PageRequest.of(0, 10, Sort.by("passwordHash"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_clinician_cannot_manage_accounts() {
        assertThatThrownBy(() -> accounts.clinicians(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.createClinician(new NewStaffAccount("x@example.org", "X")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(Demo.CLIENT)
    void a_client_cannot_manage_accounts_or_open_client_accounts() {
        assertThatThrownBy(() -> accounts.findByEmail(Demo.CLIENT_2)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.openClientAccount("x@example.org", "X"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_out_can_manage_accounts() {
        assertThatThrownBy(() -> accounts.clinicians(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Test
    void signing_in_works_with_the_right_password_only_and_the_same_failure_for_unknown_accounts() throws Exception {
        AuthenticationManager authenticationManager = authenticationConfiguration.getAuthenticationManager();
        var ok = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(Demo.CLINICIAN, Demo.PASSWORD));
        assertThat(ok.isAuthenticated()).isTrue();

        Class<? extends Throwable> wrongPassword = catchType(authenticationManager, Demo.CLINICIAN, "wrong password");
        Class<? extends Throwable> unknownAccount =
                catchType(authenticationManager, "nobody@mendwell.example", "wrong password");
        assertThat(wrongPassword)
                .isEqualTo(unknownAccount)
                .isEqualTo(org.springframework.security.authentication.BadCredentialsException.class);
    }

    private static Class<? extends Throwable> catchType(
            AuthenticationManager authenticationManager, String user, String password) {
        try {
            authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
            return Throwable.class;
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void an_administrator_cannot_reset_lock_or_deactivate_a_client() {
        var client = userDetails.loadUserByUsername(Demo.CLIENT);
        var clientId = ((org.mendwell.account.security.AccountPrincipal) client)
                .toSignedInUser()
                .accountId();

        assertThatThrownBy(() -> accounts.sendPasswordReset(clientId))
                .isInstanceOf(org.mendwell.shared.RecordNotFoundException.class);
        assertThatThrownBy(() -> accounts.setLocked(clientId, true))
                .isInstanceOf(org.mendwell.shared.RecordNotFoundException.class);
        assertThatThrownBy(() -> accounts.setActive(clientId, false))
                .isInstanceOf(org.mendwell.shared.RecordNotFoundException.class);
        assertThat(passwordEncoder.matches(
                        Demo.PASSWORD,
                        userDetails.loadUserByUsername(Demo.CLIENT).getPassword()))
                .as("the client's password is unchanged")
                .isTrue();
    }

    @Test
    void the_published_demo_password_is_refused_unless_the_portal_runs_the_demo_practice() {
        assertThat(new PasswordPolicy(false).problemWith(DemoPassword.VALUE))
                .hasValueSatisfying(problem -> assertThat(problem).contains("demo"));
        assertThat(new PasswordPolicy(true).problemWith(DemoPassword.VALUE)).isEmpty();
    }
}
