package org.mendwell.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mendwell.MendwellApplication;
import org.mendwell.account.DemoPassword;
import org.mendwell.account.NewEmailAddress;
import org.mendwell.account.NewStaffAccount;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.client.InviteClient;
import org.mendwell.shared.InputValidator;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Production (no demo data) refuses to start on a database that still holds demo accounts. Two starts of a
 * production instance of its own (one that runs, one that is refused); the guard's decision on the demo practice
 * as the seeder writes it is checked on the shared test application's database, which holds exactly that.
 */
@MendwellTest
@ExtendWith(OutputCaptureExtension.class)
class DemoPasswordGuardTest {

    private static final String WARNING = "account(s) use an address on the demo domain";

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    /** Command-line arguments, so they win over application.properties as they would in production. */
    private static ConfigurableApplicationContext startWithoutDemoData(String databaseName) {
        return new SpringApplicationBuilder(MendwellApplication.class)
                .run(
                        "--spring.datasource.url=jdbc:h2:mem:" + databaseName
                                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "--mendwell.demo.enabled=false",
                        // A production key of its own: without demo data the published development key is refused.
                        "--mendwell.security.secret-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                        "--server.port=0");
    }

    @Test
    void the_demo_practice_as_seeded_is_refused_for_its_staff_and_its_clients() {
        var guard = new DemoPasswordGuard(accounts, passwordEncoder);

        assertThatThrownBy(() -> guard.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to start")
                .hasMessageContaining("clinician@mendwell.example")
                .hasMessageContaining("client accounts of the demo practice")
                .hasMessageContaining("What to do:")
                .hasMessageContaining("Send reset link");
    }

    /**
     * A clean database starts; an address on the demo domain alone (a client who changed to it, an invited one)
     * does not stop production and is refused at the source (security round 2, finding 2); a staff account that
     * takes the published demo password makes the next start fail.
     */
    @Test
    void production_starts_on_a_clean_database_lets_a_demo_domain_address_be_and_refuses_the_demo_password(
            CapturedOutput output) {
        String database = "guard-" + UUID.randomUUID();
        var running = startWithoutDemoData(database);
        try {
            assertThat(running.isRunning()).isTrue();
            assertThat(output.getOut()).doesNotContain(WARNING);

            var validator = running.getBean(InputValidator.class);
            assertThat(validator.problems(new NewStaffAccount("new.colleague@mendwell.example", "Dr. New")))
                    .containsEntry("email", Messages.ofPage("account.email.demo-domain", DemoPassword.EMAIL_DOMAIN));
            assertThat(validator.problems(new NewEmailAddress("Me@Mendwell.Example")))
                    .containsEntry("newEmail", Messages.ofPage("account.email.demo-domain", DemoPassword.EMAIL_DOMAIN));
            assertThat(validator.problems(InviteClient.individual("New Client", "new.client@mendwell.example")))
                    .containsEntry("email", Messages.ofPage("account.email.demo-domain", DemoPassword.EMAIL_DOMAIN));

            var jdbc = running.getBean(JdbcTemplate.class);
            insertAccount(jdbc, "someone@mendwell.example", null, "CLIENT");
            // The guard of the running instance, asked again as the next start would ask it.
            running.getBean(DemoPasswordGuard.class).run(new DefaultApplicationArguments());
            assertThat(output.getOut()).contains("1 " + WARNING).doesNotContain("someone@mendwell.example");

            // A staff account left from the demo database, still taking the published password.
            insertAccount(
                    jdbc,
                    "clinician@mendwell.example",
                    running.getBean(PasswordEncoder.class).encode(DemoPassword.VALUE),
                    "CLINICIAN");
        } finally {
            running.close();
        }

        assertThatThrownBy(() -> startWithoutDemoData(database).close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to start")
                .hasMessageContaining("clinician@mendwell.example")
                .hasMessageContaining("What to do:")
                .hasMessageContaining("Send reset link");
    }

    private static void insertAccount(JdbcTemplate jdbc, String email, String passwordHash, String role) {
        jdbc.update(
                "insert into account (id, email, display_name, password_hash, role, active, created_at, version, "
                        + "session_epoch) values (?, ?, 'Someone', ?, ?, true, current_timestamp, 0, 0)",
                UUID.randomUUID().toString(),
                email,
                passwordHash,
                role);
    }
}
