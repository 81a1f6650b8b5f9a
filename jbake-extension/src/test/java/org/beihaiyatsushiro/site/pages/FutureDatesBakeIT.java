package org.beihaiyatsushiro.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.beihaiyatsushiro.site.jbake.BakeSession;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.beihaiyatsushiro.site.testing.TestRepository;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article dated after the build's day is held back: no page, no entry in a feed, the sitemap,
 * the search index, a list, the previous/next links or its translations' language switchers, and a
 * notice that names it; with site.publishFuture it is published at once.
 */
class FutureDatesBakeIT {
  @TempDir Path dir;

  /** 23:00 UTC on 1 December: the build's day is 2 December, the day that has begun somewhere. */
  private static final Instant COMMIT_TIME = Instant.parse("2026-12-01T23:00:00Z");

  private static final String FUTURE =
      "---\ntitle: Moon harbour\ndate: 2999-05-01\ntype: article\nstatus: published\n---\n\n"
          + "A port on the moon.\n";

  private FixtureSite site() {
    return FixtureSite.withRealTheme(dir)
        .write(
            "content/en/index.md",
            "---\ntitle: Beihai and Yatsushiro\ndate: 2022\ntype: home\nstatus: published\n---\n\n"
                + "Welcome.\n")
        .write("content/en/beihai.md", FixtureSite.article("Beihai", "1984", "A port city."))
        .write("content/en/masks.md", FixtureSite.article("Masks", "2020", "Half the stock."))
        .write("content/en/moon-harbour.md", FUTURE)
        // Its Chinese version is published already: it must not link to the English one.
        .write("content/zh/moon-harbour.md", FixtureSite.article("月亮港", "2022", "月球上的港口。"));
  }

  /** Every file a reader or a crawler gets that is text: pages, feeds, sitemaps, search, JSON. */
  private static List<String> textFiles(FixtureSite.Result bake) {
    return bake.files().stream()
        .filter(f -> f.matches(".*\\.(html|xml|js|json|txt)$") && !f.startsWith("js/"))
        .toList();
  }

  @Test
  void anArticleDatedAfterTodayIsPublishedNowhereAndNamedInTheOutput() {
    FixtureSite fixture = site();
    // Committed, so the build's day is the commit's whatever the clock or the folder around it
    // (the failsafe plugin keeps SOURCE_DATE_EPOCH out of the tests' environment).
    TestRepository.in(fixture.root(), COMMIT_TIME).commit("content");

    FixtureSite.Result bake = fixture.bake();

    assertThat(bake.failed()).as("%s", bake.problemLines()).isFalse();
    assertThat(bake.file("en/masks.html")).exists();
    assertThat(bake.files()).noneMatch(f -> f.contains("en/moon-harbour"));
    // Its text, whatever line-break points the bake puts between the phrases (<wbr>).
    assertThat(Jsoup.parse(bake.read("zh/moon-harbour.html")).text()).contains("月球上的港口。");
    List<String> texts = textFiles(bake);
    assertThat(texts)
        .as("the feed, sitemap and search index are among them")
        .anyMatch(f -> f.endsWith(".xml"))
        .anyMatch(f -> f.startsWith("search/"))
        .contains("en/index.html");
    for (String f : texts) {
      assertThat(bake.read(f))
          .as(f)
          .doesNotContain("en/moon-harbour")
          .doesNotContain("Moon harbour");
    }
    assertThat(BakeSession.current().notices())
        .containsExactly(
            "content/en/moon-harbour.md:3: dated 2999-05-01, after today (2026-12-02, the day of"
                + " the last commit): held back until then (set site.publishFuture=true in"
                + " jbake.properties to publish it now)");
  }

  @Test
  void withPublishFutureItIsPublishedAtOnce() throws IOException {
    FixtureSite fixture = site();
    Path properties = fixture.root().resolve("jbake.properties");
    Files.writeString(properties, Files.readString(properties) + "site.publishFuture=true\n");

    FixtureSite.Result bake = fixture.bake();

    assertThat(bake.failed()).as("%s", bake.problemLines()).isFalse();
    assertThat(bake.read("en/moon-harbour.html")).contains("A port on the moon.");
    assertThat(bake.read("en/index.html")).contains("moon-harbour.html");
    assertThat(bake.read("en/sitemap.xml")).contains("en/moon-harbour.html");
    assertThat(bake.read("en/feed.xml")).contains("Moon harbour");
    assertThat(bake.read("search/index-en.js")).contains("moon");
    assertThat(bake.read("en/masks.html")).contains("moon-harbour.html");
    assertThat(bake.read("zh/moon-harbour.html")).contains("en/moon-harbour.html");
    assertThat(BakeSession.current().notices()).isEmpty();
  }

  @Test
  void aLinkToAnArticleHeldBackIsAProblemAndTheBuildFails() {
    FixtureSite.Result bake =
        site()
            .write(
                "content/en/beihai.md",
                FixtureSite.article("Beihai", "1984", "Soon: [the moon](moon-harbour.md)."))
            .bake();

    assertThat(bake.failed()).isTrue();
    assertThat(bake.problemLines())
        .containsExactly(
            "content/en/beihai.md:8: the link 'moon-harbour.md' points to"
                + " content/en/moon-harbour.md, which is dated 2999-05-01 and held back until then"
                + " (add the link on that day, or set site.publishFuture=true in jbake.properties"
                + " to publish it now)");
  }
}
