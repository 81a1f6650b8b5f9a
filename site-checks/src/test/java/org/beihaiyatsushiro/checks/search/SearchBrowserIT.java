package org.beihaiyatsushiro.checks.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.checks.browser.BrowserSession;
import org.beihaiyatsushiro.checks.browser.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search as a reader uses it: the baked site opened from disk (file://, as archivists keep it) in
 * headless Chromium, with the site's own Content-Security-Policy in force.
 */
@ExtendWith(BrowserSession.class)
class SearchBrowserIT {
  private static final List<String> QUERIES =
      List.of("北海", "并驾齐驱", "並駕斉駆", "海", "the", "yatsushiro", "mask", "1996");
  private static final int RUNS = 9;
  private static ChromeDriver browser;

  /**
   * The test run's one Chromium (checks.browser.BrowserSession): each test is skipped (or failed in
   * CI) without a browser.
   */
  @BeforeEach
  void useBrowser(Chromium chromium) {
    browser = chromium.driver();
  }

  @ParameterizedTest(name = "{0}: “{1}” finds {2}")
  @CsvSource({
    "zh, 北海, zh/beihai.html",
    "zh, 并驾齐驱, zh/sister-cities.html",
    "zh, 口罩, zh/masks-2020.html",
    "ja, 北海, ja/beihai.html",
    "ja, 並駕斉駆, ja/sister-cities.html",
    "ja, ﾀﾂﾉｵﾄｼｺﾞ, ja/sister-cities.html",
    "en, Beihai, en/beihai.html",
    "en, seahorse statues, en/sister-cities.html",
    "en, ＭＡＳＫＳ, en/masks-2020.html"
  })
  void findsKnownArticlesForKnownQueriesFromDisk(String lang, String query, String expected) {
    open(lang + "/search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    List<String> found = resultPages();
    assertThat(found).as("results of “%s”", query).contains(page(expected));
    assertThat(browser.findElement(By.id("search-query")).getDomProperty("value")).isEqualTo(query);
    assertThat(
            browser.findElements(By.cssSelector("ol.search-results > li > a + p.search-snippet")))
        .hasSameSizeAs(found);
  }

  @ParameterizedTest(name = "{0}: “{1}” is marked in the snippet")
  @CsvSource({"zh, 并驾齐驱", "ja, 並駕斉駆", "zh, 北海", "en, Seahorse"})
  void marksTheWordsFound(String lang, String query) {
    open(lang + "/search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    resultPages();
    List<String> marks =
        browser.findElements(By.cssSelector("ol.search-results p.search-snippet mark")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(marks).isNotEmpty();
    assertThat(marks).allSatisfy(m -> assertThat(m.toLowerCase()).contains(query.toLowerCase()));
  }

  @Test
  void withJavaScriptTheFormShowsAndTheNoScriptMessageHides() {
    open("en/search.html");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.findElement(By.id("search-status")).getText().isBlank());
    assertThat(browser.findElement(By.cssSelector("p.search-noscript")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.cssSelector("form.search-form")).isDisplayed()).isTrue();
    assertThat(browser.findElements(By.cssSelector("ol.search-results > li"))).isEmpty();
  }

  @Test
  void theSearchBoxOfAnArticleLeadsToResultsInItsLanguage() {
    open("zh/beihai.html");
    WebElement box = browser.findElement(By.cssSelector("form.site-search input[type=search]"));
    box.sendKeys("八代");
    box.submit();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().contains("zh/search.html?q="));
    assertThat(resultPages()).contains(page("zh/yatsushiro.html"));
  }

  @Test
  void onRequestFindsResultsInAllThreeLanguagesWithoutBreakingThePolicy() {
    open("en/search.html?q=" + URLEncoder.encode("八代", StandardCharsets.UTF_8));
    resultPages();
    browser.executeScript(
        "window.cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation',"
            + " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
    browser.findElement(By.id("search-all")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            d ->
                !d.findElements(By.cssSelector("ol.search-results > li[lang=ja]")).isEmpty()
                    && !d.findElements(By.cssSelector("ol.search-results > li[lang=zh-Hans]"))
                        .isEmpty());
    assertThat(resultPages()).contains(page("zh/yatsushiro.html"), page("ja/yatsushiro.html"));
    assertThat((List<?>) browser.executeScript("return window.cspViolations;")).isEmpty();
  }

  @Test
  void whenNothingIsFoundTheOtherLanguagesAreOfferedAndFindIt() {
    // Katakana the Chinese pages do not have; the Japanese ones do.
    open("zh/search.html?q=" + URLEncoder.encode("タツノオトシゴ", StandardCharsets.UTF_8));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.id("search-elsewhere")).isDisplayed());
    assertThat(browser.findElements(By.cssSelector("ol.search-results > li"))).isEmpty();
    WebElement offer = browser.findElement(By.cssSelector("#search-elsewhere a"));
    assertThat(offer.getText()).contains("タツノオトシゴ").contains("日文");
    assertThat(offer.getDomProperty("href")).contains("all=1");

    offer.click();
    assertThat(resultPages()).contains(page("ja/sister-cities.html"));
    assertThat(browser.findElement(By.id("search-all")).isSelected()).isTrue();
    assertThat(browser.findElement(By.id("search-elsewhere")).isDisplayed()).isFalse();
  }

  @Test
  void aPluralFindsWhatItsSingularFinds() {
    open("en/search.html?q=seahorses");
    List<String> plural = resultPages();
    open("en/search.html?q=seahorse");
    assertThat(resultPages()).isEqualTo(plural);
  }

  @Test
  void aQueryOverTheWholeSiteAnswersWithin50Milliseconds() {
    open("zh/search.html?all=1");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            d ->
                Boolean.TRUE.equals(
                    browser.executeScript(
                        "const i = window.SiteSearchIndex;"
                            + " return !!(i && i.zh && i.ja && i.en);")));
    browser.executeCdpCommand("Performance.enable", Map.of("timeDomain", "threadTicks"));
    Map<String, String> figures = new LinkedHashMap<>();
    for (String query : QUERIES) {
      double before = mainThreadSeconds();
      @SuppressWarnings("unchecked")
      List<Number> wall =
          (List<Number>)
              browser.executeScript(
                  "const input = document.getElementById('search-query');"
                      + "const times = [];"
                      + "for (let i = 0; i < "
                      + RUNS
                      + "; i++) {"
                      + "  input.value = i % 2 ? arguments[0] : arguments[0] + ' ';"
                      + "  const start = performance.now();"
                      + "  input.dispatchEvent(new Event('input'));"
                      + "  document.body.offsetHeight;"
                      + "  times.push(performance.now() - start);"
                      + "}"
                      + "return times.sort((a, b) => a - b);",
                  query);
      double cpuMs = (mainThreadSeconds() - before) * 1000 / RUNS;
      double wallMs = wall.get(RUNS / 2).doubleValue();
      figures.put(query, String.format("%.1f ms main-thread time, %.1f ms wall", cpuMs, wallMs));
      assertThat(cpuMs)
          .as("“%s”: main-thread time of one answer, search to laid-out results", query)
          .isLessThan(50);
    }
    System.out.println(
        "Search in headless Chromium over all three languages (per answer): " + figures);
  }

  /** The renderer main thread's time so far (CDP Performance.getMetrics, ThreadTime). */
  private static double mainThreadSeconds() {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> metrics =
        (List<Map<String, Object>>)
            browser.executeCdpCommand("Performance.getMetrics", Map.of()).get("metrics");
    return metrics.stream()
        .filter(m -> "ThreadTime".equals(m.get("name")))
        .map(m -> ((Number) m.get("value")).doubleValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError("Chromium reports no ThreadTime metric: " + metrics));
  }

  private static void open(String sitePathAndQuery) {
    browser.get(BakedSite.ROOT.toUri() + sitePathAndQuery);
  }

  private static String page(String sitePath) {
    return BakedSite.ROOT.resolve(sitePath).toUri().toString();
  }

  /** Waits for the search to answer, then lists the pages the results link to, in order. */
  private static List<String> resultPages() {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector("ol.search-results > li > a")).isEmpty());
    return browser.findElements(By.cssSelector("ol.search-results > li > a")).stream()
        .map(a -> a.getDomProperty("href").replaceFirst("#.*$", ""))
        .toList();
  }
}
