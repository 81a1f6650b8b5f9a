package org.beihaiyatsushiro.checks.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.beihaiyatsushiro.checks.BakedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What the design promises a reader of the baked site: each home page opens with the occasion, the
 * city pages show their facts beside the text, every article sets off the jade-and-orchid line, and
 * a printed page ends with its full address instead of relative link addresses in its sentences.
 */
class CommemorativePagesIT {
  /** The articles whose key names a city with a fact box. */
  private static final Set<String> CITY_PAGES = Set.of("beihai.html", "yatsushiro.html");

  @Test
  void eachHomePageOpensWithTheOccasion() {
    for (String folder : SourceFiles.TAG_OF_FOLDER.keySet()) {
      Document home = BakedSite.page(folder + "/index.html");
      Element first = home.selectFirst("main > *");
      assertThat(first).as(folder + "/index.html has content").isNotNull();
      assertThat(first.text())
          .as("the first thing on " + folder + "/index.html: the years of the anniversary")
          .contains("1972")
          .contains("2022")
          .contains("50");
      assertThat(first.select(".occasion-city").eachText())
          .as("the two cities' names, on " + folder + "/index.html")
          .hasSize(2);
    }
  }

  @Test
  void eachCityPageShowsItsFactsBesideTheText() {
    for (String folder : SourceFiles.TAG_OF_FOLDER.keySet()) {
      for (String page : CITY_PAGES) {
        Document doc = BakedSite.page(folder + "/" + page);
        Element box = doc.selectFirst("article aside .fact-box");
        assertThat(box).as(folder + "/" + page + " has a fact box").isNotNull();
        assertThat(box.select("dt"))
            .hasSize(box.select("dd").size())
            .hasSizeGreaterThanOrEqualTo(4);
        assertThat(box.select("dd").eachText()).allSatisfy(v -> assertThat(v).isNotBlank());
        assertThat(box.text())
            .as("the year of the tie, on " + folder + "/" + page)
            .contains("1996");
      }
    }
  }

  @Test
  void everyArticleSetsOffTheJadeAndOrchidLineAndOnlyCityPagesHaveAFactBox() {
    List<String> articles =
        BakedSite.pages().stream()
            .filter(p -> BakedSite.page(p).body().hasClass("page-article"))
            .toList();
    assertThat(articles).isNotEmpty();
    for (String path : articles) {
      Document doc = BakedSite.page(path);
      assertThat(doc.select("article aside blockquote").text())
          .as(path + ": the jade-and-orchid line")
          .isNotBlank();
      boolean city = CITY_PAGES.contains(path.substring(path.indexOf('/') + 1));
      assertThat(doc.select(".fact-box").isEmpty())
          .as(path + ": a fact box only on a city page")
          .isEqualTo(!city);
    }
  }

  @Test
  void aPrintedPageEndsWithItsFullAddressNotRelativeOnes() {
    for (String path : BakedSite.pages()) {
      Document doc = BakedSite.page(path);
      if (doc.body().hasClass("page-notfound")) {
        continue; // shown at any missing address, so it has no address of its own to print
      }
      Element canonical = doc.selectFirst("link[rel=canonical]");
      Element address = doc.selectFirst("main > .print-address:last-child");
      assertThat(address).as(path + " ends its content with its address for print").isNotNull();
      assertThat(address.text()).as(path).contains(canonical.attr("href"));
      assertThat(canonical.attr("href")).startsWith("http");
    }
    assertThat(BakedSite.text("css/site.css"))
        .as("no link's relative address is printed after it (paper cannot follow it)")
        .doesNotContain("attr(href)");
  }
}
