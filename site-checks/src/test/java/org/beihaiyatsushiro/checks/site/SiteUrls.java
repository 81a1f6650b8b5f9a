package org.beihaiyatsushiro.checks.site;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.checks.publish.PublishedSite;
import org.jsoup.nodes.Element;

/**
 * The baked site's absolute URLs (canonical, hreflang, feeds, sitemaps) and the files they name.
 *
 * <p>The base URL is the one the build was given ({@link PublishedSite#baseUrl()}: -Dsite.baseUrl
 * or jbake.properties), not one read from the baked pages, so the pages are measured against the
 * address they were baked for rather than against themselves.
 */
final class SiteUrls {
  /** The absolute URL of the site's root, ending in '/'. */
  static final String BASE = PublishedSite.baseUrl();

  private SiteUrls() {}

  /** The absolute URL of a site path. */
  static String of(String sitePath) {
    return BASE + sitePath;
  }

  /** The site path an absolute URL of this site names, if it is one. */
  static Optional<String> pathOf(String url) {
    return url.startsWith(BASE) ? Optional.of(url.substring(BASE.length())) : Optional.empty();
  }

  /**
   * The site path a link of a page leads to, resolved as a browser resolves it from the page's file
   * (jsoup's absUrl with the file's URL as base), without its #fragment.
   */
  static Optional<String> target(Element link, String attr) {
    String abs = link.absUrl(attr);
    if (!abs.startsWith("file:")) {
      return Optional.empty();
    }
    int hash = abs.indexOf('#');
    Path file = Path.of(URI.create(hash < 0 ? abs : abs.substring(0, hash))).normalize();
    return file.startsWith(BakedSite.ROOT)
        ? Optional.of(BakedSite.ROOT.relativize(file).toString().replace('\\', '/'))
        : Optional.empty();
  }

  /** Whether an absolute URL names a file of the baked site. */
  static boolean exists(String url) {
    return pathOf(url)
        .map(p -> !p.isEmpty() && Files.isRegularFile(BakedSite.ROOT.resolve(p)))
        .orElse(false);
  }
}
