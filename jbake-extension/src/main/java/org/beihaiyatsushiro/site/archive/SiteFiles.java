package org.beihaiyatsushiro.site.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a baked site in the one order every archive lists them: sorted by their site path,
 * so no archive depends on the order a file system happens to return.
 */
public final class SiteFiles {
  private SiteFiles() {}

  /**
   * Every regular file under the site's root, sorted by path.
   *
   * @throws IllegalArgumentException when the folder holds no baked site (no index.html)
   */
  public static List<SiteFile> of(Path siteRoot) {
    if (!Files.isRegularFile(siteRoot.resolve("index.html"))) {
      throw new IllegalArgumentException(
          "no baked site in " + siteRoot + " (no index.html): bake the site first");
    }
    try (Stream<Path> s = Files.walk(siteRoot)) {
      return s.filter(Files::isRegularFile)
          .map(p -> new SiteFile(siteRoot.relativize(p).toString().replace('\\', '/'), p))
          .sorted(Comparator.comparing(SiteFile::path))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the site in " + siteRoot, e);
    }
  }
}
