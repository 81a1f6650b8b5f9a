package org.beihaiyatsushiro.site.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.PartialDate;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.i18n.UiStrings;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The models and data files of the timeline, from real event files and the real UI strings. */
class TimelinePagesTest {
  private static final UiStrings STRINGS =
      UiStrings.load(FixtureSite.PROJECT.resolve("data"), "data", new Problems()).orElseThrow();
  private static final String BASE = "https://example.org/friendship/";

  @TempDir Path dir;
  private TimelinePages pages;
  private Article jaTimeline;

  @BeforeEach
  void site() {
    EventFiles files =
        new EventFiles(dir)
            .file("en/timeline.md", page("Timeline", "timeline", "From 1972 to 2022."))
            .file("ja/timeline.md", page("年表", "timeline", "1972年から2022年まで。"))
            .file("en/sister-cities.md", page("Sister Cities", "article", "Since 1996."))
            .file("ja/sister-cities.md", page("友好都市", "article", "1996年から。"))
            .file("en/beihai.md", page("Beihai", "article", "A port city."))
            .event("en", "1972-normalization", "1972-09-29", "nations")
            .event("ja", "1972-normalization", "1972-09-29", "nations")
            .event(
                "en",
                "1996-sister-cities",
                "1996",
                "cities",
                "anniversary: friendship",
                "article: ../sister-cities.md")
            .event(
                "ja",
                "1996-sister-cities",
                "1996",
                "cities",
                "anniversary: friendship",
                "article: ../sister-cities.md")
            .file(
                "en/events/2020-07-flood.md",
                "---\ntitle: Kuma River Flood\ndate: 2020-07\ntype: event\nstatus: published\n"
                    + "summary: The Kuma River basin flooded.\nkind: cities\n"
                    + "article: ../beihai.md\n---\n\nSee [Beihai](../beihai.md).\n");
    List<Article> published = files.articles();
    pages = new TimelinePages(published, PartialDate.ofDay(2022, 9, 29), BASE, STRINGS);
    jaTimeline =
        published.stream().filter(a -> a.contentPath().equals("ja/timeline.md")).findFirst().get();
  }

  @Test
  void theJapanesePageGroupsByYearWithErasAndAnniversaries() {
    Map<String, Object> model = pages.page(jaTimeline, "../");

    List<Map<String, Object>> years = list(model.get("years"));
    assertThat(years).extracting(y -> y.get("anchor")).containsExactly("y1972", "y1996", "y2020");
    assertThat(years).extracting(y -> y.get("era")).containsExactly("昭和47年", "平成8年", "令和2年");
    Map<String, Object> normalization = list(years.get(0).get("events")).get(0);
    assertThat(normalization.get("dateIso")).isEqualTo("1972-09-29");
    assertThat(normalization.get("dateText")).isEqualTo("1972年9月29日（昭和47年）");
    assertThat(normalization.get("anniversary")).isEqualTo("50年前");
    assertThat(normalization).doesNotContainKeys("lang", "untranslated");
    Map<String, Object> tie = list(years.get(1).get("events")).get(0);
    assertThat(tie.get("anniversary")).isEqualTo("友好交流26年");
    assertThat(model.get("asOf")).isEqualTo("経過年数は2022年9月29日（令和4年）現在のものです。");
    assertThat(model.get("dataHref")).isEqualTo("../ja/timeline.json");
  }

  @Test
  void anUntranslatedEventIsMarkedAndItsLinksStillReachTheirFiles() {
    Map<String, Object> flood =
        list(list(pages.page(jaTimeline, "../").get("years")).get(2).get("events")).get(0);

    assertThat(flood.get("anchor")).isEqualTo("2020-07-flood");
    assertThat(flood.get("lang")).isEqualTo("en");
    assertThat(flood.get("untranslated")).isEqualTo("この出来事はまだ日本語に翻訳されていないため、英語で掲載しています。");
    assertThat(flood.get("dateText")).isEqualTo("2020年7月（令和2年）");
    assertThat(flood.get("anniversary")).isEqualTo("2年前");
    assertThat((String) flood.get("body")).contains("href=\"../en/beihai.html\"");
    assertThat(flood)
        .as("the body links to the event's article already: no second link to it")
        .doesNotContainKey("more");
  }

  @Test
  void aDateKnownOnlyToTheYearIsNotSaidAgainUnderTheYearsHeading() {
    List<Map<String, Object>> years = list(pages.page(jaTimeline, "../").get("years"));

    assertThat(years)
        .extracting(y -> list(y.get("events")).get(0).get("showDate"))
        .containsExactly(true, false, true);
  }

  @Test
  void theChaptersNameTheArcInThePagesLanguageAndTheLastIsTheClose() {
    Map<String, Object> model = pages.page(jaTimeline, "../");

    List<Map<String, Object>> chapters = list(model.get("chapters"));
    assertThat(chapters)
        .extracting(c -> c.get("anchor"), c -> c.get("title"), c -> c.get("yearsText"))
        .containsExactly(
            tuple("chapter-1972", "国交正常化", "1972〜1983年"),
            tuple("chapter-1996", "友好都市提携", "1996〜2000年"),
            tuple("chapter-2020", "困難のときに", "2020〜2021年"));
    assertThat(chapters).extracting(c -> c.get("close")).containsExactly(false, false, true);
    assertThat(list(chapters.get(2).get("years")))
        .extracting(y -> y.get("anchor"))
        .containsExactly("y2020");
    TimelineAxis axis = (TimelineAxis) model.get("axis");
    assertThat(axis.years())
        .extracting(TimelineAxis.YearMark::year)
        .containsExactly(1972, 1996, 2020);
    assertThat(axis.spans()).extracting(TimelineAxis.Span::text).containsExactly("友好交流26年");
  }

  @Test
  void theFullArticleIsTheOneInThePagesLanguageWhenItExists() {
    Map<String, Object> tie =
        list(list(pages.page(jaTimeline, "../").get("years")).get(1).get("events")).get(0);

    Map<String, Object> more = map(tie.get("more"));
    assertThat(more.get("href")).isEqualTo("../ja/sister-cities.html");
    assertThat(more.get("before") + "" + more.get("title") + more.get("after"))
        .isEqualTo("関連記事：友好都市");
    assertThat(more).doesNotContainKey("titleLang");
  }

  @Test
  void theKeyDatesOfTheHomePageLinkToTheAnchorsOnTheTimeline() {
    Map<String, Object> keyDates = pages.keyDates(Language.JA, "../");

    assertThat(keyDates.get("href")).isEqualTo("../ja/timeline.html");
    assertThat(list(keyDates.get("events")))
        .extracting(e -> e.get("href"))
        .containsExactly(
            "../ja/timeline.html#1972-normalization",
            "../ja/timeline.html#1996-sister-cities",
            "../ja/timeline.html#2020-07-flood");
    assertThat(list(keyDates.get("events")).get(2).get("untranslated")).isEqualTo("（未翻訳）");
    assertThat(pages.keyDates(Language.ZH, "../")).isEmpty();
  }

  @Test
  void theJsonLdListsTheEventsOfThePageInOrderAtTheirPrecision() {
    JsonObject list =
        JsonParser.parseString((String) pages.page(jaTimeline, "../").get("jsonLd"))
            .getAsJsonObject();

    assertThat(list.get("@type").getAsString()).isEqualTo("ItemList");
    assertThat(list.get("inLanguage").getAsString()).isEqualTo("ja");
    JsonArray items = list.getAsJsonArray("itemListElement");
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonObject item = items.get(i).getAsJsonObject();
      JsonObject event = item.getAsJsonObject("item");
      assertThat(item.get("position").getAsInt()).isEqualTo(i + 1);
      assertThat(event.get("@type").getAsString()).isEqualTo("Event");
      seen.add(
          event.get("startDate").getAsString()
              + " "
              + event.get("url").getAsString()
              + " "
              + event.get("inLanguage").getAsString());
    }
    assertThat(seen)
        .containsExactly(
            "1972-09-29 " + BASE + "ja/timeline.html#1972-normalization ja",
            "1996 " + BASE + "ja/timeline.html#1996-sister-cities ja",
            "2020-07 " + BASE + "ja/timeline.html#2020-07-flood en");
    assertThat(
            items.get(2).getAsJsonObject().getAsJsonObject("item").get("description").getAsString())
        .isEqualTo("The Kuma River basin flooded.");
  }

  @Test
  void theJsonLdCannotCloseItsScriptElement() {
    EventFiles files =
        new EventFiles(dir.resolve("other"))
            .file("en/timeline.md", page("Timeline", "timeline", "Text."))
            .event(
                "en", "2001-x", "2001", "cities", "summary: a </script><script>alert(1)</script>");

    String json =
        new TimelinePages(files.articles(), PartialDate.ofYear(2022), BASE, STRINGS)
            .page(files.articles().get(0), "../")
            .get("jsonLd")
            .toString();

    assertThat(json).doesNotContain("<", ">").contains("\\u003c/script\\u003e");
    assertThat(JsonParser.parseString(json).toString()).contains("a </script><script>");
  }

  @Test
  void theTimelineJsFileHasTheSameEventsAtTheirPrecisionWithAbsoluteLinks() {
    Map<String, String> files = pages.dataFiles();

    assertThat(files).containsOnlyKeys("en/timeline.json", "ja/timeline.json");
    JsonObject ja = JsonParser.parseString(files.get("ja/timeline.json")).getAsJsonObject();
    assertThat(ja.getAsJsonObject("title").getAsJsonObject("text").get("headline").getAsString())
        .isEqualTo("年表");
    JsonArray events = ja.getAsJsonArray("events");
    assertThat(events).hasSize(3);
    JsonObject tie = events.get(1).getAsJsonObject();
    assertThat(tie.get("unique_id").getAsString()).isEqualTo("1996-sister-cities");
    assertThat(tie.getAsJsonObject("start_date").keySet())
        .containsExactlyInAnyOrder("year", "display_date");
    assertThat(tie.getAsJsonObject("start_date").get("year").getAsInt()).isEqualTo(1996);
    assertThat(tie.get("group").getAsString()).isEqualTo("両市の間");
    JsonObject flood = events.get(2).getAsJsonObject();
    assertThat(flood.getAsJsonObject("start_date").get("month").getAsInt()).isEqualTo(7);
    assertThat(flood.getAsJsonObject("start_date").has("day")).isFalse();
    assertThat(flood.getAsJsonObject("text").get("text").getAsString())
        .contains("href=\"" + BASE + "en/beihai.html\"");
    JsonObject normalization = events.get(0).getAsJsonObject().getAsJsonObject("start_date");
    assertThat(normalization.get("day").getAsInt()).isEqualTo(29);
    assertThat(normalization.get("display_date").getAsString()).isEqualTo("1972年9月29日（昭和47年）");
  }

  private static String page(String title, String type, String body) {
    return "---\ntitle: "
        + title
        + "\ndate: 2022-09-29\ntype: "
        + type
        + "\nstatus: published\n---\n\n"
        + body
        + "\n";
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object o) {
    return (List<Map<String, Object>>) o;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }
}
