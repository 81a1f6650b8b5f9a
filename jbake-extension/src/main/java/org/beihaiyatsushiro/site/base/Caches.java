package org.beihaiyatsushiro.site.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The caches a bake keeps under target/ (share images, picture variants): what the last bake used.
 */
public final class Caches {
  private Caches() {}

  /**
   * How long a bake leaves an entry it is making untouched, at most: an unfinished entry older than
   * this was left by a bake that was stopped (a picture's variants or a share image take seconds).
   */
  public static final Duration ABANDONED_AFTER = Duration.ofHours(1);

  /**
   * Deletes the entries of a cache folder that this bake did not use: the files, and the folders of
   * files, whose names the cache gave them ({@code names}), and the unfinished ones ({@code
   * unfinished}) untouched for {@link #ABANDONED_AFTER}; nothing else in the folder is touched. An
   * entry another bake removes or fills meanwhile (the preview and a build may share a cache) is
   * left to it, and so is one it is making.
   *
   * @param used the entries this bake used, as paths in {@code cache}
   */
  public static void deleteAllBut(Path cache, Pattern names, Pattern unfinished, Set<Path> used) {
    if (!Files.isDirectory(cache, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Instant abandoned = Instant.now().minus(ABANDONED_AFTER);
    try (Stream<Path> entries = Files.list(cache)) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        try {
          boolean unused = names.matcher(name).matches() && !used.contains(entry);
          boolean stopped =
              unfinished.matcher(name).matches()
                  && Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS)
                      .toInstant()
                      .isBefore(abandoned);
          if (unused || stopped) {
            deleteEntry(entry);
          }
        } catch (NoSuchFileException | DirectoryNotEmptyException e) {
          // Another bake is removing or remaking it.
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the cache " + cache + " cannot be tidied", e);
    }
  }

  /** Deletes a cache entry: a file, or a folder of files; a link is deleted, never followed. */
  public static void deleteEntry(Path entry) throws IOException {
    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> files = Files.list(entry)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    }
    Files.delete(entry);
  }
}
