package org.beihaiyatsushiro.checks.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.beihaiyatsushiro.checks.quality.Finding;
import org.beihaiyatsushiro.checks.quality.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The browser checks on the fixture sites: quiet on the good one, loud on each broken one. */
@ExtendWith(BrowserSession.class)
class BrowserChecksIT {
  private static List<String> messages(List<Finding> findings) {
    return findings.stream().map(Finding::message).toList();
  }

  /** Opens, audits and re-reads the logs, as the check of the real site does. */
  private static List<Finding> visitAndAudit(Chromium chromium, Path root, String page) {
    PageVisit visit = new PageVisit(chromium, root);
    List<Finding> findings = new ArrayList<>(visit.open(page));
    findings.addAll(new AccessibilityAudit(chromium).run(page).violations());
    findings.addAll(visit.refusalsSinceOpened(page));
    return findings;
  }

  @Test
  void goodPagesPassUnderTheirStrictPolicy(Chromium chromium) {
    Path good = Fixtures.good();
    for (String page : List.of("index.html", "en/page.html", "ja/page.html", "en/timeline.html")) {
      assertThat(visitAndAudit(chromium, good, page)).as(page).isEmpty();
    }
    // The policy's 'self' lets file: pages load the site's stylesheet and script.
    new PageVisit(chromium, good).open("en/page.html");
    Object js =
        chromium.driver().executeScript("return document.documentElement.classList.contains('js')");
    Object font =
        chromium.driver().executeScript("return getComputedStyle(document.body).fontFamily");
    assertThat(js).as("js/site.js ran").isEqualTo(true);
    assertThat(font).as("css/site.css applied").isEqualTo("sans-serif");
  }

  @Test
  void axeRunsUnderThePolicyAndReportsPasses(Chromium chromium) {
    new PageVisit(chromium, Fixtures.good()).open("en/page.html");
    AccessibilityAudit.Result result = new AccessibilityAudit(chromium).run("en/page.html");
    assertThat(result.violations()).isEmpty();
    assertThat(result.passed()).isGreaterThan(5);
  }

  @Test
  void missingAltIsAnAxeViolation(Chromium chromium) {
    assertThat(messages(visitAndAudit(chromium, Fixtures.broken("missing-alt"), "en/page.html")))
        .singleElement()
        .asString()
        .startsWith("axe image-alt (critical)");
  }

  @Test
  void failingScriptIsAConsoleError(Chromium chromium) {
    assertThat(
            messages(
                new PageVisit(chromium, Fixtures.broken("console-error")).open("en/page.html")))
        .singleElement()
        .asString()
        .contains("console error", "fixture: this script fails");
  }

  @Test
  void inlineScriptIsRefusedByThePolicy(Chromium chromium) {
    assertThat(
            messages(
                new PageVisit(chromium, Fixtures.broken("inline-script")).open("en/page.html")))
        .hasSize(2)
        .allMatch(m -> m.contains("Content Security Policy") && m.contains("inline script"));
  }

  @Test
  void externalFontIsRefusedByThePolicy(Chromium chromium) {
    assertThat(
            messages(
                new PageVisit(chromium, Fixtures.broken("external-font")).open("en/page.html")))
        .anyMatch(m -> m.contains("fonts.example.com") && m.contains("Content Security Policy"));
  }

  @Test
  void requestLeavingTheSiteIsCaught(Chromium chromium) {
    // No policy on this page, so the browser tries; no host name resolves in the checks' browser.
    assertThat(
            messages(
                new PageVisit(chromium, Fixtures.broken("external-request")).open("en/page.html")))
        .contains("request that leaves the site: https://images.example.com/photo.jpg");
  }

  @Test
  void switcherByKeyboardLandsOnTheTranslation(Chromium chromium) {
    Path good = Fixtures.good();
    KeyboardWalk walk = new KeyboardWalk(chromium, new PageVisit(chromium, good));
    assertThat(walk.switchLanguage("en/page.html", "ja")).isEmpty();
    assertThat(walk.switchLanguage("ja/page.html", "zh-Hans")).isEmpty();
  }

  @Test
  void switcherLeadingElsewhereIsCaught(Chromium chromium) {
    Path broken = Fixtures.broken("keyboard");
    KeyboardWalk walk = new KeyboardWalk(chromium, new PageVisit(chromium, broken));
    assertThat(messages(walk.switchLanguage("en/page.html", "ja")))
        .singleElement()
        .asString()
        .contains("lands on", "ja/other.html", "not", "ja/page.html");
  }

  @Test
  void switcherWithoutTheLinkIsCaught(Chromium chromium) {
    KeyboardWalk walk = new KeyboardWalk(chromium, new PageVisit(chromium, Fixtures.good()));
    assertThat(messages(walk.switchLanguage("en/page.html", "en")))
        .singleElement()
        .asString()
        .contains("Tab never reaches");
  }

  @Test
  void yearIndexMovesFocusToTheYear(Chromium chromium) {
    KeyboardWalk walk = new KeyboardWalk(chromium, new PageVisit(chromium, Fixtures.good()));
    assertThat(walk.yearIndex("en/timeline.html")).isEmpty();
  }

  @Test
  void yearHeadingThatCannotTakeFocusIsCaught(Chromium chromium) {
    KeyboardWalk walk =
        new KeyboardWalk(chromium, new PageVisit(chromium, Fixtures.broken("keyboard")));
    assertThat(messages(walk.yearIndex("en/timeline.html")))
        .containsExactly(
            "the year index link #y1973 leads to no li#y1973 > .timeline-year-heading",
            "the year heading li#y1996 > .timeline-year-heading has no tabindex=\"-1\"");
  }

  @Test
  void pageWithoutYearIndexIsCaught(Chromium chromium) {
    KeyboardWalk walk = new KeyboardWalk(chromium, new PageVisit(chromium, Fixtures.good()));
    assertThat(messages(walk.yearIndex("en/page.html")))
        .containsExactly("no year index (.year-index with links to #y<year>)");
  }

  @Test
  void screenshotHasTheWidthAsked(Chromium chromium, @TempDir Path folder) throws IOException {
    Screenshots screenshots =
        new Screenshots(chromium, new PageVisit(chromium, Fixtures.good()), folder);
    Screenshots.Shot shot = screenshots.take("en/page.html", 360);
    BufferedImage image = ImageIO.read(shot.file().toFile());
    assertThat(shot.file().getFileName()).hasToString("en-page-360.png");
    assertThat(image.getWidth()).isEqualTo(360);
    assertThat(shot.pageWidth()).isLessThanOrEqualTo(360);
  }
}
