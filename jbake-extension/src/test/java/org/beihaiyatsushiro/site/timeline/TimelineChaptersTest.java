package org.beihaiyatsushiro.site.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.i18n.UiStrings;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.beihaiyatsushiro.site.testing.Printed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineChaptersTest {
  @TempDir Path data;

  @Test
  void aChapterKeyThatDoesNotEndInAYearIsAProblemAtItsLineInEachTable() throws IOException {
    Files.createDirectories(data.resolve("i18n"));
    for (String lang : new String[] {"en", "zh", "ja"}) {
      Files.writeString(
          data.resolve("i18n/" + lang + ".yml"),
          "site.title: Site\ntimeline.chapter.1972: One\ntimeline.chapter.next: Two\n");
    }
    Problems problems = new Problems();
    UiStrings strings = UiStrings.load(data, "data", problems).orElseThrow();

    TimelineChapters.check(strings, data, "data", problems);

    assertThat(problems.sorted())
        .extracting(Printed::line)
        .containsExactly(
            "data/i18n/en.yml:3: the chapter key 'timeline.chapter.next' does not end in the year"
                + " the chapter begins (write the year in four digits: timeline.chapter.1996: …)",
            "data/i18n/ja.yml:3: the chapter key 'timeline.chapter.next' does not end in the year"
                + " the chapter begins (write the year in four digits: timeline.chapter.1996: …)",
            "data/i18n/zh.yml:3: the chapter key 'timeline.chapter.next' does not end in the year"
                + " the chapter begins (write the year in four digits: timeline.chapter.1996: …)");
  }

  @Test
  void theSitesTablesHaveWellFormedChapters() {
    Problems problems = new Problems();
    UiStrings strings =
        UiStrings.load(FixtureSite.PROJECT.resolve("data"), "data", problems).orElseThrow();
    TimelineChapters.check(strings, FixtureSite.PROJECT.resolve("data"), "data", problems);
    assertThat(problems.sorted()).isEmpty();
    assertThat(TimelineChapters.starts(strings.of(Language.ZH)))
        .containsKeys(1972, 1984, 1996, 2001, 2020, 2022);
  }
}
