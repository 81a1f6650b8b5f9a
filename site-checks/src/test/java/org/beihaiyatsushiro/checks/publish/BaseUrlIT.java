package org.beihaiyatsushiro.checks.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.beihaiyatsushiro.checks.BakedSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The absolute addresses of the site (canonical, og:url, translations, feeds, sitemaps) come from
 * the base URL the build was given: {@code ./mvnw verify -Dsite.baseUrl=https://owner.github.io/
 * repo/} bakes them all for that address, through the JBake Maven plugin, without editing a file.
 */
class BaseUrlIT {
  private final String base = PublishedSite.baseUrl();

  @Test
  void theBaseUrlIsTheOneTheBuildWasGiven() {
    String given = System.getProperty("site.baseUrl", "");
    if (!given.isBlank()) {
      assertThat(base).isEqualTo(given.endsWith("/") ? given : given + "/");
    }
    Document front = BakedSite.page("index.html");
    assertThat(front.select("link[rel=canonical]").attr("href")).isEqualTo(base + "index.html");
  }

  @Test
  void everyPageNamesItsOwnAddressUnderTheBaseUrl() {
    for (String path : BakedSite.pages()) {
      Document page = BakedSite.page(path);
      assertThat(page.select("link[rel=canonical]").attr("href")).as(path).isEqualTo(base + path);
      assertThat(page.select("meta[property=og:url]").attr("content"))
          .as(path)
          .isEqualTo(base + path);
      for (Element alt : page.select("link[rel=alternate][hreflang]")) {
        assertThat(fileOf(alt.attr("href"))).as("%s: %s", path, alt).isNotNull();
      }
    }
  }

  @Test
  void feedsAndSitemapsUseAddressesUnderTheBaseUrlOfFilesThatExist() {
    List<String> urls = new ArrayList<>();
    for (String path : BakedSite.files()) {
      if (!path.endsWith(".xml")) {
        continue;
      }
      Document xml = Jsoup.parse(BakedSite.text(path), "", Parser.xmlParser());
      xml.select("loc, feed > id, entry > id").forEach(e -> urls.add(e.text()));
      xml.select("link[href], xhtml|link[href]").forEach(e -> urls.add(e.attr("href")));
    }
    assertThat(urls).hasSizeGreaterThan(BakedSite.pages().size());
    assertThat(urls).allSatisfy(u -> assertThat(fileOf(u)).as(u).isNotNull());
  }

  /** The site path an absolute address of the site names, if that file exists; else null. */
  private String fileOf(String url) {
    if (!url.startsWith(base)) {
      return null;
    }
    String path = url.substring(base.length());
    return Files.isRegularFile(BakedSite.ROOT.resolve(path)) ? path : null;
  }
}
