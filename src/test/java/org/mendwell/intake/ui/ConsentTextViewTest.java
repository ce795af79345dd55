package org.mendwell.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.mendwell.intake.ConsentService;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithUserDetails(Demo.ADMIN)
@ChangesDemoPractice
class ConsentTextViewTest extends SpringBrowserlessTest {

    @Autowired
    ConsentService consent;

    @Test
    void publishing_asks_for_confirmation_and_unchanged_texts_make_no_new_version() {
        navigate(ConsentTextView.class);
        int before = consent.current().version();

        test(find(Button.class).withText("Publish as a new version").single()).click();
        assertThat(consent.current().version())
                .as("nothing before the confirmation")
                .isEqualTo(before);
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(consent.current().version()).as("the same texts again").isEqualTo(before);
        assertThat(find(Notification.class).all().stream().map(n -> test(n).getText()))
                .anySatisfy(text -> assertThat(text).startsWith("Nothing has changed since version " + before));

        test(find(TextArea.class).withLabel("Privacy notice").single())
                .setValue(consent.current().privacy() + "\n\nWe keep records for seven years.");
        test(find(Button.class).withText("Publish as a new version").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(consent.current().version()).isEqualTo(before + 1);
    }
}
