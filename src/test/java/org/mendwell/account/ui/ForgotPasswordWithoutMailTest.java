package org.mendwell.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import org.junit.jupiter.api.Test;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** Without a mail server (the test profile configures none), the page never claims that a link was sent. */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithAnonymousUser
class ForgotPasswordWithoutMailTest extends SpringBrowserlessTest {

    @Autowired
    Messages messages;

    @Test
    void without_a_mail_server_the_page_says_no_link_was_sent_and_whom_to_ask() {
        navigate(ForgotPasswordView.class);
        test(find(EmailField.class).withLabel("E-mail").single()).setValue(Demo.MARCUS);
        test(find(Button.class).withText("Send me a link").single()).click();

        String answer = find(Paragraph.class).id("reset-requested").getText();
        assertThat(answer)
                .isEqualTo(messages.viewer(ForgotPasswordView.NO_MAIL))
                .doesNotContain("we have sent")
                .contains("no link was sent", "contact your practice");
    }
}
