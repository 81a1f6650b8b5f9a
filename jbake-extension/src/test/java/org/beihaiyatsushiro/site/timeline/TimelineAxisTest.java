package org.beihaiyatsushiro.site.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.content.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineAxisTest {
  @TempDir Path dir;
  private TimelineAxis axis;

  /** The chapters of the site's timeline, with the years the site has events in. */
  @BeforeEach
  void axis() {
    List<TimelineChapters.Chapter> chapters =
        List.of(
            chapter(1972, 1983, "Normalization", 1972),
            chapter(1984, 1995, "Opening up", 1984),
            chapter(1996, 2000, "Sister cities", 1996),
            chapter(2001, 2019, "The seahorse statues", 2001, 2005),
            chapter(2020, 2021, "Help in hard years", 2020, 2021),
            chapter(2022, 2022, "The 50th anniversary", 2022));
    axis =
        TimelineAxis.of(
            chapters, List.of(new TimelineAxis.Friendship(1996, "26 years of friendship")));
  }

  @Test
  void everyYearHasTheSameWidthSoTwelveYearsLookSixTimesAsLongAsTwo() {
    double perYear = axis.bands().get(0).width() / 12;
    assertThat(axis.bands().get(4).width()).isCloseTo(2 * perYear, within(0.2));
    assertThat(axis.bands().get(3).width()).isCloseTo(19 * perYear, within(0.2));
    for (int i = 1; i < axis.bands().size(); i++) {
      TimelineAxis.Band before = axis.bands().get(i - 1);
      assertThat(axis.bands().get(i).x()).isCloseTo(before.x() + before.width(), within(0.2));
    }
    TimelineAxis.Band last = axis.bands().get(axis.bands().size() - 1);
    assertThat(last.close()).isTrue();
    assertThat(last.x() + last.width()).isLessThanOrEqualTo(TimelineAxis.WIDTH);
  }

  @Test
  void theFriendshipRunsFromItsYearToTheClose() {
    TimelineAxis.Span span = axis.spans().get(0);
    TimelineAxis.Band sisterCities = axis.bands().get(2);
    TimelineAxis.Band close = axis.bands().get(5);
    assertThat(span.x()).isCloseTo(sisterCities.x(), within(0.2));
    assertThat(span.x() + span.width()).isCloseTo(close.x() + close.width(), within(0.2));
    assertThat(span.text()).isEqualTo("26 years of friendship");
    assertThat(span.y()).isLessThan(axis.height());
  }

  @Test
  void noChapterNameRunsIntoAnotherOrOffTheAxis() {
    List<double[]> boxes = new ArrayList<>();
    for (TimelineAxis.Label l : axis.labels()) {
      double width = TimelineAxis.textWidth(l.text());
      double left = l.end() ? l.x() - width : l.x();
      assertThat(left).as(l.text()).isGreaterThanOrEqualTo(0);
      assertThat(left + width).as(l.text()).isLessThanOrEqualTo(TimelineAxis.WIDTH);
      assertThat(l.y()).as(l.text()).isPositive().isLessThan(axis.barY());
      boxes.add(new double[] {left, left + width, l.y()});
    }
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        double[] a = boxes.get(i);
        double[] b = boxes.get(j);
        boolean sameRow = a[2] == b[2];
        boolean overlap = a[0] < b[1] && b[0] < a[1];
        assertThat(sameRow && overlap)
            .as(axis.labels().get(i).text() + " / " + axis.labels().get(j).text())
            .isFalse();
      }
    }
  }

  @Test
  void yearNumbersThatWouldTouchAreLeftOutButTheCloseIsAlwaysLabelled() {
    assertThat(axis.years())
        .extracting(TimelineAxis.YearMark::year)
        .containsExactly(1972, 1984, 1996, 2001, 2005, 2020, 2021, 2022);
    assertThat(axis.years().stream().filter(TimelineAxis.YearMark::labelled))
        .extracting(TimelineAxis.YearMark::year)
        .containsExactly(1972, 1984, 1996, 2001, 2005, 2022);
  }

  private TimelineChapters.Chapter chapter(int from, int to, String title, int... years) {
    List<TimelineYear> list = new ArrayList<>();
    for (int y : years) {
      Article event =
          new EventFiles(dir)
              .event("en", y + "-event", String.valueOf(y), "cities")
              .articles()
              .get(0);
      list.add(new TimelineYear(y, List.of(new TimelineEvent(event.anchor(), event, Language.EN))));
    }
    return new TimelineChapters.Chapter(from, to, title, list, to == 2022);
  }
}
