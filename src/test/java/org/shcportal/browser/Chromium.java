package org.shcportal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, which downloads no browser (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD; without it
 * Playwright tries to fetch its own Chromium). Pages run without the portal's CSP only so that the axe-core script
 * can be injected for the accessibility check.
 */
final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path AXE = Path.of("src", "test", "js", "node_modules", "axe-core", "axe.min.js");
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--no-first-run");

    /**
     * Cells visible on the page that are wider than their box or reach past the screen's edges: tag, start of the text
     * and horizontal extent. Cells hidden from sight (display none, or inside a 1-pixel clipped box such as the column
     * headings of a stacked table) are left out.
     */
    private static final String CLIPPED_CELLS = """
            () => {
              const width = document.documentElement.clientWidth;
              const hidden = (cell) => {
                for (let e = cell; e; e = e.parentElement) {
                  const style = getComputedStyle(e);
                  const box = e.getBoundingClientRect();
                  if (style.display === 'none' || style.visibility === 'hidden') return true;
                  if (style.overflow === 'hidden' && box.width <= 1 && box.height <= 1) return true;
                }
                return false;
              };
              return [...document.querySelectorAll('td, th')].filter((cell) => !hidden(cell)).filter((cell) => {
                const box = cell.getBoundingClientRect();
                return cell.scrollWidth > cell.clientWidth || box.left < 0 || box.right > width + 0.5;
              }).map((cell) => {
                const box = cell.getBoundingClientRect();
                return cell.tagName + ' "' + cell.innerText.slice(0, 30) + '" ' + Math.round(box.left) + '..'
                  + Math.round(box.right) + ' of ' + width;
              });
            }""";

    private final Playwright playwright;
    private final Browser browser;

    Chromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
                .setArgs(ARGS).setHeadless(true));
    }

    /** A fresh browser profile (no cookies) with a phone-sized screen, in the given language. */
    Page phone(String acceptLanguage) {
        return phone(acceptLanguage, 390);
    }

    /** A fresh browser profile with a phone's screen of the given width in CSS pixels, 844 high. */
    Page phone(String acceptLanguage, int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 844)
                .setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true).setLocale(acceptLanguage)
                .setBypassCSP(true).setAcceptDownloads(true));
        return context.newPage();
    }

    /** A fresh browser profile with a desktop screen. */
    Page desktop() {
        return browser
                .newContext(
                        new Browser.NewContextOptions().setViewportSize(1280, 900).setBypassCSP(true).setAcceptDownloads(true))
                .newPage();
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** The table cells cut off on the page, one line each (see {@link #CLIPPED_CELLS}). */
    @SuppressWarnings("unchecked")
    static List<String> clippedCells(Page page) {
        return (List<String>) page.evaluate(CLIPPED_CELLS);
    }

    /** The serious and critical WCAG 2.1 A/AA violations axe-core finds on the page, one line each. */
    @SuppressWarnings("unchecked")
    static List<String> accessibilityViolations(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(AXE));
        Object found = page.evaluate("""
                async () => {
                  const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '));
                }""");
        return (List<String>) found;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
