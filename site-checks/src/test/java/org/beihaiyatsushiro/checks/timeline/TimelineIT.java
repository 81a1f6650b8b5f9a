package org.beihaiyatsushiro.checks.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.checks.publish.PublishedSite;
import org.beihaiyatsushiro.checks.site.SourceFiles;
import org.beihaiyatsushiro.checks.site.SourceFiles.Source;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The baked timeline of every language, as a reader and a reusing program see it: the same events
 * in the same order under the same anchors, dates at exactly the precision of the sources, years to
 * jump to, key dates on the home pages, and JSON-LD and TimelineJS data that say what the page
 * says.
 */
class TimelineIT {
  private static final List<String> LANGS = List.of("zh", "ja", "en");

  /** The published events of content/, read by {@link SourceFiles} as editors wrote them. */
  private static final List<Source> EVENTS = SourceFiles.publishedEvents();

  @Test
  void everyLanguageListsEveryEventUnderTheSameAnchorInTheSameOrder() {
    List<String> zh = anchors("zh");
    assertThat(zh).isNotEmpty().doesNotHaveDuplicates();
    assertThat(anchors("ja")).isEqualTo(zh);
    assertThat(anchors("en")).isEqualTo(zh);
    assertThat(new TreeSet<>(zh)).isEqualTo(eventSlugsInContent());
    assertThat(BakedSite.page("ja/timeline.html").getElementById("1996-sister-cities")).isNotNull();
  }

  @Test
  void datetimeCarriesExactlyThePrecisionOfTheSource() {
    for (String lang : LANGS) {
      for (Element event : events(lang)) {
        String shownIn = event.hasAttr("lang") ? code(event.attr("lang")) : lang;
        String datetime = timeOf(event).attr("datetime");
        assertThat(datetime)
            .as(lang + " #" + event.id())
            .isEqualTo(sourceDate(shownIn, event.id()));
      }
      Document page = BakedSite.page(lang + "/timeline.html");
      assertThat(datetimeOf(page, "1996-sister-cities")).isEqualTo("1996");
      assertThat(datetimeOf(page, "2020-07-kuma-river-flood")).isEqualTo("2020-07");
      assertThat(datetimeOf(page, "2022-09-29-50th-anniversary")).isEqualTo("2022-09-29");
    }
  }

  @Test
  void eventsAreInDateOrderGroupedByYearWithAYearIndex() {
    for (String lang : LANGS) {
      Document page = BakedSite.page(lang + "/timeline.html");
      List<String> yearIds = new ArrayList<>();
      String previous = "";
      for (Element year : page.select("ol.timeline > li.timeline-year")) {
        Element heading = year.selectFirst("h3.timeline-year-heading");
        assertThat(heading.attr("tabindex")).isEqualTo("-1");
        String y = year.id().substring(1);
        assertThat(year.id()).matches("y\\d{4}");
        assertThat(heading.text()).startsWith(y);
        for (Element event : year.select("li.event")) {
          String datetime = timeOf(event).attr("datetime");
          assertThat(datetime).as(lang + " " + year.id()).startsWith(y);
          assertThat(sortKey(datetime))
              .as(lang + ": " + previous + " before " + datetime)
              .isGreaterThanOrEqualTo(sortKey(previous));
          previous = datetime;
        }
        yearIds.add(year.id());
      }
      assertThat(yearIds).isSorted().doesNotHaveDuplicates();
      assertThat(page.select("nav.timeline-index ol.year-index a").eachAttr("href"))
          .isEqualTo(yearIds.stream().map(id -> "#" + id).toList());
      assertThat(page.select("nav.timeline-index").attr("aria-label")).isNotBlank();
    }
    Document ja = BakedSite.page("ja/timeline.html");
    assertThat(ja.selectFirst("#y1996 .era").text()).isEqualTo("平成8年");
  }

  @Test
  void theHomePagesLeadToEveryEventOnTheTimeline() {
    for (String lang : LANGS) {
      Document home = BakedSite.page(lang + "/index.html");
      List<String> targets = new ArrayList<>();
      for (Element a : home.select("section.home-dates ol.key-dates > li > a")) {
        assertThat(a.selectFirst("time[datetime]")).isNotNull();
        assertThat(a.selectFirst("span.key-date-title").text()).isNotBlank();
        URI target = URI.create(a.absUrl("href"));
        assertThat(Path.of(target.getPath()))
            .isEqualTo(BakedSite.ROOT.resolve(lang + "/timeline.html"));
        targets.add(target.getFragment());
      }
      assertThat(targets).as(lang).isEqualTo(anchors(lang));
    }
  }

  @Test
  void anniversariesAreCountedToTheConfiguredDate() {
    assertThat(PublishedSite.setting(SiteConfig.AS_OF))
        .as("the anniversaries below are those of the 2022 anniversary year")
        .isEqualTo("2022-09-29");
    Map<String, List<String>> expected =
        Map.of(
            "en", List.of("50 years ago", "26 years of friendship"),
            "ja", List.of("50年前", "友好交流26年"),
            "zh", List.of("50年前", "友好交往26年"));
    for (String lang : LANGS) {
      Document page = BakedSite.page(lang + "/timeline.html");
      assertThat(
              List.of(
                  anniversaryOf(page, "1972-normalization"),
                  anniversaryOf(page, "1996-sister-cities")))
          .as(lang)
          .isEqualTo(expected.get(lang));
      assertThat(page.select("#2022-09-29-50th-anniversary .event-anniversary")).isEmpty();
    }
  }

  @Test
  void theJsonLdOfThePageListsItsEventsInOrderWithTheirDates() {
    for (String lang : LANGS) {
      Document page = BakedSite.page(lang + "/timeline.html");
      Element script = page.selectFirst("script[type=application/ld+json]");
      assertThat(script).as(lang).isNotNull();
      JsonObject list = JsonParser.parseString(script.data()).getAsJsonObject();
      assertThat(list.get("@context").getAsString()).isEqualTo("https://schema.org");
      assertThat(list.get("@type").getAsString()).isEqualTo("ItemList");
      JsonArray items = list.getAsJsonArray("itemListElement");
      List<Element> events = events(lang);
      assertThat(items).hasSize(events.size());
      for (int i = 0; i < items.size(); i++) {
        JsonObject item = items.get(i).getAsJsonObject();
        JsonObject event = item.getAsJsonObject("item");
        Element li = events.get(i);
        assertThat(item.get("position").getAsInt()).isEqualTo(i + 1);
        assertThat(event.get("@type").getAsString()).isEqualTo("Event");
        assertThat(event.get("url").getAsString())
            .endsWith("/" + lang + "/timeline.html#" + li.id());
        assertThat(event.get("name").getAsString()).isEqualTo(li.selectFirst("h4").text());
        assertThat(event.get("startDate").getAsString()).isEqualTo(timeOf(li).attr("datetime"));
        assertThat(event.get("inLanguage").getAsString())
            .isEqualTo(
                li.hasAttr("lang") ? li.attr("lang") : page.selectFirst("html").attr("lang"));
        assertThat(event.get("description").getAsString()).isNotBlank();
      }
    }
  }

  @Test
  void theTimelineJsFileHasTheEventsOfThePage() {
    for (String lang : LANGS) {
      JsonObject data =
          JsonParser.parseString(BakedSite.text(lang + "/timeline.json")).getAsJsonObject();
      Document page = BakedSite.page(lang + "/timeline.html");
      assertThat(
              Path.of(URI.create(page.selectFirst("p.timeline-data a").absUrl("href")).getPath()))
          .isEqualTo(BakedSite.ROOT.resolve(lang + "/timeline.json"));
      assertThat(
              data.getAsJsonObject("title").getAsJsonObject("text").get("headline").getAsString())
          .isEqualTo(page.selectFirst("h1").text());
      JsonArray slides = data.getAsJsonArray("events");
      List<Element> events = events(lang);
      assertThat(slides).hasSize(events.size());
      for (int i = 0; i < slides.size(); i++) {
        JsonObject slide = slides.get(i).getAsJsonObject();
        Element li = events.get(i);
        assertThat(slide.get("unique_id").getAsString()).isEqualTo(li.id());
        assertThat(isoOf(slide.getAsJsonObject("start_date")))
            .isEqualTo(timeOf(li).attr("datetime"));
        Element dateLine = li.selectFirst("p.event-date time");
        if (dateLine != null) {
          assertThat(slide.getAsJsonObject("start_date").get("display_date").getAsString())
              .isEqualTo(dateLine.text());
        }
        assertThat(slide.getAsJsonObject("text").get("headline").getAsString())
            .isEqualTo(li.selectFirst("h4").text());
        assertThat(slide.get("group").getAsString())
            .isEqualTo(li.selectFirst(".event-kind").text());
      }
    }
  }

  @Test
  void everyLinkOfTheTimelineReachesAFileThatExists() {
    for (String lang : LANGS) {
      Document page = BakedSite.page(lang + "/timeline.html");
      for (Element a : page.select("ol.timeline a[href], p.timeline-data a[href]")) {
        assertThat(a.text()).as("link text of " + a.attr("href")).isNotBlank();
        URI target = URI.create(a.absUrl("href"));
        assertThat(target.getScheme()).as(a.attr("href")).isEqualTo("file");
        assertThat(Path.of(target.getPath())).as(lang + ": " + a.attr("href")).isRegularFile();
      }
    }
  }

  @Test
  void chaptersNameTheArcInEveryLanguageAndTheLastOneIsTheClose() {
    List<String> zh = chapterAnchors("zh");
    assertThat(zh)
        .containsExactly(
            "chapter-1972",
            "chapter-1984",
            "chapter-1996",
            "chapter-2001",
            "chapter-2020",
            "chapter-2022");
    assertThat(chapterAnchors("ja")).isEqualTo(zh);
    assertThat(chapterAnchors("en")).isEqualTo(zh);
    Map<String, String> normalization = Map.of("zh", "邦交正常化", "ja", "国交正常化", "en", "Normalization");
    for (String lang : LANGS) {
      Document page = BakedSite.page(lang + "/timeline.html");
      List<Element> chapters = page.select("section.timeline-chapter");
      for (Element chapter : chapters) {
        Element heading = chapter.selectFirst("h2.timeline-chapter-heading");
        assertThat(chapter.attr("aria-labelledby")).isEqualTo(heading.id());
        assertThat(heading.ownText()).as(lang + " " + chapter.id()).isNotBlank();
        int from = Integer.parseInt(chapter.id().substring("chapter-".length()));
        for (Element year : chapter.select("li.timeline-year")) {
          assertThat(Integer.parseInt(year.id().substring(1))).isGreaterThanOrEqualTo(from);
        }
      }
      assertThat(chapters.get(0).selectFirst("h2").ownText()).contains(normalization.get(lang));
      Element close = chapters.get(chapters.size() - 1);
      assertThat(close.hasClass("timeline-chapter--close")).isTrue();
      assertThat(close.select("li.timeline-year").eachAttr("id")).containsExactly("y2022");
      assertThat(page.select("section.timeline-chapter--close")).hasSize(1);
      assertThat(page.select("nav.timeline-index > ol > li > a").eachAttr("href"))
          .isEqualTo(chapterAnchors(lang).stream().map(id -> "#" + id).toList());
    }
  }

  @Test
  void theAxisGivesEveryYearTheSameWidth() {
    for (String lang : LANGS) {
      Element axis = BakedSite.page(lang + "/timeline.html").selectFirst("div.timeline-axis");
      assertThat(axis.attr("aria-hidden")).isEqualTo("true");
      assertThat(axis.select("a, [tabindex]")).as("nothing to focus in a hidden picture").isEmpty();
      List<Element> bands = axis.select("rect.axis-band");
      assertThat(bands).hasSize(6);
      double twelveYears = Double.parseDouble(bands.get(0).attr("width"));
      double twoYears = Double.parseDouble(bands.get(4).attr("width"));
      assertThat(twelveYears / twoYears)
          .as(lang + ": 1972–1983 against 2020–2021")
          .isCloseTo(6, within(0.05));
      assertThat(bands.get(5).hasClass("axis-band--close")).isTrue();
      Element friendship = axis.selectFirst("line.axis-span");
      assertThat(Double.parseDouble(friendship.attr("x1")))
          .isEqualTo(Double.parseDouble(bands.get(2).attr("x")));
      double end =
          Double.parseDouble(bands.get(5).attr("x"))
              + Double.parseDouble(bands.get(5).attr("width"));
      assertThat(Double.parseDouble(friendship.attr("x2"))).isCloseTo(end, within(0.2));
      assertThat(axis.selectFirst("text.axis-span-label").text()).contains("26");
    }
  }

  @Test
  void noLineRepeatsAnother() {
    for (String lang : LANGS) {
      Document page = BakedSite.page(lang + "/timeline.html");
      for (Element event : events(lang)) {
        Element dateLine = event.selectFirst("p.event-date time");
        if (dateLine != null) {
          assertThat(dateLine.attr("datetime")).as(lang + " #" + event.id()).contains("-");
        }
        Element more = event.selectFirst("p.event-more a");
        if (more != null) {
          assertThat(event.select("div.event-text a").eachAttr("href"))
              .as(lang + " #" + event.id() + ": the text and Read more lead to the same page")
              .doesNotContain(more.attr("href"));
        }
      }
      assertThat(page.selectFirst("#1996-sister-cities p.event-date")).isNull();
      assertThat(page.selectFirst("#2020-07-kuma-river-flood p.event-date")).isNotNull();
    }
  }

  private static List<String> chapterAnchors(String lang) {
    return BakedSite.page(lang + "/timeline.html").select("section.timeline-chapter").stream()
        .map(Element::id)
        .toList();
  }

  private static List<Element> events(String lang) {
    return BakedSite.page(lang + "/timeline.html").select("ol.timeline li.event");
  }

  private static List<String> anchors(String lang) {
    return events(lang).stream().map(Element::id).toList();
  }

  private static String datetimeOf(Document page, String id) {
    return timeOf(page.getElementById(id)).attr("datetime");
  }

  /**
   * The date of an event as the page gives it: its date line, or, for a date known only to the
   * year, its year's heading.
   */
  private static Element timeOf(Element event) {
    Element line = event.selectFirst("p.event-date time");
    return line != null
        ? line
        : event.closest("li.timeline-year").selectFirst("h3.timeline-year-heading time");
  }

  private static String anniversaryOf(Document page, String id) {
    Element a = page.getElementById(id).selectFirst("p.event-anniversary");
    return a == null ? "" : a.text();
  }

  /** A datetime of 1, 2 or 3 parts as yyyymmdd with 00 for an unknown month or day. */
  private static int sortKey(String datetime) {
    if (datetime.isEmpty()) {
      return 0;
    }
    String[] p = datetime.split("-");
    int month = p.length > 1 ? Integer.parseInt(p[1]) : 0;
    int day = p.length > 2 ? Integer.parseInt(p[2]) : 0;
    return Integer.parseInt(p[0]) * 10000 + month * 100 + day;
  }

  private static String isoOf(JsonObject date) {
    StringBuilder iso = new StringBuilder(String.format("%04d", date.get("year").getAsInt()));
    if (date.has("month")) {
      iso.append(String.format("-%02d", date.get("month").getAsInt()));
    }
    if (date.has("day")) {
      iso.append(String.format("-%02d", date.get("day").getAsInt()));
    }
    return iso.toString();
  }

  private static String code(String tag) {
    return tag.startsWith("zh") ? "zh" : tag;
  }

  /** The date an event's source gives, as written: 1996, 2020-07 or 2022-09-29. */
  private static String sourceDate(String lang, String slug) {
    Source event =
        EVENTS.stream()
            .filter(s -> s.folder().equals(lang) && s.anchor().equals(slug))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no published event " + lang + "/…/" + slug));
    String date = event.field("date");
    assertThat(date).as("date: in content/" + event.contentPath()).isNotBlank();
    return date;
  }

  private static TreeSet<String> eventSlugsInContent() {
    return EVENTS.stream().map(Source::anchor).collect(Collectors.toCollection(TreeSet::new));
  }
}
