package org.beihaiyatsushiro.site.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixture bakes of the timeline through JBake, with the real templates and UI strings. */
class TimelineBakeIT {
  @TempDir Path dir;

  @Test
  void anEventNotYetTranslatedAppearsInItsOwnLanguageMarkedAsSuch() {
    FixtureSite.Result result =
        FixtureSite.withRealTheme(dir)
            .write("content/en/timeline.md", page("Timeline", "timeline", "From 1972."))
            .write("content/ja/timeline.md", page("年表", "timeline", "1972年から。"))
            .write("content/ja/index.md", page("北海と八代", "home", "ようこそ。"))
            .write("content/en/masks-2020.md", page("Masks", "article", "Masks for Beihai."))
            .write(
                "content/en/events/2020-masks.md",
                "---\ntitle: Masks for Beihai\ndate: 2020\ntype: event\nstatus: published\n"
                    + "kind: people\narticle: ../masks-2020.md\n---\n\n"
                    + "Yatsushiro sends [face masks](../masks-2020.md) to Beihai.\n")
            .write(
                "content/en/events/1996-sister-cities.md",
                event("Sister Cities", "1996", "cities", "anniversary: friendship"))
            .write(
                "content/ja/events/1996-sister-cities.md",
                event("友好都市の締結", "1996", "cities", "anniversary: friendship"))
            .bake();

    assertThat(result.problemLines()).isEmpty();
    assertThat(result.errors()).isEmpty();
    Document ja = Jsoup.parse(result.read("ja/timeline.html"));
    assertThat(ja.select("li.event").eachAttr("id"))
        .containsExactly("1996-sister-cities", "2020-masks");
    Element masks = ja.getElementById("2020-masks");
    assertThat(masks.attr("lang")).isEqualTo("en");
    assertThat(masks.selectFirst("h4.event-title").text()).isEqualTo("Masks for Beihai");
    Element note = masks.selectFirst("p.event-untranslated");
    assertThat(note.attr("lang")).isEqualTo("ja");
    assertThat(note.text()).isEqualTo("この出来事はまだ日本語に翻訳されていないため、英語で掲載しています。");
    assertThat(masks.select("p.event-date")).as("the year's heading says the year").isEmpty();
    assertThat(ja.selectFirst("#y2020 h3 time").attr("datetime")).isEqualTo("2020");
    assertThat(masks.selectFirst("div.event-text a").attr("href"))
        .isEqualTo("../en/masks-2020.html");
    assertThat(masks.select("p.event-more"))
        .as("the text already links to the article: no Read more")
        .isEmpty();
    assertThat(result.file("en/masks-2020.html")).exists();
    Element tie = ja.getElementById("1996-sister-cities");
    assertThat(tie.hasAttr("lang")).isFalse();
    assertThat(tie.select("p.event-untranslated")).isEmpty();
    assertThat(tie.selectFirst("p.event-anniversary").text()).isEqualTo("友好交流26年");
    assertThat(ja.selectFirst("#y1996 h3").text()).isEqualTo("1996 平成8年");

    JsonObject ld =
        JsonParser.parseString(ja.selectFirst("script[type=application/ld+json]").data())
            .getAsJsonObject();
    JsonObject second =
        ld.getAsJsonArray("itemListElement").get(1).getAsJsonObject().getAsJsonObject("item");
    assertThat(second.get("inLanguage").getAsString()).isEqualTo("en");
    assertThat(second.get("startDate").getAsString()).isEqualTo("2020");

    Document home = Jsoup.parse(result.read("ja/index.html"));
    assertThat(home.select("ol.key-dates a").eachAttr("href"))
        .containsExactly(
            "../ja/timeline.html#1996-sister-cities", "../ja/timeline.html#2020-masks");
    assertThat(home.select("ol.key-dates li").get(1).selectFirst(".key-date-title").attr("lang"))
        .isEqualTo("en");
    assertThat(home.select("ol.key-dates small.key-date-untranslated").text()).isEqualTo("（未翻訳）");
    assertThat(result.files()).contains("ja/timeline.json", "en/timeline.json");
  }

  @Test
  void versionsOfAnEventWithDifferentDatesFailTheBakeNamingTheFile() {
    FixtureSite.Result result =
        FixtureSite.withRealTheme(dir)
            .write("content/en/timeline.md", page("Timeline", "timeline", "From 1972."))
            .write("content/en/events/1996-sister-cities.md", event("Tie", "1996", "cities"))
            .write("content/ja/events/1996-sister-cities.md", event("締結", "1997", "cities"))
            .bake();

    assertThat(result.failed()).isTrue();
    assertThat(result.problemLines())
        .containsExactly(
            "content/ja/events/1996-sister-cities.md:3: 日付 1997 が"
                + " content/en/events/1996-sister-cities.md の 1996 と違います。出来事の日付はどの言語でも同じです"
                + "（ここか content/en/events/1996-sister-cities.md の日付を直してください）");
  }

  @Test
  void anUnknownAnniversaryIsRefusedAtItsLine() {
    FixtureSite.Result result =
        FixtureSite.withRealTheme(dir)
            // Without a timeline the event would also be shown nowhere, a problem of its own.
            .write("content/en/timeline.md", page("Timeline", "timeline", "From 1972."))
            .write(
                "content/en/events/1996-sister-cities.md",
                event("Tie", "1996", "cities", "anniversary: friends"))
            .bake();

    assertThat(result.failed()).isTrue();
    assertThat(result.problemLines())
        .singleElement()
        .asString()
        .startsWith("content/en/events/1996-sister-cities.md:7: unknown anniversary 'friends'");
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

  private static String event(String title, String date, String kind, String... more) {
    return "---\ntitle: "
        + title
        + "\ndate: "
        + date
        + "\ntype: event\nstatus: published\nkind: "
        + kind
        + "\n"
        + String.join("\n", more)
        + (more.length > 0 ? "\n" : "")
        + "---\n\nText.\n";
  }
}
