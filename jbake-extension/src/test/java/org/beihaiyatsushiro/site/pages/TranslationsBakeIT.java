package org.beihaiyatsushiro.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small site whose articles are translated unevenly, baked once through JBake's Oven: what the
 * language switcher, the hreflang alternates and the previous/next links show a reader.
 */
class TranslationsBakeIT {
  @TempDir static Path dir;
  private static FixtureSite.Result site;

  /** The site's base URL, as the chooser's canonical link gives it. */
  private static String base;

  @BeforeAll
  static void bake() {
    site =
        FixtureSite.withRealTheme(dir)
            // Beihai exists in English and Chinese, not in Japanese.
            .write(
                "content/en/beihai.md", FixtureSite.article("Beihai", "1984", "", "A port city."))
            .write("content/zh/beihai.md", FixtureSite.article("北海", "1984", "", "港口城市。"))
            // The same article under different file names, linked by translation_key.
            .write(
                "content/en/sister-cities.md",
                FixtureSite.article("Sister cities", "1996", "", "Since 1996."))
            .write(
                "content/zh/youhao-chengshi.md",
                FixtureSite.article("友好城市", "1996", "translation_key: sister-cities\n", "1996年起。"))
            .write(
                "content/ja/shimai-toshi.md",
                FixtureSite.article("友好都市", "1996", "translation_key: sister-cities\n", "1996年から。"))
            // Reading order differs by language: 2001 exists only in English, 2000 only in Chinese.
            .write(
                "content/en/statues.md",
                FixtureSite.article("Seahorse statues", "2001", "", "Two."))
            .write("content/zh/earlier.md", FixtureSite.article("更早", "2000", "", "二〇〇〇年。"))
            .write(
                "content/en/masks.md", FixtureSite.article("Masks", "2020", "", "Half the stock."))
            .write("content/zh/masks.md", FixtureSite.article("口罩", "2020", "", "一半。"))
            // A draft: no page, no link, no entry anywhere.
            .write(
                "content/en/draft-notes.md",
                "---\ntitle: Notes\ndate: 2010\ntype: article\nstatus: draft\n---\n\nNot yet.\n")
            .bake();
    String canonical =
        Jsoup.parse(site.read("index.html")).selectFirst("link[rel=canonical]").attr("href");
    assertThat(canonical).endsWith("/index.html");
    base = canonical.substring(0, canonical.length() - "index.html".length());
  }

  private static Document page(String sitePath) {
    return Jsoup.parse(site.read(sitePath), base + sitePath);
  }

  /** The switcher entry of a language: its li, found by the li's lang attribute. */
  private static Element switcherEntry(Document page, String tag) {
    Element li = page.selectFirst("nav.lang-switch li[lang=" + tag + "]");
    assertThat(li).as("switcher entry for " + tag).isNotNull();
    return li;
  }

  /** hreflang → absolute URL of the page's alternate links. */
  private static Map<String, String> alternates(Document page) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Element link : page.select("head link[rel=alternate][hreflang]")) {
      out.put(link.attr("hreflang"), link.attr("href"));
    }
    return out;
  }

  @Test
  void theBakeSucceedsAndWritesOnePagePerPublishedFile() {
    assertThat(site.errors()).isEmpty();
    assertThat(site.problems()).isEmpty();
    assertThat(site.files())
        .contains(
            "en/beihai.html",
            "zh/beihai.html",
            "en/sister-cities.html",
            "zh/youhao-chengshi.html",
            "ja/shimai-toshi.html",
            "en/statues.html",
            "zh/earlier.html",
            "en/masks.html",
            "zh/masks.html")
        .doesNotContain("ja/beihai.html");
  }

  @Test
  void aMissingTranslationIsShownAsUnavailableWithoutALink() {
    for (String from : new String[] {"en/beihai.html", "zh/beihai.html"}) {
      Element ja = switcherEntry(page(from), "ja");
      assertThat(ja.select("a")).as(from + ": no link to a page that does not exist").isEmpty();
      Element unavailable = ja.selectFirst(".lang-unavailable");
      assertThat(unavailable).as(from + ": ja shown as unavailable").isNotNull();
      assertThat(unavailable.text()).startsWith("日本語");
      // The note is visible text (not hidden), written in the language it speaks to.
      Element note = unavailable.selectFirst("small");
      assertThat(note).isNotNull();
      assertThat(note.text()).isEqualTo("（未翻訳）");
      assertThat(note.hasClass("visually-hidden")).isFalse();
    }
  }

  @Test
  void theSwitcherLinksTheExistingTranslationsAndMarksTheCurrentLanguage() {
    Document en = page("en/beihai.html");
    assertThat(switcherEntry(en, "zh-Hans").selectFirst("a[hreflang=zh-Hans]").attr("href"))
        .isEqualTo("../zh/beihai.html");
    assertThat(switcherEntry(en, "en").selectFirst(".lang-current[aria-current=page]")).isNotNull();
    assertThat(switcherEntry(en, "en").select("a")).isEmpty();

    Document zh = page("zh/beihai.html");
    assertThat(switcherEntry(zh, "en").selectFirst("a").attr("href"))
        .isEqualTo("../en/beihai.html");
  }

  @Test
  void hreflangAlternatesListOnlyExistingTranslationsPlusXDefaultOnEveryMember() {
    Map<String, String> expected =
        Map.of(
            "zh-Hans", base + "zh/beihai.html",
            "en", base + "en/beihai.html",
            "x-default", base + "index.html");
    assertThat(alternates(page("en/beihai.html"))).isEqualTo(expected);
    assertThat(alternates(page("zh/beihai.html"))).isEqualTo(expected);
  }

  @Test
  void translationKeyLinksArticlesWhosePathsDiffer() {
    Map<String, String> expected =
        Map.of(
            "zh-Hans", base + "zh/youhao-chengshi.html",
            "ja", base + "ja/shimai-toshi.html",
            "en", base + "en/sister-cities.html",
            "x-default", base + "index.html");
    for (String p :
        new String[] {"en/sister-cities.html", "zh/youhao-chengshi.html", "ja/shimai-toshi.html"}) {
      assertThat(alternates(page(p))).as(p).isEqualTo(expected);
    }
    Document en = page("en/sister-cities.html");
    assertThat(switcherEntry(en, "zh-Hans").selectFirst("a").attr("href"))
        .isEqualTo("../zh/youhao-chengshi.html");
    assertThat(switcherEntry(en, "ja").selectFirst("a").attr("href"))
        .isEqualTo("../ja/shimai-toshi.html");
    assertThat(switcherEntry(page("ja/shimai-toshi.html"), "en").selectFirst("a").attr("href"))
        .isEqualTo("../en/sister-cities.html");
  }

  private static String prev(String sitePath) {
    Element a = page(sitePath).selectFirst("nav.prev-next li.prev a[rel=prev]");
    return a == null ? null : a.attr("href");
  }

  private static String next(String sitePath) {
    Element a = page(sitePath).selectFirst("nav.prev-next li.next a[rel=next]");
    return a == null ? null : a.attr("href");
  }

  @Test
  void previousAndNextStayWithinOneLanguageInDateOrder() {
    // en: beihai 1984, sister-cities 1996, statues 2001, masks 2020
    assertThat(prev("en/beihai.html")).isNull();
    assertThat(next("en/beihai.html")).isEqualTo("../en/sister-cities.html");
    assertThat(prev("en/statues.html")).isEqualTo("../en/sister-cities.html");
    assertThat(next("en/statues.html")).isEqualTo("../en/masks.html");
    assertThat(next("en/masks.html")).isNull();
    // zh: beihai 1984, youhao-chengshi 1996, earlier 2000, masks 2020
    assertThat(next("zh/youhao-chengshi.html")).isEqualTo("../zh/earlier.html");
    assertThat(prev("zh/masks.html")).isEqualTo("../zh/earlier.html");
    // ja has a single article: nothing to go to.
    assertThat(page("ja/shimai-toshi.html").select("nav.prev-next")).isEmpty();
  }

  @Test
  void aDraftProducesNoPageAndIsListedNowhere() {
    assertThat(site.files()).noneMatch(f -> f.contains("draft-notes"));
    for (String f : site.files()) {
      if (f.endsWith(".html") || f.endsWith(".xml")) {
        assertThat(site.read(f)).as(f).doesNotContain("draft-notes").doesNotContain(">Notes<");
      }
    }
    assertThat(prev("en/sister-cities.html")).isEqualTo("../en/beihai.html");
  }
}
