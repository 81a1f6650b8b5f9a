package org.beihaiyatsushiro.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a real bake writes for search: one index and one search page per language. */
class SearchBakeIT {
  @TempDir Path dir;

  @Test
  void indexesPublishedArticlesAndEventsAndNeverDrafts() {
    FixtureSite.Result result =
        FixtureSite.withRealTheme(dir)
            .write(
                "content/en/beihai.md",
                FixtureSite.article("Beihai", "2022-09-29", "A port city with a silver beach."))
            .write(
                "content/en/secret.md",
                "---\ntitle: Unfinished\ndate: 2022\ntype: article\nstatus: draft\n---\n\n"
                    + "Zanzibarian notes.\n")
            .write(
                "content/en/timeline.md",
                "---\ntitle: Timeline\ndate: 2022\ntype: timeline\nstatus: published\n---\n\n"
                    + "From 1972 to 2022.\n")
            .write(
                "content/en/events/1996-sister-cities.md",
                "---\ntitle: Sister cities\ndate: 1996\ntype: event\nstatus: published\n"
                    + "kind: cities\n---\n\nBeihai and Yatsushiro become sister cities.\n")
            .bake();

    assertThat(result.errors()).isEmpty();
    String index = result.read("search/index-en.js");
    assertThat(index)
        .contains("\"u\":\"en/beihai.html\"", "\"t\":\"Beihai\"", "silver beach")
        .contains("\"u\":\"en/timeline.html#1996-sister-cities\"", "\"k\":\"event\"")
        .doesNotContain("Unfinished", "zanzibarian", "Zanzibarian");
    assertThat(result.files())
        .contains(
            "search/index-zh.js",
            "search/index-ja.js",
            "en/search.html",
            "ja/search.html",
            "zh/search.html");
  }

  @Test
  void everyPageHasTheSearchBoxOfItsLanguage() {
    FixtureSite.Result result =
        FixtureSite.withRealTheme(dir)
            .write("content/ja/beihai.md", FixtureSite.article("北海市", "2022-09-29", "港の町。"))
            .bake();

    assertThat(result.errors()).isEmpty();
    assertThat(result.read("ja/beihai.html"))
        .contains("<form class=\"site-search")
        .contains("role=\"search\" action=\"../ja/search.html\"");
    assertThat(result.read("ja/search.html"))
        .contains(
            "<script src=\"../search/index-ja.js\" defer></script>",
            "<script src=\"../js/search.js\" defer></script>",
            "class=\"search-noscript");
  }
}
