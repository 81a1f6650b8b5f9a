package org.beihaiyatsushiro.site.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.testing.Printed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline's checks across files name the file and line to correct. */
class TimelineChecksTest {
  @TempDir Path dir;

  @Test
  void aTranslationWithAnotherDateOrKindIsAProblemAtItsLine() {
    EventFiles files =
        new EventFiles(dir)
            .event("en", "1996-tie", "1996", "cities")
            .event("ja", "1996-tie", "1997", "people", "translated_from: en");
    Problems problems = new Problems();

    TimelineChecks.check(files.articles(), problems);

    assertThat(problems.sorted())
        .extracting(Printed::line)
        .containsExactly(
            "content/ja/events/1996-tie.md:3: 日付 1997 が content/en/events/1996-tie.md の 1996"
                + " と違います。出来事の日付はどの言語でも同じです（ここか content/en/events/1996-tie.md"
                + " の日付を直してください）",
            "content/ja/events/1996-tie.md:6: kind people が content/en/events/1996-tie.md の"
                + " cities と違います。出来事の kind はどの言語でも同じです（ここか"
                + " content/en/events/1996-tie.md の kind を直してください）");
  }

  @Test
  void twoEventsWithOneAnchorAndAnEventNamedLikeAYearAreProblems() {
    EventFiles files =
        new EventFiles(dir)
            .event("en", "opening", "1984", "nations")
            .file(
                "en/events/more/opening.md",
                "---\ntitle: Again\ndate: 1985\ntype: event\nstatus: published\nkind: cities\n"
                    + "---\n\nText.\n")
            .event("en", "y1996", "1996", "cities");
    Problems problems = new Problems();

    TimelineChecks.check(files.articles(), problems);

    assertThat(problems.sorted())
        .extracting(Printed::line)
        .containsExactlyInAnyOrder(
            "content/en/events/opening.md:1: the event has the same anchor 'opening' on the"
                + " timeline as content/en/events/more/opening.md (rename one of the two files;"
                + " the file name is the event's link on the timeline)",
            "content/en/events/y1996.md:1: the event's anchor 'y1996' is the link of a year on the"
                + " timeline (start the file name with the year, for example"
                + " 1996-sister-cities.md)");
  }

  @Test
  void agreeingVersionsPass() {
    EventFiles files =
        new EventFiles(dir)
            .event("en", "2020-07-flood", "2020-07", "cities")
            .event("zh", "2020-07-flood", "2020-07", "cities")
            .event("ja", "2020-07-flood", "2020-07", "cities");
    Problems problems = new Problems();

    TimelineChecks.check(files.articles(), problems);

    assertThat(problems.isEmpty()).isTrue();
  }
}
