package org.beihaiyatsushiro.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 404 page is served by GitHub Pages for a missing path at any depth, so its references are
 * absolute paths under the base URL's path, while every other page keeps relative references.
 */
class NotFoundPageIT {
  @TempDir static Path dir;
  private static FixtureSite.Result underSomeRepo;

  @BeforeAll
  static void bakeForAProjectSite() throws IOException {
    underSomeRepo = bakeWithBaseUrl(dir.resolve("some-repo"), "https://owner.github.io/some-repo/");
  }

  @Test
  void underAProjectSubpathThe404PageRefersToFilesByTheBasePath() {
    FixtureSite.Result result = underSomeRepo;

    assertThat(result.errors()).isEmpty();
    Document page = Jsoup.parse(result.read("404.html"));
    List<String> refs = references(page);
    assertThat(refs)
        .contains(
            "/some-repo/css/site.css",
            "/some-repo/en/index.html",
            "/some-repo/zh/index.html",
            "/some-repo/ja/index.html");
    assertThat(refs).allMatch(r -> r.startsWith("/some-repo/") || r.startsWith("#"), "local");
    assertThat(page.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://owner.github.io/some-repo/404.html");
  }

  @Test
  void atTheRootOfAHostTheBasePathIsTheSlash() throws IOException {
    FixtureSite.Result result = bakeWithBaseUrl(dir.resolve("root"), "https://friendship.example/");

    assertThat(result.errors()).isEmpty();
    Document page = Jsoup.parse(result.read("404.html"));
    List<String> refs = references(page);
    assertThat(refs).contains("/css/site.css", "/en/index.html");
    assertThat(refs)
        .allMatch(
            r -> (r.startsWith("/") && !r.startsWith("//")) || r.startsWith("#"),
            "root-absolute or a fragment");
  }

  @Test
  void everyOtherPageKeepsRelativeReferences() {
    FixtureSite.Result result = underSomeRepo;

    for (String path : List.of("index.html", "en/index.html", "en/beihai.html")) {
      assertThat(references(Jsoup.parse(result.read(path))))
          .as(path)
          .isNotEmpty()
          .noneMatch(r -> r.startsWith("/") || r.contains("some-repo"));
    }
  }

  /** Every href and src of the page, but the absolute URLs of canonical and alternate links. */
  private static List<String> references(Document page) {
    return page.select("[href], [src]").stream()
        .filter(e -> !e.is("link[rel=canonical], link[rel=alternate][hreflang]"))
        .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src"))
        .toList();
  }

  private static FixtureSite.Result bakeWithBaseUrl(Path root, String baseUrl) throws IOException {
    String properties =
        Files.readString(FixtureSite.PROJECT.resolve("jbake.properties"))
            .replaceAll("(?m)^site\\.baseUrl=.*$", "site.baseUrl=" + baseUrl);
    return FixtureSite.withRealTheme(root)
        .write("jbake.properties", properties)
        .write("content/en/index.md", home("Beihai & Yatsushiro"))
        .write("content/zh/index.md", home("北海与八代"))
        .write("content/ja/index.md", home("北海と八代"))
        .write("content/en/timeline.md", page("Timeline", "timeline"))
        .write("content/en/beihai.md", FixtureSite.article("Beihai", "2022-09-29", "A port city."))
        .bake();
  }

  static String home(String title) {
    return page(title, "home");
  }

  static String page(String title, String type) {
    return "---\ntitle: "
        + title
        + "\ndate: 2022-09-29\ntype: "
        + type
        + "\nstatus: published\n---\n\nText.\n";
  }
}
