package org.mendwell.account.security;

import org.mendwell.account.AccountBootstrap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In production the first administrator comes from configuration
 * (MENDWELL_BOOTSTRAP_ADMIN_EMAIL and MENDWELL_BOOTSTRAP_ADMIN_PASSWORD), never from the repository.
 */
@Component
@Order(1)
class FirstAdminFromConfiguration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminFromConfiguration.class);

    private final AccountBootstrap bootstrap;
    private final String email;
    private final String password;

    FirstAdminFromConfiguration(AccountBootstrap bootstrap, BootstrapSettings settings) {
        this.bootstrap = bootstrap;
        this.email = settings.adminEmail();
        this.password = settings.adminPassword();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || password.isBlank()) {
            return;
        }
        if (bootstrap.createFirstAdmin(email, "Practice administrator", password)) {
            log.info("Created the first administrator account from configuration");
        }
    }
}
