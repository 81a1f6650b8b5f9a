package org.beihaiyatsushiro.checks.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.checks.site.SourceFiles.Source;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.linebreak.LineBreaks;
import org.beihaiyatsushiro.site.share.Emblem;
import org.beihaiyatsushiro.site.share.ShareCard;
import org.beihaiyatsushiro.site.share.ShareFont;
import org.beihaiyatsushiro.site.share.ShareImage;
import org.beihaiyatsushiro.site.share.TitleGlyphs;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A link to any page, shared on WeChat, LINE or X, shows the page's own title, summary and share
 * image in its language: the tags of every baked page, checked against the sources they come from.
 */
class SharingTagsIT {
  /** Open Graph's locale for each language folder. */
  private static final Map<String, String> LOCALE_OF_FOLDER =
      Map.of("zh", "zh_CN", "ja", "ja_JP", "en", "en_GB");

  @Test
  void everyPageCarriesTheTagsAndAShareImageOf1200By630() {
    List<String> findings = new ArrayList<>();
    for (String path : BakedSite.pages()) {
      findings.addAll(SharingTags.findings(path, BakedSite.page(path), SharingTagsIT::fileOf));
    }
    assertThat(findings).isEmpty();
  }

  @Test
  void contentPagesSayTheirSourcesTitleSummaryLanguageAndTranslations() {
    List<Source> sources = SourceFiles.publishedPages();
    for (Source s : sources) {
      Document page = BakedSite.page(s.pagePath());
      String at = s.pagePath() + " ";
      assertThat(SharingTags.property(page, "og:title"))
          .as(at + "og:title")
          .hasValue(s.field("title"));
      String summary = s.field("summary");
      assertThat(SharingTags.name(page, "description")).as(at + "description").hasValue(summary);
      assertThat(SharingTags.property(page, "og:description")).as(at).hasValue(summary);
      assertThat(SharingTags.name(page, "twitter:description")).as(at).hasValue(summary);
      assertThat(SharingTags.property(page, "og:url"))
          .as(at + "og:url")
          .hasValue(SiteUrls.of(s.pagePath()));
      assertThat(SharingTags.property(page, "og:locale"))
          .as(at + "og:locale")
          .hasValue(LOCALE_OF_FOLDER.get(s.folder()));
      Set<String> alternates = new TreeSet<>();
      page.select("meta[property=og:locale:alternate]")
          .forEach(m -> alternates.add(m.attr("content")));
      Set<String> translated = new TreeSet<>();
      for (Source other : sources) {
        if (!other.folder().equals(s.folder()) && key(other).equals(key(s))) {
          translated.add(LOCALE_OF_FOLDER.get(other.folder()));
        }
      }
      assertThat(alternates)
          .as(at + "og:locale:alternate: the translations that exist")
          .isEqualTo(translated);
      assertThat(SharingTags.property(page, "og:image:alt").orElse(""))
          .as(at + "the image's alt text names the title")
          .contains(s.field("title"));
      if ("article".equals(s.type())) {
        assertThat(SharingTags.property(page, "og:type")).as(at).hasValue("article");
        assertThat(SharingTags.property(page, "article:published_time"))
            .as(at + "published")
            .hasValue(s.field("date"));
        String updated = s.field("updated") == null ? s.field("date") : s.field("updated");
        assertThat(SharingTags.property(page, "article:modified_time")).as(at).hasValue(updated);
      } else {
        assertThat(SharingTags.property(page, "og:type")).as(at).hasValue("website");
        assertThat(SharingTags.property(page, "article:published_time")).as(at).isEmpty();
      }
    }
  }

  @Test
  void theChooserSearchAnd404PagesHaveADescriptionToo() {
    List<String> generated = new ArrayList<>(List.of("index.html", "404.html"));
    for (String folder : SourceFiles.TAG_OF_FOLDER.keySet()) {
      generated.add(folder + "/search.html");
    }
    for (String path : generated) {
      Document page = BakedSite.page(path);
      assertThat(page.select("meta[name=description]")).as(path).hasSize(1);
      assertThat(SharingTags.name(page, "description").orElse("")).as(path).hasSizeGreaterThan(20);
    }
    // Each search page in its own language, with the other two as alternates.
    for (String folder : SourceFiles.TAG_OF_FOLDER.keySet()) {
      Document page = BakedSite.page(folder + "/search.html");
      assertThat(SharingTags.property(page, "og:locale")).hasValue(LOCALE_OF_FOLDER.get(folder));
      assertThat(page.select("meta[property=og:locale:alternate]")).hasSize(2);
    }
  }

  @Test
  void eachShareImageIsTheTitleDrawnInTheFontOfItsLanguage() throws IOException {
    Emblem emblem =
        Emblem.of(Files.readAllBytes(BakedSite.SOURCES.resolve("assets/img/emblem.svg")));
    // Its title's lines break as the bake breaks them, with the site's words kept whole.
    LineBreaks lineBreaks = LineBreaks.ofSite(BakedSite.SOURCES.resolve("data"));
    ShareImage drawing = new ShareImage(emblem, lineBreaks);
    Map<String, String> yearsByFolder = new HashMap<>();
    for (Source s : SourceFiles.publishedPages()) {
      Language lang = Language.of(s.folder()).orElseThrow();
      String title = s.field("title");
      assertThat(TitleGlyphs.missing(title, ShareFont.of(lang)))
          .as("content/" + s.contentPath() + ": characters of the title the font cannot draw")
          .isEmpty();
      Document page = BakedSite.page(s.pagePath());
      Path image =
          SiteUrls.pathOf(SharingTags.property(page, "og:image").orElseThrow())
              .map(BakedSite.ROOT::resolve)
              .orElseThrow();
      String siteTitle = SharingTags.property(page, "og:site_name").orElseThrow();
      // The years as the language's home page writes them.
      String years =
          yearsByFolder.computeIfAbsent(
              s.folder(),
              folder ->
                  BakedSite.page(folder + "/index.html").selectFirst(".occasion-years").text());
      assertThat(Files.readAllBytes(image))
          .as(s.pagePath() + ": its share image is its title in the " + lang + " font")
          .isEqualTo(drawing.png(new ShareCard(lang, title, siteTitle, years)));
    }
  }

  @Test
  void articlesAndHomePagesDescribeThemselvesInJsonLd() {
    for (Source s : SourceFiles.publishedPages()) {
      Document page = BakedSite.page(s.pagePath());
      List<JsonObject> blocks = new ArrayList<>();
      for (Element script : page.select("script[type=application/ld+json]")) {
        blocks.add(JsonParser.parseString(script.data()).getAsJsonObject());
      }
      String at = s.pagePath() + " ";
      String tag = SourceFiles.TAG_OF_FOLDER.get(s.folder());
      if ("article".equals(s.type())) {
        JsonObject article = only(blocks, "Article", at);
        assertThat(article.get("headline").getAsString()).as(at).isEqualTo(s.field("title"));
        assertThat(article.get("inLanguage").getAsString()).as(at).isEqualTo(tag);
        assertThat(article.get("datePublished").getAsString()).as(at).isEqualTo(s.field("date"));
        assertThat(article.has("dateModified")).as(at).isTrue();
        assertThat(SiteUrls.exists(article.get("image").getAsString())).as(at + "image").isTrue();
        List<JsonObject> linked = new ArrayList<>();
        Optional.ofNullable(article.get("workTranslation"))
            .ifPresent(a -> a.getAsJsonArray().forEach(e -> linked.add(e.getAsJsonObject())));
        Optional.ofNullable(article.get("translationOfWork"))
            .ifPresent(e -> linked.add(e.getAsJsonObject()));
        assertThat(article.has("workTranslation") && article.has("translationOfWork"))
            .as(at + "an original or a translation, not both")
            .isFalse();
        long translations =
            SourceFiles.publishedPages().stream()
                .filter(o -> !o.folder().equals(s.folder()) && key(o).equals(key(s)))
                .count();
        assertThat(linked)
            .as(at + "links to translations")
            .hasSize(article.has("translationOfWork") ? 1 : (int) translations);
        for (JsonObject other : linked) {
          String url = other.get("url").getAsString();
          assertThat(SiteUrls.exists(url)).as(at + "links to " + url).isTrue();
          Document target = BakedSite.page(SiteUrls.pathOf(url).orElseThrow());
          assertThat(target.select("html").attr("lang"))
              .as(url + " is in the language the link says")
              .isEqualTo(other.get("inLanguage").getAsString());
        }
      } else if ("home".equals(s.type())) {
        JsonObject site = only(blocks, "WebSite", at);
        assertThat(site.get("inLanguage").getAsString()).as(at).isEqualTo(tag);
        assertThat(site.get("url").getAsString()).as(at).isEqualTo(SiteUrls.of(s.pagePath()));
      }
    }
  }

  @Test
  void timelineEventsAreAtThePlacesTheirKindsName() {
    // docs/timeline.md: a kind in one city places the event there, one between the cities or
    // their people in both, one between the countries nowhere.
    Map<String, double[]> geoOfTag =
        Map.of("beihai", new double[] {21.5, 109.1}, "yatsushiro", new double[] {32.5, 130.6});
    Map<String, Set<String>> placesOfKind =
        Map.of(
            "beihai", Set.of("beihai"),
            "yatsushiro", Set.of("yatsushiro"),
            "cities", Set.of("beihai", "yatsushiro"),
            "people", Set.of("beihai", "yatsushiro"),
            "nations", Set.of());
    int located = 0;
    for (Source timeline : SourceFiles.publishedPages()) {
      if (!"timeline".equals(timeline.type())) {
        continue;
      }
      Document page = BakedSite.page(timeline.pagePath());
      List<JsonObject> events = new ArrayList<>();
      for (Element script : page.select("script[type=application/ld+json]")) {
        collectEvents(JsonParser.parseString(script.data()), events);
      }
      assertThat(events).as(timeline.pagePath() + " events in JSON-LD").isNotEmpty();
      for (JsonObject event : events) {
        String url = event.get("url").getAsString();
        String anchor = url.substring(url.indexOf('#') + 1);
        String lang = event.get("inLanguage").getAsString();
        Source source =
            SourceFiles.publishedEvents().stream()
                .filter(e -> e.anchor().equals(anchor))
                .filter(e -> SourceFiles.TAG_OF_FOLDER.get(e.folder()).equals(lang))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no source of " + url + " in " + lang));
        Object kind = source.fields().get("kind");
        assertThat(placesOfKind).as(url + " kind").containsKey(String.valueOf(kind));
        Set<String> expected = new TreeSet<>(placesOfKind.get(String.valueOf(kind)));
        Set<String> found = new TreeSet<>();
        if (event.has("location")) {
          for (JsonElement place : event.getAsJsonArray("location")) {
            JsonObject geo = place.getAsJsonObject().getAsJsonObject("geo");
            double lat = geo.get("latitude").getAsDouble();
            double lon = geo.get("longitude").getAsDouble();
            geoOfTag.forEach(
                (tag, ll) -> {
                  if (ll[0] == lat && ll[1] == lon) {
                    found.add(tag);
                  }
                });
            assertThat(place.getAsJsonObject().get("name").getAsString()).as(url).isNotBlank();
          }
        }
        assertThat(found).as(timeline.pagePath() + " " + url + " location").isEqualTo(expected);
        located += found.isEmpty() ? 0 : 1;
      }
    }
    assertThat(located).as("events with a place").isPositive();
  }

  private static void collectEvents(JsonElement json, List<JsonObject> out) {
    if (json.isJsonArray()) {
      json.getAsJsonArray().forEach(e -> collectEvents(e, out));
    } else if (json.isJsonObject()) {
      JsonObject o = json.getAsJsonObject();
      if (o.has("@type") && "Event".equals(o.get("@type").getAsString())) {
        out.add(o);
      } else {
        o.entrySet().forEach(e -> collectEvents(e.getValue(), out));
      }
    }
  }

  private static JsonObject only(List<JsonObject> blocks, String type, String at) {
    List<JsonObject> ofType =
        blocks.stream()
            .filter(b -> b.has("@type") && type.equals(b.get("@type").getAsString()))
            .toList();
    assertThat(ofType).as(at + "JSON-LD of type " + type).hasSize(1);
    JsonElement context = ofType.get(0).get("@context");
    assertThat(context.getAsString()).isEqualTo("https://schema.org");
    return ofType.get(0);
  }

  /**
   * The file of the site a URL names: an absolute URL of the site, a link resolved against a page's
   * file, or on the 404 page an absolute path under the base URL's path (/friendship/img/…).
   */
  private static Optional<Path> fileOf(String url) {
    if (url.startsWith("file:")) {
      Path file = Path.of(URI.create(url)).normalize();
      if (file.startsWith(BakedSite.ROOT)) {
        return Optional.of(file);
      }
      String basePath = URI.create(SiteUrls.BASE).getPath();
      String path = URI.create(url).getPath();
      return path.startsWith(basePath)
          ? Optional.of(BakedSite.ROOT.resolve(path.substring(basePath.length())))
          : Optional.empty();
    }
    return SiteUrls.pathOf(url).map(BakedSite.ROOT::resolve);
  }

  /** What links translations: translation_key, or the path below the language folder. */
  private static String key(Source s) {
    String key = s.field("translation_key");
    return key != null
        ? key
        : s.contentPath().substring(s.folder().length() + 1, s.contentPath().length() - 3);
  }
}
