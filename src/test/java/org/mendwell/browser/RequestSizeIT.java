package org.mendwell.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Request;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellWebTest;

/**
 * Measures the largest requests Chromium sends when the longest allowed text is typed: the request
 * body limits (RequestBodyGuard) must fit them with room. Prints the figures for docs/security.md.
 */
@MendwellWebTest
class RequestSizeIT extends BrowserTest {

    /** The limits in application.properties. */
    static final long ANONYMOUS_LIMIT = 32 * 1024;

    static final long SIGNED_IN_LIMIT = 1024 * 1024;

    private final AtomicLong largest = new AtomicLong();

    private void measure(Request request) {
        byte[] body = request.postDataBuffer();
        if (body != null) {
            largest.accumulateAndGet(body.length, Math::max);
        }
    }

    @Test
    void the_longest_text_anyone_may_type_fits_the_request_limits() {
        page.onRequest(this::measure);

        // Not signed in: the longest address and password the sign-in form takes, in three-byte characters
        // (nine bytes each once form-encoded).
        page.navigate(url("login"));
        page.locator("input[name='username']").fill("€".repeat(254));
        page.locator("input[name='password']").fill("€".repeat(128));
        button("Sign in").click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        long anonymous = largest.getAndSet(0);

        // Signed in: the longest field in the portal (a consent text, 8,000 characters), filled with
        // characters JSON escapes to six bytes each, then the other with three-byte ones, then published.
        signIn(Demo.ADMIN, Demo.PASSWORD);
        page.navigate(url("admin/consent"));
        field("Consent to treatment").fill("\u0001".repeat(8000));
        field("Privacy notice").fill("€".repeat(8000));
        button("Publish as a new version").click();
        page.waitForTimeout(1000);
        long signedIn = largest.get();

        System.out.println(
                "Largest request body: not signed in " + anonymous + " bytes, signed in " + signedIn + " bytes");
        assertThat(anonymous).isPositive().isLessThanOrEqualTo(ANONYMOUS_LIMIT);
        assertThat(signedIn).isGreaterThan(8000).isLessThanOrEqualTo(SIGNED_IN_LIMIT);
    }
}
