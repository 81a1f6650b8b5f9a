package org.beihaiyatsushiro.site.archive;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The media type a web server sends for each file of the site, chosen by the file's extension as
 * GitHub Pages does. Text types carry {@code charset=utf-8}: every text file of the site is UTF-8,
 * and a replay of the archive must not have to guess.
 */
public final class MediaTypes {
  /** What a server sends for an extension it does not know. */
  public static final String UNKNOWN = "application/octet-stream";

  private static final String UTF8 = "; charset=utf-8";

  private static final Map<String, String> TEXT =
      Map.ofEntries(
          Map.entry("html", "text/html"),
          Map.entry("htm", "text/html"),
          Map.entry("css", "text/css"),
          Map.entry("js", "text/javascript"),
          Map.entry("mjs", "text/javascript"),
          Map.entry("json", "application/json"),
          Map.entry("webmanifest", "application/manifest+json"),
          Map.entry("xml", "application/xml"),
          Map.entry("atom", "application/atom+xml"),
          Map.entry("rss", "application/rss+xml"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("txt", "text/plain"),
          Map.entry("md", "text/markdown"),
          Map.entry("csv", "text/csv"));

  private static final Map<String, String> BINARY =
      Map.ofEntries(
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("avif", "image/avif"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff", "font/woff"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("ttf", "font/ttf"),
          Map.entry("otf", "font/otf"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("mp3", "audio/mpeg"),
          Map.entry("mp4", "video/mp4"),
          Map.entry("webm", "video/webm"),
          Map.entry("zip", "application/zip"),
          Map.entry("gz", "application/gzip"));

  /**
   * The formats whose bytes are already compressed, so that deflating them again costs time and
   * saves next to nothing: the archives store them as they are. PDF is not one of them: a PDF
   * printed by a browser deflates to about half its size (a LaTeX one by 2 %).
   */
  private static final Set<String> COMPRESSED =
      Set.of(
          "image/png",
          "image/jpeg",
          "image/gif",
          "image/webp",
          "image/avif",
          "font/woff",
          "font/woff2",
          "audio/mpeg",
          "video/mp4",
          "video/webm",
          "application/zip",
          "application/gzip");

  private MediaTypes() {}

  /** The Content-Type for a site path such as {@code en/index.html}. */
  public static String of(String sitePath) {
    String ext = extension(sitePath);
    String text = TEXT.get(ext);
    if (text != null) {
      return text + UTF8;
    }
    return BINARY.getOrDefault(ext, UNKNOWN);
  }

  /** Whether the file is text, to be read and sent as UTF-8. */
  public static boolean isText(String sitePath) {
    return TEXT.containsKey(extension(sitePath));
  }

  /**
   * Whether the file's format is already compressed (PNG, JPEG, WebP, WOFF2, gzip…): every archive
   * stores such a file as it is, and deflates all others.
   */
  public static boolean isCompressed(String sitePath) {
    return COMPRESSED.contains(of(sitePath));
  }

  /** Whether the file is an HTML page. */
  public static boolean isPage(String sitePath) {
    return of(sitePath).startsWith("text/html");
  }

  private static String extension(String sitePath) {
    Objects.requireNonNull(sitePath, "sitePath");
    String name = sitePath.substring(sitePath.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
