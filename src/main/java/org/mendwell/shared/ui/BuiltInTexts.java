package org.mendwell.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;

/**
 * The words Vaadin's components bring with them, in English, put in the page's language: every signed-in page gets
 * them through {@link MainLayout}, so no view has to remember. The app layout's drawer has a Java i18n object; the
 * grid's sort buttons do not (Vaadin's grid connector names each one "Sort by" and the header in the browser), so
 * the page renames them there, whenever a grid draws a header, in whichever view.
 */
public final class BuiltInTexts {

    private BuiltInTexts() {}

    /** The drawer's screen-reader name, the grid sorters' names. */
    static void apply(AppLayout layout) {
        layout.setI18n(new AppLayout.AppLayoutI18n().setDrawer(layout.getTranslation("shared.layout.drawer")));
        layout.addAttachListener(attach -> renameGridSorters(layout));
    }

    /**
     * Watches the page for grid sorters named by Vaadin's connector ("Sort by Name") and names them with the bundle's
     * pattern instead ("Ordenar por Nombre"). Installed once per page; the pattern is the latest page language's.
     */
    static void renameGridSorters(Component anyComponent) {
        String pattern = anyComponent.getTranslation("shared.grid.sort-by", "{0}");
        anyComponent.getElement().executeJs("""
                window.mendwellSortBy = $0;
                const english = 'Sort by ';
                const rename = sorter => {
                  const label = sorter.getAttribute('aria-label');
                  if (label && label.startsWith(english)) {
                    const renamed = window.mendwellSortBy.replace('{0}', label.substring(english.length));
                    if (renamed !== label) { sorter.setAttribute('aria-label', renamed); }
                  }
                };
                const renameAll = root => {
                  if (root.matches && root.matches('vaadin-grid-sorter')) { rename(root); }
                  if (root.querySelectorAll) { root.querySelectorAll('vaadin-grid-sorter').forEach(rename); }
                };
                renameAll(document.body);
                if (!window.mendwellSortByObserver) {
                  window.mendwellSortByObserver = new MutationObserver(changes => changes.forEach(change => {
                    if (change.type === 'attributes') { renameAll(change.target); }
                    change.addedNodes.forEach(renameAll);
                  }));
                  window.mendwellSortByObserver.observe(document.body,
                      {subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label']});
                }""", pattern);
    }
}
