package org.beihaiyatsushiro.checks.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Full-page screenshots of pages at a given width in CSS pixels, as a phone (360) or a desktop
 * (1280) would show them, written as PNG files for people to look at.
 */
public final class Screenshots {
  /** Tall pages are cut here, so one screenshot stays a reasonable file. */
  private static final int MAX_HEIGHT = 12000;

  private final Chromium chromium;
  private final PageVisit visit;
  private final Path folder;

  /**
   * Screenshots of pages that visit opens.
   *
   * @param folder where the PNG files go (created if missing)
   */
  public Screenshots(Chromium chromium, PageVisit visit, Path folder) {
    this.chromium = Objects.requireNonNull(chromium, "chromium");
    this.visit = Objects.requireNonNull(visit, "visit");
    this.folder = Objects.requireNonNull(folder, "folder");
  }

  /** A screenshot and what the page measured at that width. */
  public record Shot(Path file, int width, long pageWidth, long pageHeight) {}

  /**
   * Shows the page at this width and takes a screenshot of all of it.
   *
   * @param page the page, relative to the site's root
   * @param width the viewport's width in CSS pixels
   * @return the file written, named after the page and the width
   */
  public Shot take(String page, int width) {
    Objects.requireNonNull(page, "page");
    if (width < 200) {
      throw new IllegalArgumentException("too narrow a viewport: " + width);
    }
    ChromeDriver driver = chromium.driver();
    try {
      emulate(driver, width, 800);
      visit.open(page);
      long pageWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
      long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
      emulate(driver, width, (int) Math.min(height, MAX_HEIGHT));
      byte[] png = driver.getScreenshotAs(OutputType.BYTES);
      Files.createDirectories(folder);
      Path file =
          folder.resolve(page.replace(".html", "").replace('/', '-') + "-" + width + ".png");
      Files.write(file, png);
      return new Shot(file, width, pageWidth, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  private static void emulate(ChromeDriver driver, int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
  }
}
