package org.mendwell.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright. Playwright never downloads a browser of its own here.
 * Without Chromium the browser tests are skipped on a developer's machine with a clear reason,
 * and fail in CI, where .ci/run installs it.
 */
final class Chromium {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("MENDWELL_CHROMIUM", "/usr/bin/chromium"));

    private Chromium() {}

    static Playwright playwright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        requireInstalled();
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    private static void requireInstalled() {
        boolean installed = Files.isExecutable(EXECUTABLE);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium is required in CI but " + EXECUTABLE + " is missing");
        }
        Assumptions.assumeTrue(
                installed,
                "Browser tests need Chromium at " + EXECUTABLE
                        + " (apt-get install -y chromium, or set MENDWELL_CHROMIUM)");
    }
}
