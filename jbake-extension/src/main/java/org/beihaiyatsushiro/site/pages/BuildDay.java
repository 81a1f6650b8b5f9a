package org.beihaiyatsushiro.site.pages;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.beihaiyatsushiro.site.base.Git;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Phrase;
import org.beihaiyatsushiro.site.base.SourceDate;

/**
 * The day a build counts as today, to hold back articles dated after it.
 *
 * <p>Two builds of the same sources must give the same bytes, so the day is the sources' date, as
 * the archive's ({@code archive.Provenance}): {@code SOURCE_DATE_EPOCH} when set (the
 * reproducible-builds convention), else the day of the last commit. Only when content/ has changes
 * that are not committed, or the sources are not in git at all, is there no such date, and the
 * clock decides: an editor previewing a new article dated today sees it.
 *
 * <p>A date has come once it has begun anywhere in the world: the day is taken in the earliest time
 * zone (UTC+14), so an article an editor in Japan dates today is not held back because it is still
 * yesterday in UTC.
 *
 * @param today the day
 * @param source where the day comes from, in words: "the day of the last commit", …
 */
public record BuildDay(LocalDate today, Phrase source) {
  /** The time zone in which a day begins first. */
  public static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

  public BuildDay {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(source, "source");
  }

  /**
   * The build's day for the sources in {@code siteRoot}.
   *
   * @param contentFolder content/, whose uncommitted changes make the clock decide
   * @param environment the process environment ({@link System#getenv()} in a build)
   * @param clock the clock, when no source date is known
   * @throws IllegalArgumentException when {@code SOURCE_DATE_EPOCH} is set but not a number of
   *     seconds
   */
  public static BuildDay of(
      Path siteRoot, Path contentFolder, Map<String, String> environment, Clock clock) {
    Optional<Instant> epoch = SourceDate.fromEnvironment(environment);
    if (epoch.isPresent()) {
      return new BuildDay(
          day(epoch.get()),
          Message.TODAY_FROM_SOURCE_DATE_EPOCH.with(SourceDate.SOURCE_DATE_EPOCH));
    }
    Optional<String> changes =
        Git.answer(
            siteRoot,
            "status",
            "--porcelain",
            "--untracked-files=all",
            "--",
            contentFolder.toString());
    if (changes.isPresent() && changes.get().isEmpty()) {
      Optional<Instant> commitTime = SourceDate.lastCommit(siteRoot);
      if (commitTime.isPresent()) {
        return new BuildDay(day(commitTime.get()), Message.TODAY_FROM_LAST_COMMIT.with());
      }
    }
    return new BuildDay(
        day(clock.instant()),
        changes.isPresent()
            ? Message.TODAY_FROM_CLOCK_UNCOMMITTED.with()
            : Message.TODAY_FROM_CLOCK_NOT_IN_GIT.with());
  }

  private static LocalDate day(Instant instant) {
    return instant.atOffset(EARLIEST_ZONE).toLocalDate();
  }
}
