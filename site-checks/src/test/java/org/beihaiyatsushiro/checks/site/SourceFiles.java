package org.beihaiyatsushiro.checks.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.pages.BuildDay;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The Markdown sources under content/, read here independently of the extension, so that the checks
 * compare the baked site with what editors wrote rather than with the extension's own idea of it.
 */
public final class SourceFiles {
  /** The languages' folders under content/ and the tag each page in them must carry. */
  public static final Map<String, String> TAG_OF_FOLDER =
      Map.of("zh", "zh-Hans", "ja", "ja", "en", "en");

  /**
   * The day the build counted as today, and whether it published articles dated after it (editors'
   * guide, section 9): the extension's own rule, since the day is an input of the build, not
   * something an editor wrote.
   */
  private static final LocalDate BUILD_DAY =
      BuildDay.of(
              BakedSite.SOURCES,
              BakedSite.SOURCES.resolve("content"),
              System.getenv(),
              Clock.systemUTC())
          .today();

  private static final boolean PUBLISH_FUTURE =
      SiteConfig.publishFuture(SiteConfig.readProperties(BakedSite.SOURCES)::getProperty);

  private SourceFiles() {}

  /**
   * One source file.
   *
   * @param contentPath the path below content/: en/beihai.md
   * @param fields its front matter fields as written
   */
  public record Source(String contentPath, Map<String, Object> fields) {
    public String folder() {
      return contentPath.substring(0, contentPath.indexOf('/'));
    }

    public String field(String name) {
      Object v = fields.get(name);
      return v == null ? null : v.toString().strip();
    }

    public boolean published() {
      return "published".equals(field("status"));
    }

    public String type() {
      return field("type");
    }

    /** Whether the build holds it back: a published article dated after the build's day. */
    public boolean heldBack() {
      return published()
          && "article".equals(type())
          && !PUBLISH_FUTURE
          && firstDayOf(field("date")).isAfter(BUILD_DAY);
    }

    /** Where its page must be: en/beihai.html. */
    public String pagePath() {
      return contentPath.substring(0, contentPath.length() - ".md".length()) + ".html";
    }

    /**
     * The anchor of an event on the timeline (docs/timeline.md): the last part of its
     * translation_key when it has one, else its file name without the extension.
     */
    public String anchor() {
      String key = field("translation_key");
      if (key == null) {
        key = contentPath.substring(contentPath.indexOf('/') + 1, contentPath.length() - 3);
      }
      return key.substring(key.lastIndexOf('/') + 1);
    }
  }

  /** Every .md file under content/, in path order. */
  public static List<Source> all() {
    Path content = BakedSite.SOURCES.resolve("content");
    try (Stream<Path> files = Files.walk(content)) {
      return files
          .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md"))
          .sorted()
          .map(p -> new Source(content.relativize(p).toString().replace('\\', '/'), frontMatter(p)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + content, e);
    }
  }

  /**
   * The published sources that become pages of their own (events live on the timeline), leaving out
   * the articles held back until their date.
   */
  public static List<Source> publishedPages() {
    return all().stream()
        .filter(s -> s.published() && !"event".equals(s.type()) && !s.heldBack())
        .toList();
  }

  /** The first day of a date written YYYY, YYYY-MM or YYYY-MM-DD. */
  private static LocalDate firstDayOf(String date) {
    String[] parts = date.split("-");
    return LocalDate.of(
        Integer.parseInt(parts[0]),
        parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
        parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
  }

  /** The published timeline events. */
  public static List<Source> publishedEvents() {
    return all().stream().filter(s -> s.published() && "event".equals(s.type())).toList();
  }

  /**
   * The header of a source: YAML between '---' lines, or JBake's key=value lines up to '~~~~~~'.
   */
  private static Map<String, Object> frontMatter(Path file) {
    List<String> lines;
    try {
      lines =
          List.of(
              new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                  .replace("\uFEFF", "")
                  .replace("\r\n", "\n")
                  .split("\n", -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    if (lines.get(0).strip().equals("---")) {
      int close = lines.subList(1, lines.size()).indexOf("---") + 1;
      if (close < 1) {
        throw new AssertionError(file + ": front matter is never closed");
      }
      Object yaml =
          new Load(LoadSettings.builder().build())
              .loadFromString(String.join("\n", lines.subList(1, close)));
      if (yaml instanceof Map<?, ?> map) {
        map.forEach((k, v) -> fields.put(String.valueOf(k), v));
      }
      return fields;
    }
    int end = lines.indexOf("~~~~~~");
    if (end < 0) {
      throw new AssertionError(file + ": no front matter");
    }
    for (String line : lines.subList(0, end)) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        fields.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
      }
    }
    return fields;
  }
}
