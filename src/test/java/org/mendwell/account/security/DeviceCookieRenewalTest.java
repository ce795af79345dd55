package org.mendwell.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.account.MyAccountService;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignInFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A password change makes every older device cookie worthless (finding 3), but the browser the owner changed it
 * in keeps its exemption: a client who changes her password because strangers are guessing it must not be
 * paused in her own browser by them.
 */
@MendwellTest
@Transactional
@ChangesDemoPractice
@WithUserDetails(Demo.CLIENT)
class DeviceCookieRenewalTest {

    @Autowired
    MyAccountService myAccount;

    @Autowired
    DeviceCookies deviceCookies;

    @Autowired
    AccountRepository accounts;

    @Autowired
    SignInFixtures signIns;

    /**
     * Refused checks other classes left in the throttle (its table is the database's, shared by the context) could
     * pause Robin's own check here: it did when two test JVMs ran the classes in another order.
     */
    @BeforeEach
    void withoutOtherClassesRefusals() {
        signIns.freshStart();
    }

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void the_browser_that_changed_the_password_gets_a_cookie_signed_anew_and_an_older_one_stops_counting() {
        Account robin = accounts.findByEmail(Demo.CLIENT).orElseThrow();
        var signInResponse = new MockHttpServletResponse();
        deviceCookies.issue(robin.getId(), new MockHttpServletRequest(), signInResponse);
        Cookie before = signInResponse.getCookie(deviceCookies.nameFor(robin.getId()));
        assertThat(deviceCookies.trustedNonce(robin, carrying(before)))
                .as("the cookie from signing in")
                .isPresent();

        var changeResponse = new MockHttpServletResponse();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(carrying(before), changeResponse));
        myAccount.changePassword(Demo.PASSWORD, "", "a heron over the reed beds at dusk");

        Cookie renewed = changeResponse.getCookie(deviceCookies.nameFor(robin.getId()));
        assertThat(renewed).as("the changing browser is given a new cookie").isNotNull();
        assertThat(renewed.isHttpOnly()).isTrue();
        assertThat(deviceCookies.trustedNonce(robin, carrying(renewed)))
                .as("and it counts")
                .isPresent();
        assertThat(deviceCookies.trustedNonce(robin, carrying(before)))
                .as("a copy of the old one does not")
                .isEmpty();
    }

    @Test
    void outside_an_http_request_nothing_is_issued_and_nothing_breaks() {
        Account robin = accounts.findByEmail(Demo.CLIENT).orElseThrow();
        int epoch = robin.getSessionEpoch();

        myAccount.changePassword(Demo.PASSWORD, "", "a heron over the reed beds at dusk");

        assertThat(robin.getSessionEpoch()).as("other sessions still end").isGreaterThan(epoch);
    }

    private static MockHttpServletRequest carrying(Cookie cookie) {
        var request = new MockHttpServletRequest();
        request.setCookies(cookie);
        return request;
    }
}
