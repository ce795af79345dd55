package org.mendwell.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.account.InvitationService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * Visitors who are not signed in cannot append to the audit trail at will: their unknown links and
 * refused public forms are counted, and each kind is written as one summary entry per interval.
 */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithAnonymousUser
@ChangesDemoPractice
class AnonymousFailuresTest extends SpringBrowserlessTest {

    @Autowired
    AnonymousFailures anonymousFailures;

    @Autowired
    InvitationService invitations;

    @Autowired
    JdbcClient jdbc;

    private long last() {
        return jdbc.sql("SELECT last_seq FROM audit_chain_head WHERE id = 1")
                .query(Long.class)
                .single();
    }

    private String operationOf(long seq) {
        return jdbc.sql("SELECT operation FROM audit_event WHERE seq = ?")
                .param(seq)
                .query(String.class)
                .single();
    }

    @Test
    void visits_to_150_unknown_links_write_one_summary_per_kind_of_link_not_150_entries() {
        anonymousFailures.summarise();
        long before = last();
        for (int i = 0; i < 75; i++) {
            navigate("invitation/" + UUID.randomUUID(), Component.class);
            navigate("reset-password/" + UUID.randomUUID(), Component.class);
        }
        assertThat(last()).as("entries chained while the visits went on").isEqualTo(before);

        var summaries = anonymousFailures.summarise();

        assertThat(last()).isEqualTo(before + 2);
        assertThat(summaries).extracting(AuditEntry::action).containsOnly(AuditAction.REFUSED_SUMMARY);
        assertThat(operationOf(before + 1))
                .as("stored as fields in no language: worded when the trail is shown")
                .startsWith("InvitationService.open|75|1|");
        assertThat(operationOf(before + 2)).startsWith("PasswordResetService.open|75|1|");
        assertThat(anonymousFailures.summarise()).as("nothing new to summarise").isEmpty();
    }

    @Test
    void a_refused_public_form_is_counted_too() {
        anonymousFailures.summarise();
        long before = last();
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> invitations.activate("not-a-real-token", "a long enough pass phrase"))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThat(last()).isEqualTo(before);

        anonymousFailures.summarise();

        assertThat(last()).isEqualTo(before + 1);
        assertThat(operationOf(before + 1)).startsWith("InvitationService.activate|20|");
    }
}
