package org.mendwell.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import org.mendwell.shared.i18n.Language;
import org.mendwell.shared.i18n.ViewerLanguage;

/**
 * "English · Español" on the pages a person sees before signing in: each language in its own name and marked
 * with its {@code lang}, so that someone who cannot read the page yet finds theirs and a screen reader says it
 * right. The choice holds for the visit ({@link ViewerLanguage#chooseForThisVisit}); the page reloads in it.
 */
final class VisitorLanguage extends Nav {

    VisitorLanguage(ViewerLanguage viewerLanguage) {
        addClassName("mw-visitor-language");
        getElement().setAttribute("aria-label", getTranslation("account.visitor-language.label"));
        Language current = Language.of(getLocale()).orElse(Language.ENGLISH);
        for (Language language : Language.values()) {
            if (language.ordinal() > 0) {
                add(new Span(" · ")); // the same in every language
            }
            var choose = new Button(language.ownName(), click -> {
                viewerLanguage.chooseForThisVisit(language);
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            choose.getElement().setAttribute("lang", language.code());
            choose.getElement().setAttribute("aria-pressed", String.valueOf(language == current));
            add(choose);
        }
    }
}
