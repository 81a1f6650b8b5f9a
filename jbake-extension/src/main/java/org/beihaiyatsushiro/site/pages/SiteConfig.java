package org.beihaiyatsushiro.site.pages;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import org.beihaiyatsushiro.site.content.PartialDate;

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
    String baseUrl = baseUrl(fromFile);
    String asOfText = setting(AS_OF, fromFile, "2022-09-29");
    String[] why = new String[1];
    PartialDate asOf =
        PartialDate.parse(asOfText, why)
            .orElseThrow(
                () -> new IllegalArgumentException(AS_OF + " '" + asOfText + "' " + why[0]));
    return new SiteConfig(
        baseUrl, asOf, siteRoot, contentFolder, templateFolder, assetFolder, dataFolder, output);
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
