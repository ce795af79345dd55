package org.mendwell.account.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.mendwell.account.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The web security rules. Views declare who may open them ({@code @RolesAllowed}); services check
 * role and ownership again, so a view that forgets cannot leak a record.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // Vaadin 25 denies every request it does not recognise: our own static files are named here.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/components/**", "/images/**", "/webjars/**",
                        "/favicon.ico", "/actuator/health", "/actuator/health/**")
                .permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        SecurityHeaders.apply(http);
        return http.build();
    }

    /** Spring's delegating encoder: bcrypt today, and old hashes keep working if the default changes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
