package org.beihaiyatsushiro.checks.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.beihaiyatsushiro.checks.BakedSite;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The sitemap index at the root lists every sitemap, and the sitemaps together list every page a
 * reader can reach (all but the 404 page), each with the same alternates as the page's own hreflang
 * links.
 */
class SitemapsIT {
  private static final String SM = XmlFiles.SITEMAP;

  private static List<String> sitemapsOfIndex() {
    Element index = XmlFiles.parse("sitemap.xml").getDocumentElement();
    assertThat(index.getNamespaceURI()).isEqualTo(SM);
    assertThat(index.getLocalName()).isEqualTo("sitemapindex");
    List<String> out = new ArrayList<>();
    for (Element sitemap : XmlFiles.children(index, SM, "sitemap")) {
      out.add(XmlFiles.text(sitemap, SM, "loc", "sitemap.xml"));
    }
    return out;
  }

  @Test
  void theIndexListsEverySitemapOfTheSite() {
    List<String> listed = sitemapsOfIndex();
    for (String url : listed) {
      assertThat(SiteUrls.exists(url)).as(url + " exists").isTrue();
    }
    List<String> sitemapFiles =
        BakedSite.files().stream()
            .filter(f -> f.endsWith("sitemap.xml") || f.matches("sitemap-.*\\.xml"))
            .filter(f -> !f.equals("sitemap.xml"))
            .map(SiteUrls::of)
            .toList();
    assertThat(listed).containsExactlyInAnyOrderElementsOf(sitemapFiles);
    for (String folder : SourceFiles.TAG_OF_FOLDER.keySet()) {
      assertThat(listed).contains(SiteUrls.of(folder + "/sitemap.xml"));
    }
  }

  @Test
  void theSitemapsListEveryPageButThe404OnceWithItsAlternates() {
    Map<String, Map<String, String>> urls = new TreeMap<>();
    for (String sitemapUrl : sitemapsOfIndex()) {
      String path = SiteUrls.pathOf(sitemapUrl).orElseThrow();
      Element urlset = XmlFiles.parse(path).getDocumentElement();
      assertThat(urlset.getLocalName()).as(path).isEqualTo("urlset");
      assertThat(urlset.getNamespaceURI()).as(path).isEqualTo(SM);
      for (Element url : XmlFiles.children(urlset, SM, "url")) {
        String loc = XmlFiles.text(url, SM, "loc", path);
        Map<String, String> alternates = new TreeMap<>();
        for (Element link : XmlFiles.children(url, XmlFiles.XHTML, "link")) {
          assertThat(link.getAttribute("rel")).as(loc).isEqualTo("alternate");
          alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
        }
        assertThat(urls.put(loc, alternates)).as(loc + " listed once").isNull();
      }
    }
    TreeSet<String> expected = new TreeSet<>();
    BakedSite.pages().stream()
        .filter(p -> !p.equals("404.html"))
        .forEach(p -> expected.add(SiteUrls.of(p)));
    assertThat(urls.keySet()).isEqualTo(expected);

    for (Map.Entry<String, Map<String, String>> url : urls.entrySet()) {
      String page = SiteUrls.pathOf(url.getKey()).orElseThrow();
      assertThat(url.getValue())
          .as(page + ": sitemap alternates = the page's hreflang links")
          .isEqualTo(TranslationLinksIT.alternates(BakedSite.page(page)));
    }
  }
}
