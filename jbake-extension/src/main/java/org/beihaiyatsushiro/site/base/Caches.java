package org.beihaiyatsushiro.site.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The caches a bake keeps under target/ (share images, picture variants): what the last bake used.
 */
public final class Caches {
  private Caches() {}

  /**
   * Deletes the entries of a cache folder that this bake did not use: the files, and the folders of
   * files, whose names the cache gave them ({@code names}); nothing else in the folder is touched.
   * An entry another bake removes or fills meanwhile (the preview and a build may share a cache) is
   * left to it.
   *
   * @param used the entries this bake used, as paths in {@code cache}
   */
  public static void deleteAllBut(Path cache, Pattern names, Set<Path> used) {
    if (!Files.isDirectory(cache, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> entries = Files.list(cache)) {
      for (Path entry : entries.toList()) {
        if (names.matcher(entry.getFileName().toString()).matches() && !used.contains(entry)) {
          try {
            delete(entry);
          } catch (NoSuchFileException | DirectoryNotEmptyException e) {
            // Another bake is removing or remaking it.
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the cache " + cache + " cannot be tidied", e);
    }
  }

  /** Deletes a file, or a folder of files; a link is deleted, never followed. */
  private static void delete(Path entry) throws IOException {
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
