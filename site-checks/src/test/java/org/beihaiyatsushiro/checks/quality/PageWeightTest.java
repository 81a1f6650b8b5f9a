package org.beihaiyatsushiro.checks.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.checks.publish.SiteCrawl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageWeightTest {
  private static SiteCrawl crawl(Path site) {
    return SiteCrawl.of(site, "https://owner.github.io/repo/");
  }

  @Test
  void countsTheHtmlAndEachStylesheetImportAndScriptOnce() throws IOException {
    Path good = Fixtures.good();
    PageWeight.Weight weight = new PageWeight(crawl(good)).measure("en/page.html");
    assertThat(weight.files()).containsExactly("css/site.css", "css/print.css", "js/site.js");
    assertThat(weight.html()).isEqualTo(Files.size(good.resolve("en/page.html")));
    assertThat(weight.css())
        .isEqualTo(
            Files.size(good.resolve("css/site.css")) + Files.size(good.resolve("css/print.css")));
    assertThat(weight.js()).isEqualTo(Files.size(good.resolve("js/site.js")));
  }

  @Test
  void pageOverASmallBudgetIsCaught() {
    assertThat(new PageWeight(crawl(Fixtures.good()), 1000).check("en/page.html"))
        .singleElement()
        .asString()
        .contains("over the budget of 1,000 bytes");
  }

  @Test
  void pageOverTheSitesBudgetIsCaught(@TempDir Path site) throws IOException {
    Files.createDirectories(site.resolve("css"));
    Files.copy(Fixtures.good().resolve("index.html"), site.resolve("index.html"));
    Files.writeString(
        site.resolve("css/site.css"), "p{color:#111}\n".repeat((int) PageWeight.BUDGET_BYTES / 14));
    assertThat(new PageWeight(crawl(site)).check("index.html"))
        .singleElement()
        .asString()
        .contains("over the budget of " + String.format("%,d", PageWeight.BUDGET_BYTES));
    assertThat(new PageWeight(crawl(Fixtures.good())).check("index.html")).isEmpty();
  }

  @Test
  void readmeStatesTheBudgetTheCheckUses() throws IOException {
    String readme = Files.readString(BakedSite.SOURCES.resolve("README.md"));
    assertThat(readme)
        .contains(
            String.format(
                "%d KiB (%,d bytes)", PageWeight.BUDGET_BYTES / 1024, PageWeight.BUDGET_BYTES));
  }
}
