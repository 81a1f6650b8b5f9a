package org.beihaiyatsushiro.site.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.beihaiyatsushiro.site.base.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Order, grouping and translation fallback of the timeline, from real event files. */
class TimelineTest {
  @TempDir Path dir;

  @Test
  void mixedPrecisionsInOneYearSortYearThenMonthThenDay() {
    EventFiles files =
        new EventFiles(dir)
            .event("en", "2020-07-20-day", "2020-07-20", "people")
            .event("en", "2020-12-01-december", "2020-12-01", "people")
            .event("en", "2020-07-flood", "2020-07", "cities")
            .event("en", "2020-masks", "2020", "people")
            .event("en", "2020-01-01-new-year", "2020-01-01", "people")
            .event("en", "2020-07-01-first", "2020-07-01", "people")
            .event("en", "2019-before", "2019-12-31", "cities")
            .event("en", "2021-after", "2021", "cities");

    Timeline timeline = new Timeline(files.articles());

    assertThat(anchors(timeline, Language.EN))
        .containsExactly(
            "2019-before",
            "2020-masks",
            "2020-01-01-new-year",
            "2020-07-flood",
            "2020-07-01-first",
            "2020-07-20-day",
            "2020-12-01-december",
            "2021-after");
    assertThat(timeline.years(Language.EN))
        .extracting(TimelineYear::year, TimelineYear::anchor, y -> y.events().size())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2019, "y2019", 1),
            org.assertj.core.groups.Tuple.tuple(2020, "y2020", 6),
            org.assertj.core.groups.Tuple.tuple(2021, "y2021", 1));
  }

  @Test
  void eventsOfEqualDateKeepOneOrderInEveryLanguage() {
    EventFiles files =
        new EventFiles(dir)
            .event("en", "2001-b", "2001", "cities")
            .event("en", "2001-a", "2001", "cities")
            .event("ja", "2001-a", "2001", "cities")
            .event("zh", "2001-b", "2001", "cities")
            .event("zh", "2001-a", "2001", "cities");

    Timeline timeline = new Timeline(files.articles());

    for (Language lang : Language.values()) {
      assertThat(anchors(timeline, lang)).as(lang.code()).containsExactly("2001-a", "2001-b");
    }
  }

  @Test
  void anUntranslatedEventAppearsInTheOriginalItWasTranslatedFrom() {
    EventFiles files =
        new EventFiles(dir)
            .event("zh", "1996-tie", "1996", "cities")
            .event("en", "1996-tie", "1996", "cities", "translated_from: zh");

    Timeline timeline = new Timeline(files.articles());

    TimelineEvent onJa = timeline.events(Language.JA).get(0);
    assertThat(onJa.shown().lang()).isEqualTo(Language.ZH);
    assertThat(onJa.translated()).isFalse();
    assertThat(onJa.anchor()).isEqualTo("1996-tie");
    TimelineEvent onEn = timeline.events(Language.EN).get(0);
    assertThat(onEn.shown().lang()).isEqualTo(Language.EN);
    assertThat(onEn.translated()).isTrue();
  }

  @Test
  void withoutAnOriginalTheFallbackIsEnglishThenChineseThenJapanese() {
    EventFiles files =
        new EventFiles(dir)
            .event("ja", "2005-merger", "2005", "cities")
            .event("zh", "2005-merger", "2005", "cities")
            .event("ja", "2021-cards", "2021", "people")
            .event("en", "1972-normalization", "1972-09-29", "nations")
            .event("ja", "1972-normalization", "1972-09-29", "nations");

    Timeline timeline = new Timeline(files.articles());

    assertThat(timeline.events(Language.EN))
        .extracting(e -> e.anchor() + ":" + e.shown().lang().code())
        .containsExactly("1972-normalization:en", "2005-merger:zh", "2021-cards:ja");
    assertThat(timeline.events(Language.ZH))
        .extracting(e -> e.anchor() + ":" + e.shown().lang().code())
        .containsExactly("1972-normalization:en", "2005-merger:zh", "2021-cards:ja");
  }

  @Test
  void draftsAreLeftOutAndTheirLanguageFallsBack() {
    EventFiles files =
        new EventFiles(dir)
            .event("en", "1984-opening", "1984", "nations")
            .file(
                "ja/events/1984-opening.md",
                "---\ntitle: 北海の対外開放\ndate: 1984\ntype: event\nstatus: draft\nkind: nations\n"
                    + "---\n\n下書き。\n");

    Timeline timeline = new Timeline(files.articles());

    assertThat(timeline.events(Language.JA))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.shown().lang()).isEqualTo(Language.EN);
              assertThat(e.translated()).isFalse();
            });
  }

  private static List<String> anchors(Timeline timeline, Language lang) {
    return timeline.events(lang).stream().map(TimelineEvent::anchor).toList();
  }
}
