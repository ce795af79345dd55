package org.mendwell.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Chromium against the portal running on a random port; one fresh browser context per test. */
abstract class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    /** What Chromium refused under our Content-Security-Policy: the policy must not break the portal. */
    final java.util.List<String> refusedByPolicy = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * One Chromium for the whole run, closed when the test JVM ends: each test still gets a fresh browser
     * context (no cookies, no storage), and starting Playwright's driver and the browser once per class cost
     * seconds each.
     */
    @BeforeAll
    static void startBrowser() {
        if (browser != null) {
            return;
        }
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
        Runtime.getRuntime().addShutdownHook(new Thread(BrowserTest::stopBrowser, "stop-chromium"));
    }

    private static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        newContext(1280, 800);
    }

    /**
     * The page as a failing test left it: the first thing to look at when a journey breaks. Runs after the test
     * and before {@link #closeContext()}. A passing test's last page is not kept (a full-page picture per test).
     */
    @RegisterExtension
    final AfterTestExecutionCallback pictureOfAFailure = test -> {
        if (test.getExecutionException().isPresent() && page != null) {
            screenshot("failed-" + test.getRequiredTestMethod().getName());
        }
    };

    @AfterEach
    void closeContext() {
        context.close();
        org.assertj.core.api.Assertions.assertThat(refusedByPolicy)
                .as("Content-Security-Policy violations")
                .isEmpty();
    }

    /** A new, empty browser context: as if the person closed the browser and came back. */
    void newContext(int width, int height) {
        newContext(new Browser.NewContextOptions().setViewportSize(width, height));
    }

    /** A new, empty browser context with these options (a touch phone, say), in English and London time. */
    void newContext(Browser.NewContextOptions options) {
        newContext(options, "en-US");
    }

    /** A new, empty browser context whose browser asks for this language (Accept-Language and navigator). */
    void newContext(Browser.NewContextOptions options, String languageTag) {
        newContext(options, languageTag, "Europe/London");
    }

    /** A new, empty browser context with this language whose clock is in this zone (the practice's is London). */
    void newContext(Browser.NewContextOptions options, String languageTag, String timeZone) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(options.setLocale(languageTag).setTimezoneId(timeZone));
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refusedByPolicy.add(message.text());
            }
        });
        page.setDefaultTimeout(20_000);
        // Assertions wait as long as actions do: on a loaded two-core machine a server round trip took more than
        // the default 5 s (PhoneLayoutIT's duplicate warning, once), and waiting costs nothing when it passes.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    void signIn(String email, String password) {
        page.navigate(url("login"));
        page.locator("input[name='username']").fill(email);
        page.locator("input[name='password']").fill(password);
        button("Sign in").click();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
    }

    /**
     * Signs in a fresh context of this size whose browser asks for this language, by pressing Enter (the button's
     * words follow the language), and waits for the first page.
     */
    void signInAs(String email, String languageTag, int width, int height) {
        newContext(new Browser.NewContextOptions().setViewportSize(width, height), languageTag);
        page.navigate(url("login"));
        page.locator("input[name='username']").fill(email);
        page.locator("input[name='password']").fill(org.mendwell.support.Demo.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(address -> !address.contains("/login"));
        page.waitForFunction(Accessibility.VAADIN_IDLE);
    }

    /** The field whose label is exactly this text. */
    com.microsoft.playwright.Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    /** One radio button of a radio group (a question, a 0–10 scale), found by the group's label and its own. */
    com.microsoft.playwright.Locator option(String question, String answer) {
        return page.locator("vaadin-radio-group")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(question))
                .getByLabel(answer, new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true));
    }

    com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    void logOut() {
        button("Log out").click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}
