package org.beihaiyatsushiro.checks.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.beihaiyatsushiro.checks.BakedSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A crawl of a baked site through its files, as a browser follows links when the site is opened
 * from disk (file://): every reference of every page and stylesheet must be relative, name a file
 * (…/index.html, never …/) that exists in the site, and its #fragment must be an id in that file.
 * Those rules make the site work from disk and under any subpath of any host.
 *
 * <p>Two kinds of reference are absolute by design: the canonical and translation addresses ({@code
 * link rel=canonical}, {@code link rel=alternate hreflang}), built from the base URL, and on the
 * 404 page, which is served for missing paths at any depth, absolute paths under the base URL's
 * path ({@code /repo/css/site.css}). Links to other sites ({@code a href="https://…"}) are allowed;
 * a link to the site's own address is not (offline it leads to the web), and loading anything from
 * another site is not.
 *
 * <p>Usage: {@code SiteCrawl.of(siteRoot, "https://owner.github.io/repo/").problems()} lists every
 * broken reference, one readable line each; an empty list is a site without a broken link.
 */
public final class SiteCrawl {
  /** The page GitHub Pages serves for every missing path. */
  public static final String NOT_FOUND_PAGE = "404.html";

  private final Path root;
  private final String baseUrl;
  private final String basePath;
  private final Map<String, Set<String>> idsByPage = new HashMap<>();

  private SiteCrawl(Path root, String baseUrl, String basePath) {
    this.root = root.toAbsolutePath().normalize();
    this.baseUrl = baseUrl;
    this.basePath = basePath;
  }

  /**
   * A crawl of the site in {@code root}.
   *
   * @param baseUrl the site's public address, ending in '/': its path ({@code /repo/}, or {@code /}
   *     at a host's root) starts the 404 page's references
   */
  public static SiteCrawl of(Path root, String baseUrl) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(baseUrl, "baseUrl");
    URI base = URI.create(baseUrl);
    if (!base.isAbsolute() || !baseUrl.endsWith("/")) {
      throw new IllegalArgumentException("not a base URL ending in '/': " + baseUrl);
    }
    if (!Files.isRegularFile(root.resolve("index.html"))) {
      throw new IllegalArgumentException("no site in " + root + " (no index.html)");
    }
    return new SiteCrawl(root, baseUrl, base.getRawPath());
  }

  /** The folder of the site this crawl reads. */
  public Path root() {
    return root;
  }

  /** Every file of the site, as site paths ({@code en/index.html}), sorted. */
  public List<String> files() {
    return BakedSite.files(root);
  }

  /** Every reference in every page and stylesheet of the site. */
  public List<Reference> references() {
    List<Reference> out = new ArrayList<>();
    for (String file : files()) {
      out.addAll(referencesIn(file));
    }
    return out;
  }

  /**
   * Every broken reference, as one line naming the file, the reference and what is wrong; empty
   * when every reference works.
   */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    for (Reference r : references()) {
      resolve(r).problem().ifPresent(p -> out.add(r + ": " + p));
    }
    return out;
  }

  /**
   * The files a reader reaches from a page by following links and loading what pages load (each
   * reference that works), the page itself included.
   */
  public Set<String> reachableFrom(String start) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      String file = queue.poll();
      if (!seen.add(file)) {
        continue;
      }
      for (Reference r : referencesIn(file)) {
        Target t = resolve(r);
        if (t.problem().isEmpty() && t.sitePath() != null && !seen.contains(t.sitePath())) {
          queue.add(t.sitePath());
        }
      }
    }
    return seen;
  }

  /**
   * Where a reference leads: a file of the site (with an optional fragment), the outside world, or
   * a problem.
   */
  public record Target(String sitePath, String fragment, Optional<String> problem) {
    static Target external() {
      return new Target(null, null, Optional.empty());
    }

    static Target broken(String why) {
      return new Target(null, null, Optional.of(why));
    }
  }

  /** Resolves one reference against the file that holds it. */
  public Target resolve(Reference r) {
    String value = r.value();
    if (value.isBlank()) {
      return Target.broken("is empty");
    }
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      return Target.broken("is not a valid URL (" + e.getReason() + ")");
    }
    if (uri.getScheme() != null) {
      return outside(r, uri);
    }
    if (uri.getRawAuthority() != null) {
      return Target.broken("names a host (//…): refer to the site's files by relative paths");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String sitePath;
    if (path.startsWith("/")) {
      if (!r.from().equals(NOT_FOUND_PAGE)) {
        return Target.broken(
            "is an absolute path: it breaks from disk and under a subpath; use a relative path");
      }
      if (!path.startsWith(basePath)) {
        return Target.broken("is not under the base path " + basePath);
      }
      sitePath = decode(path.substring(basePath.length()));
    } else if (path.isEmpty()) {
      sitePath = r.from();
    } else {
      if (r.from().equals(NOT_FOUND_PAGE)) {
        return Target.broken(
            "is relative, but the 404 page is served at any depth: start it with " + basePath);
      }
      try {
        URI base = new URI("http", "site.invalid", "/" + r.from(), null);
        String resolved = base.resolve(URI.create(path)).getPath();
        if (resolved.startsWith("/..")) {
          return Target.broken("leads outside the site");
        }
        sitePath = resolved.substring(1);
      } catch (URISyntaxException e) {
        return Target.broken("is not a valid URL (" + e.getReason() + ")");
      }
    }
    if (sitePath.isEmpty() || sitePath.endsWith("/") || Files.isDirectory(root.resolve(sitePath))) {
      return Target.broken(
          "names a folder, not a file: write "
              + (sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath : sitePath + "/")
              + "index.html (a folder does not open from disk)");
    }
    Path file = root.resolve(sitePath).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      return Target.broken("no file " + sitePath + " in the site");
    }
    String fragment = uri.getFragment();
    if (fragment != null) {
      if (fragment.isEmpty()) {
        return Target.broken("has an empty #fragment");
      }
      if (sitePath.endsWith(".html") && !idsIn(sitePath).contains(fragment)) {
        return Target.broken("no id \"" + fragment + "\" in " + sitePath);
      }
    }
    return new Target(sitePath, fragment, Optional.empty());
  }

  private Target outside(Reference r, URI uri) {
    String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (r.isAbsoluteByDesign()) {
      return scheme.equals("https") || scheme.equals("http")
          ? Target.external()
          : Target.broken("must be an absolute http(s) URL");
    }
    if (r.isNavigation()) {
      if (r.value().startsWith(baseUrl)) {
        return Target.broken(
            "links to the site by its web address: offline it leads to the web; use a relative"
                + " link");
      }
      return switch (scheme) {
        case "https", "http", "mailto", "tel" -> Target.external();
        default -> Target.broken("links with the scheme '" + scheme + ":'");
      };
    }
    if (scheme.equals("data") && r.element().startsWith("img")) {
      return Target.external();
    }
    return Target.broken(
        "loads a file from outside the site: every file a page loads must be in the site");
  }

  private List<Reference> referencesIn(String sitePath) {
    if (sitePath.endsWith(".html")) {
      return References.ofPage(sitePath, parse(sitePath));
    }
    if (sitePath.endsWith(".css")) {
      try {
        return References.ofStylesheet(
            sitePath, Files.readString(root.resolve(sitePath), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.of();
  }

  private Set<String> idsIn(String sitePath) {
    return idsByPage.computeIfAbsent(
        sitePath,
        p -> {
          Set<String> ids = new TreeSet<>();
          for (Element e : parse(p).getAllElements()) {
            if (!e.id().isEmpty()) {
              ids.add(e.id());
            }
            if (e.normalName().equals("a") && e.hasAttr("name")) {
              ids.add(e.attr("name"));
            }
          }
          return ids;
        });
  }

  private Document parse(String sitePath) {
    try {
      return Jsoup.parse(root.resolve(sitePath).toFile(), "UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String decode(String rawPath) {
    return URI.create("http://site.invalid/" + rawPath).getPath().substring(1);
  }
}
