package org.beihaiyatsushiro.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The site as `./mvnw package` baked it into target/site, read the way a reader's browser would:
 * files on disk, parsed by jsoup.
 */
public final class BakedSite {
  /** The baked site's root folder (system property baked.site, set by the pom). */
  public static final Path ROOT =
      Path.of(System.getProperty("baked.site", "../target/site")).toAbsolutePath().normalize();

  /** The project's root folder, where content/ lies (system property site.root). */
  public static final Path SOURCES =
      Path.of(System.getProperty("site.root", "..")).toAbsolutePath().normalize();

  private BakedSite() {}

  /** Every file of the site, as paths relative to its root with forward slashes, sorted. */
  public static List<String> files() {
    return files(ROOT);
  }

  /**
   * Every file under a folder laid out like the site (the baked site, or a test fixture), as paths
   * relative to it with forward slashes, sorted.
   */
  public static List<String> files(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("no baked site at " + root + "; run ./mvnw package", e);
    }
  }

  /** Every HTML page of the site. */
  public static List<String> pages() {
    return pages(ROOT);
  }

  /** Every HTML page under a folder laid out like the site. */
  public static List<String> pages(Path root) {
    return files(root).stream().filter(f -> f.endsWith(".html")).toList();
  }

  /** Parses a page, with its file URL as base so relative links resolve. */
  public static Document page(String sitePath) {
    return page(ROOT, sitePath);
  }

  /** Parses a page under a folder laid out like the site, with its file URL as base. */
  public static Document page(Path root, String sitePath) {
    Path file = root.resolve(sitePath);
    try {
      return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a file of the site as UTF-8 text. */
  public static String text(String sitePath) {
    try {
      return Files.readString(ROOT.resolve(sitePath));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
