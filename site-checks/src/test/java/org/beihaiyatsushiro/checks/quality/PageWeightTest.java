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
    assertThat(weight.files())
        .containsExactly("css/site.css", "css/print.css", "js/site.js", "img/mark.svg");
    assertThat(weight.pictures()).isEqualTo(Files.size(good.resolve("img/mark.svg")));
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

  @Test
  void picturesCountTheFileA1280PixelScreenLoads(@TempDir Path site) throws IOException {
    Files.createDirectories(site.resolve("images"));
    for (int w : new int[] {480, 960, 1440}) {
      Files.write(site.resolve("images/a-" + w + ".webp"), new byte[w]);
      Files.write(site.resolve("images/a-" + w + ".jpg"), new byte[2 * w]);
    }
    Files.write(site.resolve("images/map.svg"), new byte[100]);
    String sizes = "(min-width: 42rem) 40rem, 100vw";
    Files.writeString(
        site.resolve("index.html"),
        "<!DOCTYPE html><html lang=\"en\"><title>x</title><figure><picture><source"
            + " type=\"image/webp\" srcset=\"images/a-480.webp 480w, images/a-960.webp 960w,"
            + " images/a-1440.webp 1440w\" sizes=\""
            + sizes
            + "\"><img src=\"images/a-960.jpg\" srcset=\"images/a-480.jpg 480w,"
            + " images/a-960.jpg 960w, images/a-1440.jpg 1440w\" sizes=\""
            + sizes
            + "\" alt=\"a\"></picture></figure><img src=\"images/map.svg\" alt=\"m\">");
    PageWeight.Weight weight = new PageWeight(crawl(site)).measure("index.html");
    assertThat(weight.pictures()).isEqualTo(960 + 100);
    assertThat(weight.files()).containsExactly("images/a-960.webp", "images/map.svg");
    assertThat(new PageWeight(crawl(site)).check("index.html")).isEmpty();

    Files.write(site.resolve("images/a-960.webp"), new byte[(int) PageWeight.PICTURE_BUDGET_BYTES]);
    assertThat(new PageWeight(crawl(site)).check("index.html"))
        .singleElement()
        .asString()
        .contains(
            "its pictures weigh 1,048,676 bytes on a 1280 px screen, over the budget of 1,048,576"
                + " bytes");
  }

  @Test
  void theSlotOfAPictureFollowsItsSizes() {
    assertThat(ScreenPictures.slot("(min-width: 42rem) 40rem, 100vw", 1280)).isEqualTo(640);
    assertThat(ScreenPictures.slot("(min-width: 42rem) 40rem, 100vw", 360)).isEqualTo(360);
    assertThat(ScreenPictures.slot("", 1280)).isEqualTo(1280);
  }

  @Test
  void readmeStatesThePictureBudgetTheCheckUses() throws IOException {
    String readme = Files.readString(BakedSite.SOURCES.resolve("README.md"));
    assertThat(readme)
        .contains(
            String.format(
                "%d MiB (%,d bytes)",
                PageWeight.PICTURE_BUDGET_BYTES / (1024 * 1024), PageWeight.PICTURE_BUDGET_BYTES));
  }
}
