package org.beihaiyatsushiro.checks.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.beihaiyatsushiro.checks.BakedSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlValidityFixturesIT {
  private static HtmlValidity checker;

  @BeforeAll
  static void loadChecker() {
    checker = new HtmlValidity();
  }

  @Test
  void goodPagesHaveNoErrors() {
    Path good = Fixtures.good();
    List<String> pages = BakedSite.pages(good);
    assertThat(pages).hasSizeGreaterThanOrEqualTo(7);
    for (String page : pages) {
      assertThat(checker.check(good, page).errors()).as(page).isEmpty();
    }
  }

  @Test
  void invalidPageHasErrorsWithLines() {
    HtmlValidity.Report report = checker.check(Fixtures.broken("invalid-html"), "en/page.html");
    assertThat(report.errors())
        .extracting(Finding::toString)
        .anyMatch(e -> e.startsWith("en/page.html: line 12: ") && e.contains("Duplicate ID"))
        .anyMatch(e -> e.contains("“p” end tag"));
  }

  @Test
  void imageWithoutAltIsAnError() {
    HtmlValidity.Report report = checker.check(Fixtures.broken("missing-alt"), "en/page.html");
    assertThat(report.errors()).extracting(Finding::message).anyMatch(e -> e.contains("alt"));
  }

  @Test
  void checkerIsReusedAcrossPagesWithoutCarryingOver() {
    checker.check(Fixtures.broken("invalid-html"), "en/page.html");
    assertThat(checker.check(Fixtures.good(), "en/page.html").errors()).isEmpty();
  }
}
