package org.beihaiyatsushiro.checks.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beihaiyatsushiro.checks.BakedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A file that a browser fetches by itself while it shows a page: a stylesheet, a script, an image,
 * a frame, a font named in a stylesheet. (Links a reader follows are not loaded files.) Both the
 * self-containment check and the page-weight budget read a page's loaded files from here, so they
 * agree on what a page loads.
 *
 * @param kind what the browser loads it as: stylesheet, script, image, frame, object, media or
 *     icon, or "css import" / "css url" for references inside a stylesheet
 * @param url the reference exactly as written (an attribute value or the inside of a CSS url())
 * @param from the file the reference is written in, relative to the site's root: the page, or a
 *     stylesheet it loads
 * @param where the element or CSS construct it came from, to name it in a finding
 */
public record LoadedFile(String kind, String url, String from, String where) {
  /** Checks the parts at the door. */
  public LoadedFile {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(where, "where");
  }

  /**
   * Everything a page makes the browser load: what its markup names, then, through every stylesheet
   * of the site it loads (and their imports, each once), what the CSS names.
   *
   * @param root the folder laid out like the site
   * @param page the page, relative to root
   */
  public static List<LoadedFile> of(Path root, String page) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(page, "page");
    List<LoadedFile> files = new ArrayList<>(ofPage(BakedSite.page(root, page), page));
    Set<Path> seen = new HashSet<>();
    for (int i = 0; i < files.size(); i++) {
      LoadedFile f = files.get(i);
      if (f.kind().equals("stylesheet") || f.kind().equals("css import")) {
        Optional<Path> css = f.file(root).filter(Files::isRegularFile);
        if (css.isPresent() && seen.add(css.get())) {
          String cssPath = root.normalize().relativize(css.get()).toString().replace('\\', '/');
          files.addAll(ofStylesheet(read(css.get()), cssPath));
        }
      }
    }
    return files;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Link relations whose target the browser fetches (the others are only links). */
  private static final List<String> FETCHED_RELS =
      List.of(
          "stylesheet",
          "icon",
          "apple-touch-icon",
          "manifest",
          "preload",
          "modulepreload",
          "prefetch",
          "prerender",
          "dns-prefetch",
          "preconnect");

  /** The files a page's markup makes the browser load (page = its path, for {@code from}). */
  static List<LoadedFile> ofPage(Document doc, String page) {
    List<LoadedFile> files = new ArrayList<>();
    for (Element link : doc.select("link[href]")) {
      for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
        if (FETCHED_RELS.contains(rel)) {
          files.add(
              new LoadedFile(
                  rel.equals("stylesheet") ? "stylesheet" : "icon",
                  link.attr("href"),
                  page,
                  "<link rel=\"" + link.attr("rel") + "\">"));
          break;
        }
      }
    }
    add(files, doc, page, "script[src]", "src", "script");
    add(files, doc, page, "img[src]", "src", "image");
    add(files, doc, page, "input[type=image][src]", "src", "image");
    add(files, doc, page, "iframe[src]", "src", "frame");
    add(files, doc, page, "frame[src]", "src", "frame");
    add(files, doc, page, "object[data]", "data", "object");
    add(files, doc, page, "embed[src]", "src", "object");
    add(files, doc, page, "video[src], audio[src], source[src], track[src]", "src", "media");
    add(files, doc, page, "video[poster]", "poster", "image");
    for (Element e : doc.select("img[srcset], source[srcset]")) {
      for (String candidate : e.attr("srcset").split(",")) {
        String url = candidate.strip().split("\\s+")[0];
        if (!url.isEmpty()) {
          files.add(new LoadedFile("image", url, page, "<" + e.tagName() + " srcset>"));
        }
      }
    }
    for (Element e : doc.select("svg image[href], svg use[href]")) {
      files.add(new LoadedFile("image", e.attr("href"), page, "<" + e.tagName() + " href>"));
    }
    return files;
  }

  private static void add(
      List<LoadedFile> files,
      Document doc,
      String page,
      String selector,
      String attribute,
      String kind) {
    for (Element e : doc.select(selector)) {
      files.add(
          new LoadedFile(kind, e.attr(attribute), page, "<" + e.tagName() + " " + attribute + ">"));
    }
  }

  /** CSS comments, which may mention url( without loading anything. */
  private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

  /** {@code @import "x.css"} or {@code @import url(x.css)}. */
  private static final Pattern CSS_IMPORT =
      Pattern.compile(
          "@import\\s+(?:url\\(\\s*)?([\"']?)([^\"')\\s;]+)\\1", Pattern.CASE_INSENSITIVE);

  /** {@code url(x)}, {@code url("x")}, {@code url('x')}. */
  private static final Pattern CSS_URL =
      Pattern.compile("url\\(\\s*([\"']?)([^\"')]*)\\1\\s*\\)", Pattern.CASE_INSENSITIVE);

  /**
   * The files a stylesheet makes the browser load: its {@code @import}s and every {@code url()}
   * (fonts, images). A scan of the two ways CSS names a file, not a CSS parser; the browser checks'
   * network log is the backstop for anything it misses.
   */
  static List<LoadedFile> ofStylesheet(String css, String from) {
    String code = CSS_COMMENT.matcher(css).replaceAll(" ");
    List<LoadedFile> files = new ArrayList<>();
    Matcher imports = CSS_IMPORT.matcher(code);
    while (imports.find()) {
      files.add(new LoadedFile("css import", imports.group(2), from, "@import"));
    }
    Matcher urls = CSS_URL.matcher(CSS_IMPORT.matcher(code).replaceAll(" "));
    while (urls.find()) {
      String url = urls.group(2).strip();
      if (!url.isEmpty()) {
        files.add(new LoadedFile("css url", url, from, "url()"));
      }
    }
    return files;
  }

  /** Whether the reference names a scheme or a host, i.e. points outside the page's folder tree. */
  public boolean isAbsolute() {
    String u = url.strip();
    return u.startsWith("//") || u.startsWith("/") || scheme().isPresent();
  }

  /** The reference's scheme (lower case), if it has one, like "https" or "data". */
  public Optional<String> scheme() {
    try {
      String s = new URI(url.strip()).getScheme();
      return Optional.ofNullable(s).map(x -> x.toLowerCase(Locale.ROOT));
    } catch (URISyntaxException e) {
      int colon = url.indexOf(':');
      int slash = url.indexOf('/');
      if (colon > 0 && (slash < 0 || colon < slash)) {
        return Optional.of(url.substring(0, colon).strip().toLowerCase(Locale.ROOT));
      }
      return Optional.empty();
    }
  }

  /** The reference without its query or fragment, for resolving to a file. */
  public String path() {
    String u = url.strip();
    int cut = u.length();
    for (char c : new char[] {'?', '#'}) {
      int i = u.indexOf(c);
      if (i >= 0) {
        cut = Math.min(cut, i);
      }
    }
    return u.substring(0, cut);
  }

  /**
   * The file this reference names, when it is a relative reference that stays inside root.
   *
   * @param root the folder laid out like the site
   * @return the file (which may not exist), or empty when the reference is absolute, malformed or
   *     climbs out of root
   */
  public Optional<Path> file(Path root) {
    if (isAbsolute() || path().isEmpty()) {
      return Optional.empty();
    }
    try {
      Path base = root.normalize();
      URI target = base.resolve(from).toUri().resolve(new URI(path()));
      Path normal = Path.of(target).normalize();
      return normal.startsWith(base) ? Optional.of(normal) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
