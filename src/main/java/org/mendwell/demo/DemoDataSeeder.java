package org.mendwell.demo;

import java.util.List;
import org.mendwell.account.AccountBootstrap;
import org.mendwell.account.AccountService;
import org.mendwell.account.DemoPassword;
import org.mendwell.account.NewStaffAccount;
import org.mendwell.client.ClientService;
import org.mendwell.client.NewClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Seeds the demo practice once, then prints the demo log-ins on every start. */
@Component
@Order(10)
@ConditionalOnProperty(name = "mendwell.demo.enabled", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    static final String ADMIN = "admin" + DemoPassword.EMAIL_DOMAIN;
    static final String CLINICIAN = "clinician" + DemoPassword.EMAIL_DOMAIN;
    static final String CLINICIAN_2 = "clinician2" + DemoPassword.EMAIL_DOMAIN;
    static final String CLIENT = "client" + DemoPassword.EMAIL_DOMAIN;
    static final String CLIENT_2 = "client2" + DemoPassword.EMAIL_DOMAIN;

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    /** Invented people; any likeness to a real person is accidental. */
    private static final List<NewClient> FIRST_CASELOAD = List.of(
            new NewClient("Robin Ashdown", CLIENT),
            new NewClient("Priya Nandakumar", "priya.nandakumar" + DemoPassword.EMAIL_DOMAIN),
            new NewClient("Marcus Feld", "marcus.feld" + DemoPassword.EMAIL_DOMAIN),
            new NewClient("Elena Sorvino", "elena.sorvino" + DemoPassword.EMAIL_DOMAIN),
            new NewClient("Tobias Wren", "tobias.wren" + DemoPassword.EMAIL_DOMAIN),
            new NewClient("Amara Oyelaran", "amara.oyelaran" + DemoPassword.EMAIL_DOMAIN),
            new NewClient("Jonas Kettering", "jonas.kettering" + DemoPassword.EMAIL_DOMAIN),
            new NewClient("Hana Morikawa", "hana.morikawa" + DemoPassword.EMAIL_DOMAIN),
            new NewClient("Diego Calloway", "diego.calloway" + DemoPassword.EMAIL_DOMAIN),
            new NewClient("Freya Lindholm", "freya.lindholm" + DemoPassword.EMAIL_DOMAIN),
            new NewClient("Samuel Achterberg", "samuel.achterberg" + DemoPassword.EMAIL_DOMAIN),
            new NewClient("Nadia Brennagh", "nadia.brennagh" + DemoPassword.EMAIL_DOMAIN),
            new NewClient("Oskar Vell", "oskar.vell" + DemoPassword.EMAIL_DOMAIN),
            new NewClient("Leila Haddon", "leila.haddon" + DemoPassword.EMAIL_DOMAIN));

    private static final List<NewClient> SECOND_CASELOAD = List.of(
            new NewClient("Casey Marlowe", CLIENT_2),
            new NewClient("Ines Carvalho-Reed", "ines.carvalho" + DemoPassword.EMAIL_DOMAIN),
            new NewClient("Viktor Halloran", "viktor.halloran" + DemoPassword.EMAIL_DOMAIN),
            new NewClient("Grace Teodoro", "grace.teodoro" + DemoPassword.EMAIL_DOMAIN));

    private final AccountBootstrap bootstrap;
    private final AccountService accounts;
    private final ClientService clients;
    private final SignedInAs signedInAs;

    DemoDataSeeder(AccountBootstrap bootstrap, AccountService accounts, ClientService clients, SignedInAs signedInAs) {
        this.bootstrap = bootstrap;
        this.accounts = accounts;
        this.clients = clients;
        this.signedInAs = signedInAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (bootstrap.createFirstAdmin(ADMIN, "Alex Morgan", DemoPassword.VALUE)) {
            seed();
        }
        printLogins();
    }

    private void seed() {
        signedInAs.run(ADMIN, () -> {
            accounts.createClinician(new NewStaffAccount(CLINICIAN, "Dr. Mira Castell", DemoPassword.VALUE));
            accounts.createClinician(new NewStaffAccount(CLINICIAN_2, "Dr. Tomas Lindqvist", DemoPassword.VALUE));
        });
        signedInAs.run(CLINICIAN, () -> FIRST_CASELOAD.forEach(clients::addClient));
        signedInAs.run(CLINICIAN_2, () -> SECOND_CASELOAD.forEach(clients::addClient));
        // The two demo clients have already chosen their password, as if they had accepted their invitation.
        signedInAs.run(ADMIN, () -> List.of(CLIENT, CLIENT_2).forEach(email -> accounts.findByEmail(email)
                .ifPresent(account -> accounts.setPassword(account.id(), DemoPassword.VALUE))));
        log.info("Demo practice created");
    }

    private static void printLogins() {
        log.info("""

                ----------------------------------------------------------------
                 Mendwell demo log-ins (password for all: {})
                   {}   practice administrator
                   {}   clinician with a caseload
                   {}  a second clinician
                   {}   a client of the first clinician
                   {}  a client of the second clinician
                ----------------------------------------------------------------""",
                DemoPassword.VALUE, ADMIN, CLINICIAN, CLINICIAN_2, CLIENT, CLIENT_2);
    }
}
