package org.beihaiyatsushiro.checks.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.beihaiyatsushiro.checks.BakedSite;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** One Atom feed per language (RFC 4287), listing that language's pages and nothing else. */
class FeedsIT {
  private static final String ATOM = XmlFiles.ATOM;

  @Test
  void eachLanguageHasAnAtomFeedWithTheRequiredElements() {
    for (Map.Entry<String, String> lang : SourceFiles.TAG_OF_FOLDER.entrySet()) {
      String path = lang.getKey() + "/feed.xml";
      Document xml = XmlFiles.parse(path);
      org.w3c.dom.Element feed = xml.getDocumentElement();
      assertThat(feed.getNamespaceURI()).as(path).isEqualTo(ATOM);
      assertThat(feed.getLocalName()).as(path).isEqualTo("feed");
      assertThat(feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
          .as(path + " xml:lang")
          .isEqualTo(lang.getValue());
      assertThat(XmlFiles.text(feed, ATOM, "id", path)).isNotBlank();
      assertThat(XmlFiles.text(feed, ATOM, "title", path)).isNotBlank();
      assertThat(OffsetDateTime.parse(XmlFiles.text(feed, ATOM, "updated", path))).isNotNull();
      org.w3c.dom.Element author = XmlFiles.children(feed, ATOM, "author").get(0);
      assertThat(XmlFiles.text(author, ATOM, "name", path + " author")).isNotBlank();
      assertThat(
              XmlFiles.children(feed, ATOM, "link").stream()
                  .filter(l -> l.getAttribute("rel").equals("self"))
                  .map(l -> l.getAttribute("href")))
          .as(path + " links to itself")
          .containsExactly(SiteUrls.of(path));

      Set<String> ids = new TreeSet<>();
      for (org.w3c.dom.Element entry : XmlFiles.children(feed, ATOM, "entry")) {
        String where = path + " entry";
        assertThat(ids.add(XmlFiles.text(entry, ATOM, "id", where))).as("unique id").isTrue();
        assertThat(XmlFiles.text(entry, ATOM, "title", where)).isNotBlank();
        assertThat(OffsetDateTime.parse(XmlFiles.text(entry, ATOM, "updated", where))).isNotNull();
        assertThat(alternateLink(entry)).as(where + " has a link to its page").isNotBlank();
      }
    }
  }

  private static String alternateLink(org.w3c.dom.Element entry) {
    return XmlFiles.children(entry, ATOM, "link").stream()
        .filter(l -> l.getAttribute("rel").isEmpty() || l.getAttribute("rel").equals("alternate"))
        .map(l -> l.getAttribute("href"))
        .findFirst()
        .orElse("");
  }

  @Test
  void eachFeedListsExactlyThePagesOfItsLanguage() {
    for (String folder : SourceFiles.TAG_OF_FOLDER.keySet()) {
      Set<String> listed = new TreeSet<>();
      org.w3c.dom.Element feed = XmlFiles.parse(folder + "/feed.xml").getDocumentElement();
      for (org.w3c.dom.Element entry : XmlFiles.children(feed, ATOM, "entry")) {
        String url = alternateLink(entry);
        assertThat(SiteUrls.exists(url)).as(url + " exists").isTrue();
        listed.add(SiteUrls.pathOf(url).orElseThrow());
      }
      Set<String> expected = new TreeSet<>();
      SourceFiles.publishedPages().stream()
          .filter(s -> s.folder().equals(folder))
          .forEach(s -> expected.add(s.pagePath()));
      assertThat(listed).as(folder + "/feed.xml").isEqualTo(expected);
    }
  }

  @Test
  void everyPageInALanguageFolderPointsToItsLanguagesFeed() {
    for (String path : BakedSite.pages()) {
      String folder = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
      if (!SourceFiles.TAG_OF_FOLDER.containsKey(folder)) {
        continue;
      }
      Element link =
          BakedSite.page(path).selectFirst("head link[rel=alternate][type=application/atom+xml]");
      assertThat(link).as(path + " announces a feed").isNotNull();
      assertThat(SiteUrls.target(link, "href")).as(path).contains(folder + "/feed.xml");
    }
  }
}
