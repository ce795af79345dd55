package org.mendwell.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellWebTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16: the words Vaadin's components bring with them (a drawer's name, "Sort by" on a grid's headers, "is
 * required" under an empty sign-in field) are in the page's language too. Spanish pages in Chromium; every
 * aria-label, title and placeholder on the page and every text in a component's shadow root is looked at for
 * Vaadin's English defaults.
 */
@MendwellWebTest
class BuiltInTextsIT extends BrowserTest {

    /**
     * Vaadin's English defaults found on the page: attributes a screen reader reads (aria-label, title, placeholder)
     * anywhere, light DOM or shadow, and the text inside components' shadow roots.
     */
    private static final String ENGLISH_DEFAULTS = """
            () => {
              const english = /^(Sort by |Filter by )|^(Drawer|More options|Clear|Close|Toggle|Toggle child items|Open|Loading|Previous|Next|Today|Cancel|Confirm|Select all|Remove|Upload)$|is required/;
              // Another change names the password field's reveal button; it is not this test's subject.
              const elsewhere = /^(Show|Hide) password$/;
              const found = [];
              const look = (what, value) => {
                const text = (value || '').trim();
                if (text && english.test(text) && !elsewhere.test(text)) found.push(what + ': ' + text);
              };
              const walk = (root, inShadow) => {
                root.querySelectorAll('*').forEach(el => {
                  ['aria-label', 'title', 'placeholder'].forEach(name => look(el.tagName.toLowerCase() + '@' + name, el.getAttribute(name)));
                  if (el.shadowRoot) {
                    el.shadowRoot.childNodes.forEach(node => { if (node.nodeType === 3) look(el.tagName.toLowerCase() + ' shadow text', node.textContent); });
                    el.shadowRoot.querySelectorAll('*').forEach(inner => {
                      if (!['STYLE', 'SCRIPT'].includes(inner.tagName)) {
                        inner.childNodes.forEach(node => { if (node.nodeType === 3) look(el.tagName.toLowerCase() + ' shadow text', node.textContent); });
                      }
                    });
                    walk(el.shadowRoot, true);
                  }
                });
              };
              walk(document, false);
              return found;
            }
            """;

    @Autowired
    ClientIds clientIds;

    @Test
    void the_sign_in_form_says_a_field_is_empty_in_spanish() {
        newContext(new Browser.NewContextOptions().setViewportSize(1280, 800), "es-ES");
        page.navigate(url("login"));
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button")
                .first()
                .click();
        PlaywrightAssertions.assertThat(page.locator("vaadin-text-field[invalid]"))
                .hasCount(1);
        var errors = page.locator("vaadin-login-form [slot='error-message']").allInnerTexts();
        assertThat(errors).contains("Escriba su correo electrónico", "Escriba su contraseña");
        assertThat(englishDefaults("login")).isEmpty();
    }

    @Test
    void a_clinicians_spanish_pages_name_the_drawer_and_the_grid_sorters_in_spanish() {
        newContext(new Browser.NewContextOptions().setViewportSize(1280, 800), "es-ES");
        page.navigate(url("login"));
        page.locator("input[name='username']").fill(Demo.CLINICIAN);
        page.locator("input[name='password']").fill(Demo.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        PlaywrightAssertions.assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));

        var problems = new ArrayList<String>();
        var sorterNames = new ArrayList<String>();
        for (String path : List.of("caseload", "clients/" + clientIds.of(Demo.CLIENT) + "?tab=progress", "review")) {
            page.navigate(url(path));
            if (!path.equals("review")) { // the inbox has its own order: risk first, then oldest first
                PlaywrightAssertions.assertThat(
                                page.locator("vaadin-grid-sorter").first())
                        .hasAttribute("aria-label", Pattern.compile(".+"));
                @SuppressWarnings("unchecked")
                List<String> names = (List<String>) page.locator("vaadin-grid-sorter")
                        .evaluateAll("sorters => sorters.map(sorter => sorter.getAttribute('aria-label'))");
                sorterNames.addAll(names);
            }
            problems.addAll(englishDefaults(path));
        }
        // On a phone the drawer is a dialog over the page, and only then does it carry a name.
        page.setViewportSize(360, 740);
        page.waitForFunction("() => document.querySelector('vaadin-app-layout').hasAttribute('overlay')");
        problems.addAll(englishDefaults("review on a phone"));
        assertThat(problems).isEmpty();
        assertThat(
                        page.locator("vaadin-app-layout")
                                .evaluate(
                                        "layout => layout.shadowRoot.querySelector('[part=drawer]').getAttribute('aria-label')"))
                .isEqualTo("Menú");
        assertThat(sorterNames).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("Ordenar por "));
    }

    private List<String> englishDefaults(String where) {
        page.waitForFunction(Accessibility.VAADIN_IDLE);
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate(ENGLISH_DEFAULTS);
        return found.stream().map(problem -> where + ": " + problem).toList();
    }
}
