package org.beihaiyatsushiro.checks.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.beihaiyatsushiro.checks.quality.Finding;
import org.beihaiyatsushiro.checks.site.SourceFiles;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader without a mouse: Tab from the top of the page to a link, Enter, and see where the page
 * and the keyboard focus end up. Used for the language switcher (it must lead to the same page in
 * the other language) and the timeline's year index (it must move the focus to the year).
 */
public final class KeyboardWalk {
  /** More Tab presses than any page of the site has links before the one sought. */
  private static final int MAX_TABS = 150;

  private final Chromium chromium;
  private final PageVisit visit;

  /** Walks pages of the site that visit opens. */
  public KeyboardWalk(Chromium chromium, PageVisit visit) {
    this.chromium = Objects.requireNonNull(chromium, "chromium");
    this.visit = Objects.requireNonNull(visit, "visit");
  }

  /**
   * From a page in a language folder, Tab to its language switcher's link to another language and
   * press Enter: the browser must show the same page in that language.
   *
   * @param page a page in a language folder, like en/beihai.html
   * @param tag the language to switch to, like ja
   */
  public List<Finding> switchLanguage(String page, String tag) {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(tag, "tag");
    int slash = page.indexOf('/');
    String folder =
        SourceFiles.TAG_OF_FOLDER.entrySet().stream()
            .filter(e -> e.getValue().equals(tag))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("not a language of the site: " + tag));
    String expected = visit.url(folder + page.substring(slash));
    List<Finding> findings = new ArrayList<>();
    visit.open(page);
    String link = "nav.lang-switch a[hreflang=\"" + tag + "\"]";
    if (!tabTo(link)) {
      findings.add(new Finding(page, "Tab never reaches the language switcher's link " + link));
      return findings;
    }
    String before = driver().getCurrentUrl();
    pressEnter();
    waitForUrlOtherThan(before);
    String landed = withoutFragment(driver().getCurrentUrl());
    if (!landed.equals(expected)) {
      findings.add(
          new Finding(
              page,
              "Enter on the switcher's " + tag + " link lands on " + landed + ", not " + expected));
    }
    Object lang = driver().executeScript("return document.documentElement.lang");
    if (!tag.equals(lang)) {
      findings.add(
          new Finding(
              page, "the " + tag + " link of the switcher leads to a page in lang " + lang));
    }
    return findings;
  }

  /**
   * On a timeline page, for each link of the year index: Tab to it and press Enter. The browser
   * must go to the year (li#y&lt;year&gt;, whose .timeline-year-heading carries tabindex="-1" as
   * the timeline's markup promises) and the keyboard must go on from there: either the heading has
   * the focus, or (as Chromium does: it moves only the starting point of sequential focus
   * navigation to the target) the next Tab reaches the first focusable element after the heading.
   *
   * @param page a timeline page
   */
  public List<Finding> yearIndex(String page) {
    Objects.requireNonNull(page, "page");
    List<Finding> findings = new ArrayList<>();
    visit.open(page);
    @SuppressWarnings("unchecked")
    List<String> targets =
        (List<String>)
            driver()
                .executeScript(
                    "return Array.from(document.querySelectorAll('.year-index a[href^=\"#y\"]'))"
                        + ".map(a => a.getAttribute('href'))");
    if (targets.isEmpty()) {
      findings.add(new Finding(page, "no year index (.year-index with links to #y<year>)"));
      return findings;
    }
    for (String href : targets) {
      visit.open(page);
      String link = ".year-index a[href=\"" + href + "\"]";
      if (!tabTo(link)) {
        findings.add(new Finding(page, "Tab never reaches the year index link " + href));
        continue;
      }
      pressEnter();
      if (!waitFor("return location.hash === arguments[0]", href)) {
        findings.add(new Finding(page, "Enter on the year index link " + href + " goes nowhere"));
        continue;
      }
      String selector = "li" + href + " > .timeline-year-heading";
      WebElement heading =
          driver().findElements(By.cssSelector(selector)).stream().findFirst().orElse(null);
      if (heading == null) {
        findings.add(new Finding(page, "the year index link " + href + " leads to no " + selector));
        continue;
      }
      if (!"-1".equals(heading.getDomAttribute("tabindex"))) {
        findings.add(new Finding(page, "the year heading " + selector + " has no tabindex=\"-1\""));
      }
      if (heading.equals(driver().switchTo().activeElement())) {
        continue;
      }
      WebElement next = (WebElement) driver().executeScript(FIRST_FOCUSABLE_AFTER, heading);
      if (next == null) {
        continue; // nothing to Tab to after this year: the browser would wrap to the top
      }
      new Actions(driver()).sendKeys(Keys.TAB).perform();
      WebElement focused = driver().switchTo().activeElement();
      if (!next.equals(focused)) {
        findings.add(
            new Finding(
                page,
                "after Enter on the year index link "
                    + href
                    + ", Tab goes to "
                    + describe(focused)
                    + ", not on from the year to "
                    + describe(next)));
      }
    }
    return findings;
  }

  /** The first element after arguments[0] in document order that Tab can reach, or null. */
  private static final String FIRST_FOCUSABLE_AFTER =
      "const from = arguments[0];"
          + "const all = document.querySelectorAll('a[href], button:not([disabled]),"
          + " input:not([disabled]):not([type=hidden]), select:not([disabled]),"
          + " textarea:not([disabled]), summary, [tabindex]:not([tabindex=\"-1\"])');"
          + "for (const e of all) {"
          + "  if (from.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING"
          + "      && !from.contains(e) && e.getClientRects().length > 0) { return e; }"
          + "}"
          + "return null;";

  private String describe(WebElement e) {
    return (String)
        driver()
            .executeScript(
                "const e = arguments[0];"
                    + "return '<' + e.tagName.toLowerCase() + (e.id ? ' id=' + e.id : '')"
                    + " + (e.getAttribute('href') ? ' href=' + e.getAttribute('href') : '') + '>'",
                e);
  }

  /** Presses Tab from the top of the page until the element matching the selector has focus. */
  private boolean tabTo(String selector) {
    for (int i = 0; i < MAX_TABS; i++) {
      new Actions(driver()).sendKeys(Keys.TAB).perform();
      Boolean there =
          (Boolean)
              driver()
                  .executeScript(
                      "const e = document.querySelector(arguments[0]);"
                          + "return e !== null && document.activeElement === e",
                      selector);
      if (Boolean.TRUE.equals(there)) {
        return true;
      }
    }
    return false;
  }

  /** Waits a little for a script's condition to hold, as the browser may act in a later task. */
  private boolean waitFor(String script, Object argument) {
    try {
      return new WebDriverWait(driver(), Duration.ofSeconds(2))
          .until(d -> Boolean.TRUE.equals(driver().executeScript(script, argument)));
    } catch (TimeoutException e) {
      return false;
    }
  }

  private void pressEnter() {
    new Actions(driver()).sendKeys(Keys.ENTER).perform();
  }

  private void waitForUrlOtherThan(String url) {
    try {
      new WebDriverWait(driver(), Duration.ofSeconds(5))
          .until(d -> !url.equals(d.getCurrentUrl()) && isLoaded());
    } catch (TimeoutException e) {
      // Stayed on the page: the caller reports where the browser is.
    }
  }

  private boolean isLoaded() {
    return "complete".equals(driver().executeScript("return document.readyState"));
  }

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  private ChromeDriver driver() {
    return chromium.driver();
  }
}
