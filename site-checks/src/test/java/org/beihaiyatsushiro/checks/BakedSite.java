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
    try (Stream<Path> s = Files.walk(ROOT)) {
      return s.filter(Files::isRegularFile)
          .map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("no baked site at " + ROOT + "; run ./mvnw package", e);
    }
  }

  /** Every HTML page of the site. */
  public static List<String> pages() {
    return files().stream().filter(f -> f.endsWith(".html")).toList();
  }

  /** Parses a page, with its file URL as base so relative links resolve. */
  public static Document page(String sitePath) {
    Path file = ROOT.resolve(sitePath);
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
