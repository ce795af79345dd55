package org.mendwell.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A browser closed in the middle of an answer (a download, a page) is not an error of ours: the
 * session's error handler logs one line without an incident number, and shows nothing to nobody.
 */
@MendwellTest
@ExtendWith(OutputCaptureExtension.class)
@ViewPackages(packages = "org.mendwell")
@WithUserDetails(Demo.CLINICIAN)
class ClientAbortLoggingTest extends SpringBrowserlessTest {

    @Test
    void a_browser_closing_mid_response_is_logged_in_one_line_and_not_as_an_error(CapturedOutput output) {
        navigate("caseload", Component.class);
        int before = output.getAll().length();

        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(
                        new UncheckedIOException(new ClientAbortException(new IOException("Broken pipe")))));
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IOException("Connection reset by peer")));

        String logged = output.getAll().substring(before);
        assertThat(logged).doesNotContain("incident").doesNotContain(" ERROR ").doesNotContain("\tat ");
        assertThat(logged.lines().filter(line -> line.contains("went away")))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).contains(" INFO "));
    }
}
