package org.beihaiyatsushiro.checks.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.checks.publish.SiteCrawl;
import org.junit.jupiter.api.Test;

class OwnFilesOnlyTest {
  private final OwnFilesOnly check = new OwnFilesOnly();

  private List<String> findings(String fixture) {
    return check.check(Fixtures.broken(fixture), "en/page.html").stream()
        .map(Finding::message)
        .toList();
  }

  @Test
  void goodPagesPass() {
    Path good = Fixtures.good();
    for (String page : BakedSite.pages(good)) {
      assertThat(check.check(good, page)).as(page).isEmpty();
    }
  }

  @Test
  void inlineScriptIsCaught() {
    // Both the classic script and the module; the good fixture's JSON-LD data block passes.
    assertThat(findings("inline-script"))
        .containsExactly(
            "inline <script> (put the code in a file under js/)",
            "inline <script> (put the code in a file under js/)");
  }

  @Test
  void inlineStyleIsCaught() {
    // Both the <style> element and the style attribute.
    assertThat(findings("inline-style"))
        .containsExactly(
            "inline <style> (put the rules in css/site.css)", "style attribute on <p>");
  }

  @Test
  void inlineEventHandlerIsCaught() {
    assertThat(findings("inline-handler"))
        .containsExactly("inline event handler onclick=\"…\" on <button>");
  }

  /** What the site's crawl says of a fixture: a file loaded from elsewhere is its finding. */
  private static List<String> crawlProblems(String fixture) {
    return SiteCrawl.of(Fixtures.broken(fixture), "https://owner.github.io/repo/").problems();
  }

  @Test
  void externalFontInTheStylesheetIsCaughtByTheCrawl() {
    assertThat(crawlProblems("external-font"))
        .containsExactly(
            "css/site.css: css url()=\"https://fonts.example.com/hosted.woff2\": loads a file from"
                + " outside the site: every file a page loads must be in the site");
  }

  @Test
  void scriptFromACdnIsCaughtByTheCrawl() {
    assertThat(crawlProblems("cdn-script"))
        .containsExactly(
            "en/page.html: script[src]=\"https://cdn.example.com/library.min.js\": loads a file"
                + " from outside the site: every file a page loads must be in the site");
  }

  @Test
  void imageFromAnotherHostIsCaughtByTheCrawlAndMissingPolicyHere() {
    assertThat(crawlProblems("external-request"))
        .singleElement()
        .asString()
        .contains("img[src]=\"https://images.example.com/photo.jpg\": loads a file from outside");
    assertThat(findings("external-request"))
        .containsExactly("no <meta http-equiv=\"Content-Security-Policy\">");
  }

  @Test
  void missingPolicyIsCaught() {
    assertThat(findings("no-policy"))
        .containsExactly("no <meta http-equiv=\"Content-Security-Policy\">");
  }

  @Test
  void loosePolicyIsCaught() {
    assertThat(findings("loose-policy"))
        .anyMatch(f -> f.contains("lets img-src load from hosts"))
        .anyMatch(f -> f.contains("allows unsafe code for script-src-elem"))
        .anyMatch(f -> f.contains("allows inline scripts or styles"));
  }

  @Test
  void linkOutWithoutNoopenerIsCaught() {
    assertThat(findings("no-noopener"))
        .containsExactly("link out of the site without rel=\"noopener\": https://example.com/");
  }
}
