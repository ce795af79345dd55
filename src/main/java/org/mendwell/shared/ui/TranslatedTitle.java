package org.mendwell.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page whose title comes from the message bundles, in the reader's language: "Caseload | Mendwell". Use
 * it instead of {@code @PageTitle}, whose text cannot be translated. {@code @Menu(title = ...)} takes a
 * message key too; the main layout translates it.
 */
public interface TranslatedTitle extends HasDynamicTitle {

    /** The message key of the page's own name, such as {@code "caseload.title"}. */
    String titleKey();

    @Override
    default String getPageTitle() {
        return ((Component) this).getTranslation(titleKey()) + " | Mendwell"; // the same in every language
    }
}
