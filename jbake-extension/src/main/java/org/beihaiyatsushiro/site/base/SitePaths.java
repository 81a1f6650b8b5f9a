package org.beihaiyatsushiro.site.base;

/**
 * The site's URL scheme: where each page, feed, sitemap and script the extension writes is, as a
 * path from the site's root ({@code zh/timeline.html}). Every part that writes a file or links to
 * one asks here, and templates get the links from their model, so a path changes in one place.
 *
 * <p>A content page's path follows its source file ({@code content/zh/beihai.md} is {@code
 * zh/beihai.html}: {@code content.Article#outputPath}).
 */
public final class SitePaths {
  /** The language chooser at the site's root. */
  public static final String CHOOSER = "index.html";

  /** The page GitHub Pages serves for a missing path. */
  public static final String NOT_FOUND = "404.html";

  /** The index of the sitemaps, at the root. */
  public static final String SITEMAP_INDEX = "sitemap.xml";

  /** The sitemap of the pages at the root (the chooser). */
  public static final String ROOT_SITEMAP = "sitemap-root.xml";

  /** The script of every search page, which queries the index scripts. */
  public static final String SEARCH_SCRIPT = "js/search.js";

  /**
   * The emblem every page shows, from assets/img/emblem.svg; the share images and icons draw it.
   */
  public static final String EMBLEM = "img/emblem.svg";

  /** The PNG icons made from the emblem (share.SiteIcons): a browser tab's icon. */
  public static final String ICON_32 = "img/icon-32.png";

  /** The icon iOS shows on the home screen, 180 × 180, opaque. */
  public static final String APPLE_TOUCH_ICON = "img/apple-touch-icon.png";

  /** The web app manifest's icons. */
  public static final String ICON_192 = "img/icon-192.png";

  public static final String ICON_512 = "img/icon-512.png";

  /** The icon a launcher may crop to any shape: the emblem inside the safe circle. */
  public static final String ICON_MASKABLE = "img/icon-maskable-512.png";

  private SitePaths() {}

  /** A language's web app manifest: {@code zh/manifest.webmanifest}. */
  public static String manifest(Language lang) {
    return folder(lang) + "manifest.webmanifest";
  }

  /**
   * The share image of the page at a site path (link previews): {@code zh/beihai.html} has {@code
   * img/share/zh/beihai.png}, the chooser {@code img/share/index.png}.
   */
  public static String shareImage(String pagePath) {
    String withoutExtension =
        pagePath.endsWith(".html") ? pagePath.substring(0, pagePath.length() - 5) : pagePath;
    return "img/share/" + withoutExtension + ".png";
  }

  /** A language's folder with its slash: {@code zh/}. */
  public static String folder(Language lang) {
    return lang.code() + "/";
  }

  /** A language's home page: {@code zh/index.html}. */
  public static String home(Language lang) {
    return folder(lang) + "index.html";
  }

  /** A language's timeline page: {@code zh/timeline.html}. */
  public static String timeline(Language lang) {
    return folder(lang) + "timeline.html";
  }

  /** A language's search page: {@code zh/search.html}. */
  public static String search(Language lang) {
    return folder(lang) + "search.html";
  }

  /** A language's Atom feed: {@code zh/feed.xml}. */
  public static String feed(Language lang) {
    return folder(lang) + "feed.xml";
  }

  /** The sitemap of a language's pages: {@code zh/sitemap.xml}. */
  public static String sitemap(Language lang) {
    return folder(lang) + "sitemap.xml";
  }

  /** The search index of a language, as a script: {@code search/index-zh.js}. */
  public static String searchIndex(Language lang) {
    return "search/index-" + lang.code() + ".js";
  }

  /** "../" once per folder between a page and the site root. */
  public static String rootOf(String sitePath) {
    return "../".repeat((int) sitePath.chars().filter(c -> c == '/').count());
  }
}
