package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mendwell.client.ClientInvitationService;
import org.mendwell.client.InviteClient;
import org.mendwell.shared.InputValidator;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * Security round 2, finding 6: an address with letters outside ASCII (before the @ or in the domain) was
 * taken and then garbled when mail went out. Every place an address is typed refuses it next to the field.
 */
@MendwellTest
class MailableAddressTest {

    @Autowired
    ClientInvitationService inviting;

    @Autowired
    AccountService accounts;

    @Autowired
    MyAccountService myAccount;

    @Autowired
    InputValidator validator;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        TestSecurityContextHolder.clearContext();
    }

    private static void refusedAsNotPlain(Runnable call, String field) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .containsEntry(field, Messages.ofPage(MailableAddressValidator.NOT_PLAIN)));
    }

    @Test
    void an_address_with_letters_like_e_acute_before_the_at_is_refused_where_a_clinician_invites() {
        signIn.as(Demo.CLINICIAN);
        refusedAsNotPlain(() -> inviting.invite(InviteClient.individual("José Almeida", "jösé@example.org")), "email");
        refusedAsNotPlain(
                () -> inviting.invite(
                        new InviteClient("Ana Ruiz", "ana.ruiz@example.org", null, "José Almeida", "jösé@example.org")),
                "partnerEmail");
    }

    @Test
    void an_internationalised_domain_is_refused_where_an_administrator_opens_a_clinician_account() {
        signIn.as(Demo.ADMIN);
        refusedAsNotPlain(
                () -> accounts.createClinician(new NewStaffAccount("mira@bücher.example", "Dr. Mira")), "email");
    }

    @Test
    void an_internationalised_domain_in_the_form_a_browser_sends_is_refused_too() {
        // Chromium turns "user@bücher.de" typed into an e-mail field into this before the server sees it.
        signIn.as(Demo.CLINICIAN);
        refusedAsNotPlain(
                () -> inviting.invite(InviteClient.individual("Uli Bücher", "user@xn--bcher-kva.de")), "email");
        refusedAsNotPlain(
                () -> inviting.invite(new InviteClient(
                        "Ana Ruiz", "ana.ruiz@example.org", null, "Uli Bücher", "user@mail.xn--bcher-kva.de")),
                "partnerEmail");
        assertThat(validator.problems(new NewEmailAddress("xn--user@example.org")))
                .as("only the domain's labels say it is internationalised")
                .isEmpty();
    }

    @Test
    void a_client_cannot_ask_to_change_to_such_an_address() {
        signIn.as(Demo.CLIENT);
        refusedAsNotPlain(() -> myAccount.requestEmailChange(Demo.PASSWORD, "", "robin.ä@example.org"), "newEmail");
    }

    @Test
    void plain_addresses_pass_and_the_demo_practice_may_use_its_own_domain() {
        assertThat(validator.problems(new NewEmailAddress("robin.o'hara+mendwell@example.org")))
                .isEmpty();
        assertThat(validator.problems(new NewEmailAddress("someone@mendwell.example")))
                .as("the demo practice invites on its own domain")
                .isEmpty();
    }
}
