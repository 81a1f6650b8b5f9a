package org.beihaiyatsushiro.site.base;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The site's own settings, from jbake.properties ({@code site.*}) or the command line.
 *
 * <p>JBake lets jbake.properties win over Maven's -D properties; for the settings a publisher
 * changes per build (the base URL), a Java system property of the same name wins here instead, so
 * {@code ./mvnw package -Dsite.baseUrl=https://owner.github.io/repo/} works without editing a file.
 *
 * @param baseUrl the absolute URL of the site's root, ending in '/'
 * @param asOf the date anniversaries are counted to (never the build's clock)
 * @param siteRoot the folder of jbake.properties
 * @param contentFolder content/
 * @param templateFolder templates/
 * @param assetFolder assets/
 * @param dataFolder data/
 * @param output where the site is written
 */
public record SiteConfig(
    String baseUrl,
    PartialDate asOf,
    Path siteRoot,
    Path contentFolder,
    Path templateFolder,
    Path assetFolder,
    Path dataFolder,
    Path output) {

  public static final String BASE_URL = "site.baseUrl";
  public static final String AS_OF = "site.asOf";

  /** Whether articles dated after the build's day are published at once (true) or held back. */
  public static final String PUBLISH_FUTURE = "site.publishFuture";

  private static final String DEFAULT_BASE_URL = "https://example.invalid/";

  public SiteConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (!baseUrl.endsWith("/")) {
      baseUrl = baseUrl + "/";
    }
    checkBaseUrl(baseUrl);
  }

  /**
   * The base URL as this build sets it: the system property {@code site.baseUrl} (Maven's {@code
   * -Dsite.baseUrl=…}) wins over jbake.properties; always ending in '/'.
   *
   * @param fromFile looks a key up in jbake.properties (null when absent)
   * @throws IllegalArgumentException when the base URL is not an absolute http(s) URL
   */
  public static String baseUrl(Function<String, Object> fromFile) {
    String url = setting(BASE_URL, fromFile, DEFAULT_BASE_URL);
    url = url.endsWith("/") ? url : url + "/";
    checkBaseUrl(url);
    return url;
  }

  private static void checkBaseUrl(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      uri = null;
    }
    if (uri == null
        || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
        || uri.getHost() == null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          BASE_URL
              + " is '"
              + url
              + "' but must be the site's absolute address, such as"
              + " https://owner.github.io/repo/ (set it in jbake.properties or with"
              + " -D"
              + BASE_URL
              + "=…)");
    }
  }

  /**
   * The date anniversaries are counted to ({@code site.asOf}), never the build's clock.
   *
   * @param fromFile looks a key up in jbake.properties (null when absent)
   * @throws IllegalArgumentException when it is no date
   */
  public static PartialDate asOf(Function<String, Object> fromFile) {
    String text = setting(AS_OF, fromFile, "2022-09-29");
    String[] why = new String[1];
    return PartialDate.parse(text, why)
        .orElseThrow(() -> new IllegalArgumentException(AS_OF + " '" + text + "' " + why[0]));
  }

  /**
   * Whether articles dated after the build's day (pages.BuildDay) are published at once ({@code
   * site.publishFuture=true}) instead of being held back until their day (the default).
   *
   * @param fromFile looks a key up in jbake.properties (null when absent)
   * @throws IllegalArgumentException when it is neither true nor false
   */
  public static boolean publishFuture(Function<String, Object> fromFile) {
    String text = setting(PUBLISH_FUTURE, fromFile, "false");
    if (!text.equals("true") && !text.equals("false")) {
      throw new IllegalArgumentException(
          PUBLISH_FUTURE
              + " is '"
              + text
              + "' but must be true (publish articles dated after today now) or false (hold them"
              + " back until their day)");
    }
    return text.equals("true");
  }

  /**
   * A problem with one of the site's settings, at the setting's line of jbake.properties (line 1
   * when the file does not have it), or naming the command line when a -D property set it.
   */
  public static Problem settingProblem(Path siteRoot, String key, String message) {
    if (System.getProperty(key) != null) {
      return new Problem(
          "jbake.properties", 1, message, "it was given on the command line as -D" + key + "=…");
    }
    int line = 1;
    Path file = siteRoot.resolve("jbake.properties");
    if (Files.isRegularFile(file)) {
      try {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).strip().matches(Pattern.quote(key) + "\\s*[=:].*")) {
            line = i + 1;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return new Problem("jbake.properties", line, message, "");
  }

  /**
   * Reads the settings.
   *
   * @param fromFile looks a key up in jbake.properties (null when absent)
   */
  public static SiteConfig from(
      Function<String, Object> fromFile,
      Path siteRoot,
      Path contentFolder,
      Path templateFolder,
      Path assetFolder,
      Path dataFolder,
      Path output) {
    return new SiteConfig(
        baseUrl(fromFile),
        asOf(fromFile),
        siteRoot,
        contentFolder,
        templateFolder,
        assetFolder,
        dataFolder,
        output);
  }

  /**
   * The settings file of the site in {@code siteRoot}, jbake.properties, as JBake reads it (UTF-8);
   * empty when the folder has none.
   *
   * @throws UncheckedIOException naming the file when it cannot be read
   */
  public static Properties readProperties(Path siteRoot) {
    Path file = siteRoot.resolve("jbake.properties");
    Properties properties = new Properties();
    // A link in its place is never read: the content check reports it (see content.SourceTree).
    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return properties;
  }

  /**
   * One site setting: a Java system property of that name (-D on the command line) wins over
   * jbake.properties, which wins over the fallback.
   *
   * @param fromFile looks a key up in jbake.properties (null when absent)
   */
  public static String setting(String key, Function<String, Object> fromFile, String fallback) {
    String fromCommandLine = System.getProperty(key);
    if (fromCommandLine != null && !fromCommandLine.isBlank()) {
      return fromCommandLine.strip();
    }
    Object value = fromFile.apply(key);
    return value == null || value.toString().isBlank() ? fallback : value.toString().strip();
  }

  /** The absolute URL of a page given by its path from the site root. */
  public String urlOf(String sitePath) {
    return baseUrl + sitePath;
  }

  /**
   * The path of the base URL ({@code /repo/} for https://owner.github.io/repo/, {@code /} for a
   * site at the root of its host): the 404 page, served for missing paths at any depth, refers to
   * the site's files by this absolute path.
   */
  public String basePath() {
    String path = URI.create(baseUrl).getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }
}
