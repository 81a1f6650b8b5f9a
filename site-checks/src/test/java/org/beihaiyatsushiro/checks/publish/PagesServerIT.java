package org.beihaiyatsushiro.checks.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beihaiyatsushiro.checks.BakedSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The baked site served over HTTP as GitHub Pages serves a project site, by a server on the
 * loopback address started here: under any subpath it works from its root, and the 404 page, served
 * for missing paths at any depth, loads its stylesheet and links to working pages.
 */
class PagesServerIT {
  /** No crawl of this small site needs more requests; a runaway crawl stops here. */
  private static final int MAX_REQUESTS = 5000;

  @Test
  void underAnySubpathTheSiteWorksFromItsRoot() throws Exception {
    try (PagesServer server = PagesServer.serve(BakedSite.ROOT, "/some-repo/")) {
      Map<URI, Integer> statuses = crawl(server, server.siteRoot());

      assertThat(statuses)
          .isNotEmpty()
          .allSatisfy((url, status) -> assertThat(status).as(url.toString()).isEqualTo(200));
      Set<String> pagesSeen = new LinkedHashSet<>();
      for (URI url : statuses.keySet()) {
        String path = url.getPath().substring("/some-repo/".length());
        pagesSeen.add(path.isEmpty() ? "index.html" : path);
      }
      assertThat(pagesSeen)
          .containsAll(BakedSite.pages().stream().filter(p -> !p.equals("404.html")).toList());
    }
  }

  @Test
  void aMissingPathGetsThe404PageWithStatus404() throws Exception {
    try (PagesServer server = PagesServer.serve(BakedSite.ROOT, "/some-repo/")) {
      HttpResponse<byte[]> response = server.get(server.url("/some-repo/no-such-page.html"));

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(page(response).body().hasClass("page-notfound")).isTrue();
    }
  }

  /**
   * GitHub Pages serves the site at its base URL's path and 404.html for any missing path below it,
   * so the 404 page refers to files by that path: served where the base URL says, each of its
   * references works, whatever the depth of the missing path.
   */
  @Test
  void the404PageWorksAtAnyDepth() throws Exception {
    String base = PublishedSite.basePath();
    try (PagesServer server = PagesServer.serve(BakedSite.ROOT, base)) {
      for (String missing :
          List.of(
              "missing.html",
              "a/missing.html",
              "a/b/c/missing.html",
              "en/no-such-article.html",
              "a/b/c/")) {
        URI url = server.url(base + missing);
        HttpResponse<byte[]> response = server.get(url);
        assertThat(response.statusCode()).as(missing).isEqualTo(404);
        Document page = page(response);
        assertThat(page.body().hasClass("page-notfound")).as(missing).isTrue();

        List<Reference> refs = References.ofPage("404.html", page);
        assertThat(refs).as(missing).extracting(Reference::value).contains(base + "css/site.css");
        for (Reference r : refs) {
          URI target = url.resolve(r.value());
          if (r.value().startsWith("#")
              || r.isAbsoluteByDesign()
              || !target.getRawAuthority().equals(server.host())) {
            continue;
          }
          assertThat(server.get(withoutFragment(target)).statusCode())
              .as("%s at %s", r, missing)
              .isEqualTo(200);
        }
      }
    }
  }

  /** Follows every reference from a start page, requesting each file of the server once. */
  private static Map<URI, Integer> crawl(PagesServer server, URI start) throws Exception {
    Map<URI, Integer> statuses = new LinkedHashMap<>();
    Deque<URI> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      URI url = queue.poll();
      if (statuses.containsKey(url)) {
        continue;
      }
      assertThat(statuses).as("requests of the crawl").hasSizeLessThan(MAX_REQUESTS);
      HttpResponse<byte[]> response = server.get(url);
      statuses.put(url, response.statusCode());
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (response.statusCode() != 200) {
        continue;
      }
      List<Reference> refs;
      if (type.startsWith("text/html")) {
        refs = References.ofPage(url.getPath(), page(response));
      } else if (type.startsWith("text/css")) {
        refs =
            References.ofStylesheet(
                url.getPath(), new String(response.body(), StandardCharsets.UTF_8));
      } else {
        continue;
      }
      for (Reference r : refs) {
        URI target = withoutFragment(url.resolve(r.value()));
        if (target.getRawAuthority() != null && target.getRawAuthority().equals(server.host())) {
          queue.add(target);
        }
      }
    }
    return statuses;
  }

  private static URI withoutFragment(URI uri) {
    return URI.create(uri.toString().replaceFirst("#.*$", ""));
  }

  private static Document page(HttpResponse<byte[]> response) {
    return Jsoup.parse(
        new String(response.body(), StandardCharsets.UTF_8), response.uri().toString());
  }
}
