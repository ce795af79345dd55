package org.mendwell.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mendwell.account.AccountLanguages;
import org.mendwell.account.MyLanguageService;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each person reads the portal in the language they chose; until they choose, in their browser's or the practice's. */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
class LanguageChoiceTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;

    @Autowired
    MyLanguageService myLanguage;

    @Autowired
    AccountLanguages accountLanguages;

    @Autowired
    ViewerLanguage viewerLanguage;

    @Autowired
    ClientRepository clients;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void nobody_has_chosen_a_language_again() {
        jdbc.update("update account set language = null where email in (?, ?)", Demo.CLIENT, Demo.CLINICIAN);
    }

    @Test
    void a_client_who_chooses_spanish_on_her_account_page_reads_the_portal_and_her_e_mails_in_spanish() {
        signIn.as(Demo.CLIENT);
        assertThat(viewerLanguage.viewerLocale())
                .as("no choice and no browser: the practice's")
                .isEqualTo(Locale.UK);
        navigate("account", com.vaadin.flow.component.Component.class);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Language> language =
                find(RadioButtonGroup.class).withCaption("Language").single();
        test(language).selectItem("Español");
        test(find(Button.class).withText("Save language").single()).click();

        assertThat(myLanguage.chosen()).contains(Language.SPANISH);
        assertThat(viewerLanguage.viewerLocale().getLanguage()).isEqualTo("es");
        var robin = clients.findByEmail(Demo.CLIENT).orElseThrow();
        assertThat(viewerLanguage.recipientLocale(accountLanguages.of(robin.getAccountId())))
                .isEqualTo(Locale.forLanguageTag("es"));
    }

    @Test
    void the_menu_reads_in_the_language_of_the_page() {
        signIn.as(Demo.CLIENT);
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        navigate("account", com.vaadin.flow.component.Component.class);

        assertThat(find(SideNavItem.class).all())
                .extracting(SideNavItem::getLabel)
                .contains("Mis ejercicios");
    }

    @Test
    void a_person_who_has_not_chosen_has_no_language_of_their_own() {
        signIn.as(Demo.CLINICIAN);
        assertThat(myLanguage.chosen()).isEmpty();
        assertThat(accountLanguages.ofSignedInPerson()).isEqualTo(Optional.empty());
    }
}
