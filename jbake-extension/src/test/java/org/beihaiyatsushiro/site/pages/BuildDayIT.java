package org.beihaiyatsushiro.site.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.beihaiyatsushiro.site.base.SettingException;
import org.beihaiyatsushiro.site.base.SourceDate;
import org.beihaiyatsushiro.site.testing.Printed;
import org.beihaiyatsushiro.site.testing.TestRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day a build counts as today: the sources' date when there is one, so builds reproduce. */
class BuildDayIT {
  @TempDir Path dir;

  /** 23:00 UTC on 1 December: already 2 December in Japan, and in UTC+14. */
  private static final Instant LATE_EVENING = Instant.parse("2026-12-01T23:00:00Z");

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2030-06-15T08:00:00Z"), ZoneOffset.UTC);

  @Test
  void sourceDateEpochWinsAndItsDayIsTheDayThatHasBegunSomewhere() {
    BuildDay day =
        BuildDay.of(
            dir,
            dir.resolve("content"),
            Map.of(SourceDate.SOURCE_DATE_EPOCH, String.valueOf(LATE_EVENING.getEpochSecond())),
            CLOCK);

    assertDay(day, LocalDate.of(2026, 12, 2), "the day of SOURCE_DATE_EPOCH");
  }

  @Test
  void aSourceDateEpochThatIsNoNumberIsSaidInWords() {
    assertThatThrownBy(
            () ->
                BuildDay.of(
                    dir,
                    dir.resolve("content"),
                    Map.of(SourceDate.SOURCE_DATE_EPOCH, "yesterday"),
                    CLOCK))
        .isInstanceOf(SettingException.class)
        .extracting(e -> Printed.english(((SettingException) e).phrase()))
        .isEqualTo(
            "SOURCE_DATE_EPOCH is 'yesterday' but must be a whole number of seconds since"
                + " 1970-01-01 (unset it to use the time of the last commit)");
  }

  @Test
  void withoutGitTheClockDecides() {
    assertDay(
        BuildDay.of(dir, dir.resolve("content"), Map.of(), CLOCK),
        LocalDate.of(2030, 6, 15),
        "the clock's day: the sources are not in git");
  }

  @Test
  void aCleanCheckoutIsDatedByItsLastCommitAndUncommittedContentByTheClock() throws Exception {
    Files.createDirectories(dir.resolve("content/en"));
    Files.writeString(dir.resolve("content/en/beihai.md"), "text\n");
    TestRepository.in(dir, LATE_EVENING).commit("content");

    assertDay(
        BuildDay.of(dir, dir.resolve("content"), Map.of(), CLOCK),
        LocalDate.of(2026, 12, 2),
        "the day of the last commit");

    Files.writeString(dir.resolve("content/en/new.md"), "new\n");

    assertDay(
        BuildDay.of(dir, dir.resolve("content"), Map.of(), CLOCK),
        LocalDate.of(2030, 6, 15),
        "the clock's day: content/ has uncommitted changes");
  }

  /** The day, and where it comes from as the notices of held-back articles say it. */
  private static void assertDay(BuildDay day, LocalDate today, String source) {
    assertThat(day.today()).isEqualTo(today);
    assertThat(Printed.english(day.source())).isEqualTo(source);
  }
}
