package org.beihaiyatsushiro.checks.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.checks.publish.PagesServer;
import org.beihaiyatsushiro.checks.publish.PublishedSite;
import org.beihaiyatsushiro.checks.publish.SiteCrawl;
import org.beihaiyatsushiro.checks.quality.Finding;
import org.beihaiyatsushiro.checks.site.SourceFiles;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The baked site in a real browser (Debian's headless Chromium), page by page, opened from its
 * files as an archivist or a reader of a downloaded copy would.
 */
@ExtendWith(BrowserSession.class)
class BrowserIT {
  /** Where the screenshots go: site-checks/target/screenshots. */
  private static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

  @Test
  void everyPageIsAccessibleAndSelfContained(Chromium chromium) throws IOException {
    List<String> pages = BakedSite.pages();
    assertThat(pages).contains("index.html", "404.html", "zh/index.html", "en/timeline.html");
    PageVisit visit = new PageVisit(chromium, BakedSite.ROOT);
    AccessibilityAudit axe = new AccessibilityAudit(chromium);
    List<Finding> findings = new ArrayList<>();
    long start = System.nanoTime();
    int passed = 0;
    for (String page : pages) {
      if (page.equals(SiteCrawl.NOT_FOUND_PAGE)) {
        continue; // below, as the server shows it
      }
      findings.addAll(visit.open(page));
      AccessibilityAudit.Result result = axe.run(page);
      findings.addAll(result.violations());
      // The audit ran axe's script in the page: the page's policy must not have objected.
      findings.addAll(visit.refusalsSinceOpened(page));
      passed += result.passed();
      result
          .toReview()
          .forEach(r -> System.out.println("  axe, to review by a person: " + page + ": " + r));
    }
    // The 404 page refers to files by the base URL's path, so it works at any depth on GitHub
    // Pages: it is checked as a reader meets it there, served for a missing page two folders down.
    try (PagesServer server = PagesServer.serve(BakedSite.ROOT, PublishedSite.basePath())) {
      PageVisit served = new PageVisit(chromium, server.siteRoot());
      String missing = "a/b/missing.html";
      findings.addAll(served.openNotFound(missing));
      AccessibilityAudit.Result result = axe.run(SiteCrawl.NOT_FOUND_PAGE + " at " + missing);
      findings.addAll(result.violations());
      findings.addAll(served.refusalsSinceOpened(missing));
      passed += result.passed();
    }
    System.out.printf(
        "Browser: %d pages opened and audited by axe-core (%s) in %.1f s; %d rule passes,"
            + " %d findings%n",
        pages.size(),
        AccessibilityAudit.WCAG_22_AA,
        (System.nanoTime() - start) / 1e9,
        passed,
        findings.size());
    assertThat(passed).as("axe-core really ran its rules").isPositive();
    assertThat(findings).as("accessibility, console errors, requests leaving the site").isEmpty();
  }

  @Test
  void languageSwitcherWorksByKeyboard(Chromium chromium) {
    PageVisit visit = new PageVisit(chromium, BakedSite.ROOT);
    KeyboardWalk walk = new KeyboardWalk(chromium, visit);
    List<Finding> findings = new ArrayList<>();
    int walks = 0;
    long start = System.nanoTime();
    for (String page : BakedSite.pages()) {
      for (Element link : BakedSite.page(page).select("nav.lang-switch a[hreflang]")) {
        findings.addAll(walk.switchLanguage(page, link.attr("hreflang")));
        walks++;
      }
    }
    System.out.printf(
        "Keyboard: %d language switches by Tab and Enter in %.1f s%n",
        walks, (System.nanoTime() - start) / 1e9);
    assertThat(walks).as("switcher links walked").isGreaterThanOrEqualTo(6);
    assertThat(findings).as("language switcher by keyboard").isEmpty();
  }

  /**
   * Chinese and Japanese text the bake broke between phrases ({@code .phrased}) keeps its phrases
   * whole in the browser, inside its links and spans too: every element of it in those languages
   * breaks only at the bake's {@code <wbr>} (word-break keep-all, or auto-phrase for a Japanese
   * heading: the browser's own phrases, which it finds in Japanese only, so auto-phrase on Chinese
   * text breaks it anywhere). A rule setting word-break on every Chinese element once cut 邦交正常化
   * inside a link.
   */
  @Test
  void phrasedTextKeepsItsPhrasesInsideLinksAndSpans(Chromium chromium) {
    PageVisit visit = new PageVisit(chromium, BakedSite.ROOT);
    String script =
        "return [...document.querySelectorAll('.phrased, .phrased *')].filter(e => {"
            + " const lang = (e.closest('[lang]') || document.documentElement).lang.toLowerCase();"
            + " const cjk = (lang.startsWith('zh') || lang.startsWith('ja'))"
            + " && !lang.includes('latn');"
            + " const wordBreak = getComputedStyle(e).wordBreak;"
            + " const kept = wordBreak === 'keep-all'"
            + " || (wordBreak === 'auto-phrase' && lang.startsWith('ja'));"
            + " return cjk && e.textContent.trim() !== '' && !kept;"
            + "}).map(e => e.tagName.toLowerCase() + ' \\u201c' + e.textContent.trim().slice(0, 20)"
            + " + '\\u201d: word-break ' + getComputedStyle(e).wordBreak);";
    List<String> findings = new ArrayList<>();
    int pages = 0;
    for (String page : BakedSite.pages()) {
      if (!page.startsWith("zh/") && !page.startsWith("ja/")) {
        continue;
      }
      visit.open(page);
      @SuppressWarnings("unchecked")
      List<Object> broken = (List<Object>) chromium.driver().executeScript(script);
      broken.forEach(b -> findings.add(page + ": " + b));
      pages++;
    }
    assertThat(pages).as("Chinese and Japanese pages opened").isGreaterThanOrEqualTo(6);
    assertThat(findings).as("phrased text that may break inside a phrase").isEmpty();
  }

  @Test
  void yearIndexMovesFocusToTheYear(Chromium chromium) {
    List<String> timelines =
        SourceFiles.TAG_OF_FOLDER.keySet().stream()
            .sorted()
            .map(f -> f + "/timeline.html")
            .toList();
    PageVisit visit = new PageVisit(chromium, BakedSite.ROOT);
    KeyboardWalk walk = new KeyboardWalk(chromium, visit);
    List<Finding> findings = new ArrayList<>();
    for (String page : timelines) {
      findings.addAll(walk.yearIndex(page));
    }
    assertThat(findings).as("year index by keyboard").isEmpty();
  }

  @Test
  void screenshotsAtPhoneAndDesktopWidths(Chromium chromium) throws IOException {
    PageVisit visit = new PageVisit(chromium, BakedSite.ROOT);
    Screenshots screenshots = new Screenshots(chromium, visit, SCREENSHOTS);
    List<Finding> findings = new ArrayList<>();
    int taken = 0;
    for (String folder : List.of("zh", "ja", "en")) {
      for (String name : List.of("index.html", "timeline.html", "beihai.html")) {
        String page = folder + "/" + name;
        for (int width : List.of(360, 1280)) {
          Screenshots.Shot shot = screenshots.take(page, width);
          BufferedImage image = ImageIO.read(shot.file().toFile());
          assertThat(image.getWidth()).as(shot.file() + " width").isEqualTo(width);
          if (shot.pageWidth() > width) {
            findings.add(
                new Finding(
                    page,
                    "at "
                        + width
                        + " px wide the page is "
                        + shot.pageWidth()
                        + " px wide: readers must scroll sideways"));
          }
          taken++;
        }
      }
    }
    System.out.println("Screenshots: " + taken + " in " + SCREENSHOTS);
    assertThat(findings).as("pages wider than the screen").isEmpty();
  }
}
