package org.mendwell.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Optional;
import org.mendwell.account.MyLanguageService;
import org.mendwell.shared.i18n.Language;

/**
 * The person's own language. Each language is listed in its own name, so that someone who cannot read the
 * page yet still finds theirs. Saving reloads the page, which then opens in the chosen language.
 */
class LanguageSection extends Section {

    LanguageSection(MyLanguageService myLanguage) {
        var language = new RadioButtonGroup<Language>(getTranslation("account.language.field"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::ownName);
        Optional<Language> chosen = myLanguage.chosen();
        language.setValue(chosen.or(() -> Language.of(getLocale())).orElse(Language.ENGLISH));
        language.setHelperText(
                getTranslation(chosen.isPresent() ? "account.language.chosen" : "account.language.not-chosen"));
        var save = new Button(getTranslation("account.language.save"), click -> {
            myLanguage.choose(language.getValue() == null ? Language.ENGLISH : language.getValue());
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        var form = new Div(new Paragraph(getTranslation("account.language.intro")), language, save);
        form.addClassName("mw-narrow-form");
        add(new H2(getTranslation("account.language.heading")), form);
    }
}
