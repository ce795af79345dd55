package org.mendwell.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.mendwell.support.TestMailServer;
import org.mendwell.support.WithTestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A proposal to link again reaches each partner when it is made, by a real SMTP server: a neutral e-mail in their
 * own language that a question waits in the portal, with nothing about whom or what it concerns. Committed, so the
 * demo practice is restored.
 */
@MendwellTest
@ChangesDemoPractice
@WithTestMailServer
class RelinkNoticeTest {

    @Autowired
    CoupleLinkService coupleLinks;

    @Autowired
    TestMailServer mail;

    @Autowired
    ClientIds clientIds;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void each_partner_is_told_by_e_mail_in_their_language_that_a_question_waits_and_nothing_more() {
        UUID robin = clientIds.of(Demo.CLIENT);
        UUID jonas = clientIds.of(Demo.JONAS);
        jdbc.update("update account set language = 'es' where email = ?", Demo.JONAS);
        signIn.as(Demo.CLINICIAN);
        coupleLinks.endLink(robin, CoupleLinkEnding.SAFETY, "Threats disclosed in session.");
        assertThat(mail.bodiesTo(Demo.CLIENT, 1))
                .as("ending the link mails no one")
                .isEmpty();

        coupleLinks.proposeRelink(robin, jonas, "Both completed individual work; safety plan reviewed with each.");

        assertThat(mail.bodiesTo(Demo.CLIENT, 1)).singleElement().satisfies(body -> {
            assertThat(body).contains("Your clinician has asked you something in the portal");
            assertThat(body).contains(TestMailServer.PUBLIC_URL);
            assertThat(body).doesNotContain("Jonas", "link", "safety", "Threats", "individual work");
        });
        assertThat(mail.bodiesTo(Demo.JONAS, 1)).singleElement().satisfies(body -> {
            assertThat(body).contains("Su terapeuta le ha preguntado algo en el portal");
            assertThat(body).doesNotContain("Robin", "vincul", "seguridad", "Threats", "individual work");
        });
    }
}
