package org.mendwell;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ArchitectureTest {

    /** Features talk to each other only through their root packages (their API), and never in a cycle. */
    @Test
    void feature_modules_use_only_each_others_public_api() {
        ApplicationModules.of(MendwellApplication.class).verify();
    }
}
