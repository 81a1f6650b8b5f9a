package org.beihaiyatsushiro.checks.search;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium for the search checks: Debian's chromium and chromium-driver at explicit
 * paths (or CHROME_BIN and CHROMEDRIVER), so Selenium never looks for or downloads a browser.
 *
 * <p>Without them the browser checks are skipped with a loud message on a developer's machine, and
 * fail in CI (CI=true), where a skipped check would pass unnoticed. (A minimal setup of its own
 * until the shared one of the quality checks is merged.)
 */
final class SearchBrowser {
  private static final String BROWSER = env("CHROME_BIN", "/usr/bin/chromium");
  private static final String DRIVER = env("CHROMEDRIVER", "/usr/bin/chromedriver");
  private static boolean warned;

  private SearchBrowser() {}

  /** Starts the browser, or skips (locally) or fails (CI) the calling test when there is none. */
  static ChromeDriver start() {
    boolean present = Files.isExecutable(Path.of(BROWSER)) && Files.isExecutable(Path.of(DRIVER));
    if (!present) {
      String why =
          "the search checks in a browser need Debian's chromium and chromium-driver (apt-get"
              + " install chromium chromium-driver); not found at "
              + BROWSER
              + " and "
              + DRIVER
              + " (set CHROME_BIN and CHROMEDRIVER to use others)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true and " + why);
      }
      if (!warned) {
        warned = true;
        System.err.println();
        System.err.println("!!!!!!!! SKIPPED: " + why + " !!!!!!!!");
        System.err.println();
      }
      Assumptions.abort("SKIPPED: " + why);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--window-size=1024,768");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return driver;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
