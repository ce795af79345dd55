package org.mendwell.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mendwell.account.AccountService;
import org.mendwell.account.NewStaffAccount;
import org.mendwell.client.ClientInvitationService;
import org.mendwell.client.InviteClient;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exploration: a client invited as "Robin", a right-to-left override (U+202E) and "nworb" showed in the
 * caseload, the review inbox and e-mails as "Robin brown", a different name; the next exploration found names
 * that look exactly like another ("Robin Ash" + U+200B + "down") and names that show as nothing at all. The
 * services refuse such a name next to its field, and keep taking right-to-left names, the marks and joiners used
 * inside names, and emoji.
 */
@MendwellTest
@Transactional
class VisibleNameTest {

    private static final String OVERRIDE = "Robin \u202Enworb";
    private static final String ISOLATE = "Sam \u2067Lee\u2069";
    private static final String EMBEDDING = "\u202BAna\u202C Ruiz";

    @Autowired
    ClientInvitationService inviting;

    @Autowired
    AccountService accounts;

    private static String refusal() {
        return Messages.ofPage("shared.name.hidden-characters");
    }

    private static void refused(Runnable call, String field) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry(field, refusal()));
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_clinician_cannot_invite_a_name_that_looks_like_another_or_like_nothing() {
        for (String name : new String[] {
            "Robin Ash\u200Bdown", // zero-width space
            "\uFEFFRobin Ashdown", // byte-order mark
            "Robin\u2028Ashdown", // line separator
            "Robin\u2060 Ashdown", // word joiner
            "Robin\u0007 Ashdown", // a control character
            "\u200B", // nothing to see
            "\u200E\u200F", // marks alone
            "\u3164", // Hangul filler, drawn blank
            "Robin\u3164Ashdown", // a filler for a space
            "Robin\u034F Ashdown", // combining grapheme joiner
            "\u2800\u2800", // blank Braille patterns
        }) {
            refused(() -> inviting.invite(InviteClient.individual(name, "look.alike@example.org")), "fullName");
        }
        var persian = inviting.invite(InviteClient.individual("مهر\u200Cناز", "mehrnaz@example.org"))
                .client();
        var family = inviting.invite(InviteClient.individual("Sam 👨\u200D👩\u200D👧 Lee", "sam.family@example.org"))
                .client();
        var tabbed = inviting.invite(InviteClient.individual("Robin\tMarlowe", "robin.tab@example.org"))
                .client();
        assertThat(persian.fullName())
                .as("a zero-width non-joiner is part of the name")
                .isEqualTo("مهر\u200Cناز");
        assertThat(family.fullName()).isEqualTo("Sam 👨\u200D👩\u200D👧 Lee");
        assertThat(tabbed.fullName()).as("a tab is tidied to a space").isEqualTo("Robin Marlowe");
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_clinician_invites_under_right_to_left_or_emoji_names_but_not_under_one_that_turns_text_around() {
        refused(() -> inviting.invite(InviteClient.individual(OVERRIDE, "robin@example.org")), "fullName");
        refused(() -> inviting.invite(InviteClient.individual(EMBEDDING, "ana@example.org")), "fullName");
        refused(
                () -> inviting.invite(
                        new InviteClient("Ana Ruiz", "ana@example.org", null, ISOLATE, "sam@example.org")),
                "partnerFullName");

        var arabic = inviting.invite(InviteClient.individual("ليلى حداد", "layla@example.org"))
                .client();
        var hebrew = inviting.invite(new InviteClient(
                        "נועה\u200F כהן", "noa@example.org", null, "Sam 🌈 Lee", "sam.lee@example.org"))
                .client();
        assertThat(arabic.fullName()).isEqualTo("ليلى حداد");
        assertThat(hebrew.fullName()).as("a right-to-left mark is kept").isEqualTo("נועה\u200F כהן");
        assertThat(hebrew.partnerName()).isEqualTo("Sam 🌈 Lee");
    }

    /** Without a mail server an account is not opened, but for the mail alone: the names below are not refused. */
    @Test
    @WithUserDetails(Demo.ADMIN)
    void an_administrator_names_a_clinician_in_any_script_but_not_with_a_name_that_turns_text_around() {
        refused(() -> accounts.createClinician(new NewStaffAccount("dr.robin@example.org", OVERRIDE)), "displayName");
        refused(() -> accounts.createClinician(new NewStaffAccount("dr.sam@example.org", ISOLATE)), "displayName");

        for (String name : new String[] {"د. ليلى حداد", "ד\"ר נועה כהן", "Dr. Sam 🌈 Lee"}) {
            assertThatThrownBy(() -> accounts.createClinician(new NewStaffAccount("new.colleague@example.org", name)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems()).containsOnlyKeys("email"));
        }
    }
}
