package org.beihaiyatsushiro.site.base;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * When the sources were made, by the reproducible-builds convention: {@code SOURCE_DATE_EPOCH} when
 * it is set, else the time of the last commit. The archive dates its files with it ({@code
 * archive.Provenance}), and the build takes its day from it ({@code pages.BuildDay}), so both
 * agree.
 */
public final class SourceDate {
  /** The environment variable of the reproducible-builds convention, in seconds since 1970. */
  public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

  private SourceDate() {}

  /**
   * {@code SOURCE_DATE_EPOCH} of the environment; empty when it is not set.
   *
   * @throws SettingException when it is set but not a whole number of seconds
   */
  public static Optional<Instant> fromEnvironment(Map<String, String> environment) {
    String value = environment.get(SOURCE_DATE_EPOCH);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
    } catch (NumberFormatException e) {
      throw new SettingException(
          Message.SOURCE_DATE_EPOCH_NOT_SECONDS.with(SOURCE_DATE_EPOCH, value));
    }
  }

  /** The time of the last commit of the repository in {@code dir}; empty without git or commit. */
  public static Optional<Instant> lastCommit(Path dir) {
    return Git.answer(dir, "log", "-1", "--format=%ct")
        .flatMap(
            seconds -> {
              try {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(seconds)));
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            });
  }
}
