package org.mendwell.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellWebTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16: the main pages in the pseudo-locale (en-XA: every portal text accented and 40 % longer, which the test
 * profile offers) on a 360 px phone. A button, label, tab, menu entry or grid header without accents was never put in
 * a bundle; one whose text is wider than its box is cut off; a page wider than the screen scrolls sideways. What
 * people wrote (names, answers, exercise titles) is theirs, not the portal's, and is not looked at.
 */
@MendwellWebTest
class PseudoLocaleIT extends BrowserTest {

    /**
     * Portal texts on the page that are not pseudo-localised (no accent, no bracket) or do not fit their box, and
     * whether the page is wider than the screen. Looks into the shadow roots of Vaadin's components for the parts
     * that hold a label.
     */
    private static final String PROBLEMS = """
            () => {
              const problems = [];
              const accented = /[\\u00C0-\\u024F\\u1E00-\\u1EFF\\[]/;
              const visible = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
              const text = el => (el.innerText || el.textContent || '').trim();
              // A language's own name is written in that language on purpose (the switch, the account's choice).
              const ownNames = ['English', 'Español'];
              const check = (el, what) => {
                const t = text(el);
                if (!t || !/[A-Za-z]{2,}/.test(t) || !visible(el) || ownNames.includes(t)) return;
                if (!accented.test(t)) problems.push(what + ' not translated: ' + t.slice(0, 60));
                if (el.scrollWidth > el.clientWidth + 2 && getComputedStyle(el).overflow !== 'visible')
                  problems.push(what + ' cut off: ' + t.slice(0, 60));
              };
              document.querySelectorAll('vaadin-button').forEach(b => {
                if (b.getAttribute('theme') && b.getAttribute('theme').includes('icon') && !text(b)) return;
                const label = b.shadowRoot && b.shadowRoot.querySelector('[part=label]');
                if (label && text(b) && !ownNames.includes(text(b))) {
                  const t = text(b);
                  if (/[A-Za-z]{2,}/.test(t) && visible(b) && !accented.test(t)) problems.push('button not translated: ' + t.slice(0, 60));
                  if (label.scrollWidth > label.clientWidth + 2) problems.push('button cut off: ' + t.slice(0, 60));
                }
              });
              document.querySelectorAll('label[slot=label], vaadin-side-nav-item, vaadin-tab, vaadin-grid-sorter, vaadin-checkbox label')
                .forEach(el => check(el, el.tagName.toLowerCase()));
              if (document.documentElement.scrollWidth > window.innerWidth + 1)
                problems.push('page wider than the screen: ' + document.documentElement.scrollWidth + ' px');
              return problems;
            }
            """;

    @Autowired
    ClientIds clientIds;

    @Test
    void a_clients_pages_fit_a_phone_and_every_portal_text_comes_from_the_bundles() {
        newPhone();
        var problems = new ArrayList<String>();
        page.navigate(url("login"));
        problems.addAll(on("login"));
        signInWithoutReading(Demo.CLIENT);
        for (String path : List.of(
                "my/exercises",
                "intake",
                "my/progress",
                "my/agreements",
                "my/letters",
                "my/hard-moments",
                "my/settings",
                "account")) {
            page.navigate(url(path));
            problems.addAll(on(path));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void a_clinicians_pages_fit_a_phone_and_every_portal_text_comes_from_the_bundles() {
        newPhone();
        signInWithoutReading(Demo.CLINICIAN);
        var problems = new ArrayList<String>();
        for (String path : List.of(
                "caseload", "clients/" + clientIds.of(Demo.CLIENT), "review", "library", "library/new", "account")) {
            page.navigate(url(path));
            problems.addAll(on(path));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void an_administrators_pages_fit_a_phone_and_every_portal_text_comes_from_the_bundles() {
        newPhone();
        signInWithoutReading(Demo.ADMIN);
        var problems = new ArrayList<String>();
        for (String path : List.of("admin", "admin/clinicians", "admin/audit", "admin/consent")) {
            page.navigate(url(path));
            problems.addAll(on(path));
        }
        assertThat(problems).isEmpty();
    }

    /** Signs in by pressing Enter, as the sign-in button's name is in pseudo-English here. */
    private void signInWithoutReading(String email) {
        page.navigate(url("login"));
        page.locator("input[name='username']").fill(email);
        page.locator("input[name='password']").fill(Demo.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page)
                .not()
                .hasURL(java.util.regex.Pattern.compile(".*/login.*"));
    }

    private void newPhone() {
        newContext(new Browser.NewContextOptions().setViewportSize(360, 740), "en-XA");
    }

    private List<String> on(String path) {
        page.waitForFunction("() => !document.querySelector('vaadin-connection-indicator[loading]')");
        page.waitForLoadState();
        screenshot("pseudo-" + path.replace('/', '-'));
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate(PROBLEMS);
        return found.stream().map(problem -> path + ": " + problem).toList();
    }
}
