package org.beihaiyatsushiro.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader sees around an article: the reading order of the home list and of previous and
 * next, the dateline, and the "edit this page" link when the site has a source address.
 */
class ArticlePagesBakeIT {
  @TempDir Path dir;

  private FixtureSite site() {
    return FixtureSite.withRealTheme(dir)
        .write(
            "content/en/index.md",
            "---\ntitle: Home\ndate: 2022-09-29\ntype: home\nstatus: published\n---\n\nHello.\n")
        // File names and dates in the opposite order of the story: the order field decides.
        .write(
            "content/en/a-masks.md",
            FixtureSite.article("Masks", "2020-01-01", "order: 3\n", "Masks."))
        .write(
            "content/en/b-statues.md",
            FixtureSite.article("Statues", "2021-01-01", "order: 2\n", "Two."))
        .write(
            "content/en/c-beihai.md",
            FixtureSite.article("Beihai", "2022-01-01", "order: 1\n", "Port."))
        .write(
            "content/en/d-notes.md",
            FixtureSite.article(
                "Notes", "2019-01-01", "updated: 2022-03-04\n", "Notes without a place."));
  }

  @Test
  void theHomeListAndPreviousAndNextFollowTheOrderFieldThenTheDate() {
    FixtureSite.Result result = site().bake();

    assertThat(result.problemLines()).isEmpty();
    Document home = Jsoup.parse(result.read("en/index.html"));
    assertThat(home.select(".article-list > li > a").eachText())
        .containsExactly("Beihai", "Statues", "Masks", "Notes");
    Document statues = Jsoup.parse(result.read("en/b-statues.html"));
    assertThat(statues.selectFirst("a[rel=prev]").attr("href")).isEqualTo("../en/c-beihai.html");
    assertThat(statues.selectFirst("a[rel=next]").attr("href")).isEqualTo("../en/a-masks.html");
    Document beihai = Jsoup.parse(result.read("en/c-beihai.html"));
    assertThat(beihai.select("a[rel=prev]")).isEmpty();
    Document notes = Jsoup.parse(result.read("en/d-notes.html"));
    assertThat(notes.select("a[rel=next]")).isEmpty();
  }

  @Test
  void theDatelineSaysPublishedAndUpdatedOnlyWhenTheEditorGaveALaterDay() {
    FixtureSite.Result result = site().bake();

    Document notes = Jsoup.parse(result.read("en/d-notes.html"));
    assertThat(notes.selectFirst(".article-date").text())
        .isEqualTo("Published 1 January 2019; updated 4 March 2022");
    assertThat(notes.select(".article-date time").eachAttr("datetime"))
        .containsExactly("2019-01-01", "2022-03-04");
    Document masks = Jsoup.parse(result.read("en/a-masks.html"));
    assertThat(masks.selectFirst(".article-date").text()).isEqualTo("Published 1 January 2020");
  }

  @Test
  void anEditLinkToThePagesSourceAppearsOnlyWhenTheSiteHasASourceAddress() throws IOException {
    FixtureSite plain = site();
    assertThat(Jsoup.parse(plain.bake().read("en/a-masks.html")).select(".edit-link")).isEmpty();

    Files.writeString(
        dir.resolve("jbake.properties"),
        "\nsite.editUrl=https://github.com/owner/repo/edit/main/\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    FixtureSite.Result result = plain.bake();

    assertThat(result.problemLines()).isEmpty();
    assertThat(Jsoup.parse(result.read("en/a-masks.html")).selectFirst(".edit-link a").attr("href"))
        .isEqualTo("https://github.com/owner/repo/edit/main/content/en/a-masks.md");
  }

  @Test
  void anEditAddressThatIsNotHttpsIsRefusedAtItsLine() throws IOException {
    FixtureSite site = site();
    Files.writeString(
        dir.resolve("jbake.properties"),
        "\nsite.editUrl=javascript:alert(1)\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);

    int line = Files.readAllLines(dir.resolve("jbake.properties"), StandardCharsets.UTF_8).size();

    FixtureSite.Result result = site.bake();

    assertThat(result.problemLines())
        .containsExactly(
            "jbake.properties:"
                + line
                + ": site.editUrl is 'javascript:alert(1)' but must be an https address ending in"
                + " '/' to which a page's source path is added, such as"
                + " https://github.com/owner/repo/edit/main/ (or nothing, for no \"edit this page\""
                + " link)");
  }
}
