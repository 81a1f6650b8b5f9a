package org.beihaiyatsushiro.checks.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.beihaiyatsushiro.checks.ExternalProgram;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium, driven through Debian's ChromeDriver, both at fixed paths, so that
 * nothing is ever downloaded (Selenium Manager is skipped when the driver's path is given). One
 * browser serves every page of a test run; its profile is a fresh empty folder, deleted at the end.
 */
public final class Chromium implements AutoCloseable {
  /** The browser, from Debian's chromium package (system property chromium.browser overrides). */
  public static final Path BROWSER =
      Path.of(
          System.getProperty("chromium.browser", "/usr/bin/" + ExternalProgram.CHROMIUM.command()));

  /**
   * Its WebDriver, from Debian's chromium-driver package (system property chromium.driver
   * overrides).
   */
  public static final Path DRIVER =
      Path.of(
          System.getProperty(
              "chromium.driver", "/usr/bin/" + ExternalProgram.CHROMEDRIVER.command()));

  /** The Debian package of the fonts that Chinese and Japanese text is rendered with. */
  public static final String CJK_FONTS = "fonts-noto-cjk";

  /** How to install both (.ci/install does), for the messages. */
  public static final String INSTALL =
      "apt-get install "
          + ExternalProgram.CHROMIUM.debianPackage()
          + " "
          + ExternalProgram.CHROMEDRIVER.debianPackage()
          + " "
          + CJK_FONTS;

  /**
   * Selenium warns that it has no DevTools classes for this Chromium's version: the checks use none
   * (they read the browser's logs and send raw CDP commands), so the warning is noise. Held here so
   * the logger and its level are not collected.
   */
  private static final Logger CDP_VERSION_LOG =
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Why Chromium cannot run here, if it cannot: a missing browser or driver. */
  public static Optional<String> missing() {
    for (Path p : List.of(BROWSER, DRIVER)) {
      if (!Files.isExecutable(p)) {
        return Optional.of("no " + p + " (" + INSTALL + ")");
      }
    }
    return Optional.empty();
  }

  /** Starts the browser with a new empty profile. */
  public static Chromium start() {
    CDP_VERSION_LOG.setLevel(Level.OFF);
    missing()
        .ifPresent(
            reason -> {
              throw new IllegalStateException("cannot start Chromium: " + reason);
            });
    Path profile;
    try {
      profile = Files.createTempDirectory("site-checks-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile,
        // Belt and braces: no host name but localhost (the test server) resolves, so even a
        // page that tries to reach the internet cannot; the request still shows in the log and
        // fails the checks.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
        "--window-size=1280,800",
        "--lang=en");
    // The console (browser) and the network events (performance) of each page.
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL", "performance", "ALL"));
    options.setExperimentalOption(
        "perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .withSilent(true)
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    // The first tab opens on the browser's own new-tab page; its requests are not the site's.
    driver.get("about:blank");
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
    return new Chromium(driver, profile);
  }

  /** The WebDriver of this browser. */
  public ChromeDriver driver() {
    return driver;
  }

  /** Closes the browser and deletes its profile. */
  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        System.err.println("could not delete the browser profile " + profile + ": " + e);
      }
    }
  }
}
