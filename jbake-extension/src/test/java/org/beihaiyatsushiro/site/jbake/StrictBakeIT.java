package org.beihaiyatsushiro.site.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beihaiyatsushiro.site.archive.MediaTypes;
import org.beihaiyatsushiro.site.bake.SiteBake;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.content.PageType;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole bakes through JBake's Oven: nothing published is lost, no draft shows anywhere, and broken
 * content fails the bake with every problem listed, the same ones {@code ./check-content} finds.
 */
class StrictBakeIT {
  private static final String SITE = "https://site.invalid/";

  @TempDir Path dir;

  private static String page(String title, String date, String type, String status, String body) {
    return "---\ntitle: "
        + title
        + "\ndate: "
        + date
        + "\ntype: "
        + type
        + "\nstatus: "
        + status
        + "\n---\n\n"
        + body
        + "\n";
  }

  private static String event(String title, String date, String status, String body) {
    return "---\ntitle: "
        + title
        + "\ndate: "
        + date
        + "\ntype: event\nstatus: "
        + status
        + "\nkind: cities\n---\n\n"
        + body
        + "\n";
  }

  /** A small site in three languages with drafts: an article, an event, a whole language's. */
  private FixtureSite siteWithDrafts() {
    return FixtureSite.withRealTheme(dir)
        .write("content/en/index.md", page("Home", "2022", "home", "published", "Welcome."))
        .write(
            "content/en/timeline.md",
            page("Timeline", "2022", "timeline", "published", "From 1972 to 2022."))
        .write(
            "content/en/beihai.md",
            page("Beihai", "2022-09-29", "article", "published", "A port city."))
        .write(
            "content/en/sister-cities.md",
            page("Sister cities", "1996", "article", "published", "Since 1996."))
        .write(
            "content/en/secret-plans.md",
            page("Qzxdraft plans", "2023", "article", "draft", "Qzxdraft body text."))
        .write(
            "content/en/events/1996-sister-cities.md",
            event("Sister cities", "1996", "published", "Beihai and Yatsushiro."))
        .write(
            "content/en/events/2023-qzxdraft.md",
            event("Qzxdraft event", "2023", "draft", "Qzxdraft event text."))
        .write("content/zh/index.md", page("首页", "2022", "home", "published", "欢迎。"))
        .write(
            "content/zh/beihai.md",
            page("北海 Qzxdraft", "2022", "article", "draft", "北海 Qzxdraft 正文。"))
        .write("content/ja/index.md", page("ホーム", "2022", "home", "published", "ようこそ。"))
        .write("content/ja/timeline.md", page("年表", "2022", "timeline", "published", "1972年から。"))
        .write(
            "content/ja/events/1996-sister-cities.md",
            event("友好都市", "1996", "published", "北海と八代。"));
  }

  @Test
  void nothingPublishedIsLostAndNoDraftAppearsAnywhere() {
    FixtureSite site = siteWithDrafts();
    FixtureSite.Result result = site.bake();

    assertThat(result.problemLines()).isEmpty();
    assertThat(result.errors()).isEmpty();
    assertNothingLost(site.root(), result);
    // the same, counted by hand for this fixture
    assertThat(contentPages(result, Language.EN)).hasSize(4);
    assertThat(contentPages(result, Language.ZH)).hasSize(1);
    assertThat(contentPages(result, Language.JA)).hasSize(2);
    assertThat(events(result, Language.EN)).isEqualTo(1);
    assertThat(events(result, Language.JA)).isEqualTo(1);
    // drafts: no page, and their words nowhere (pages, lists, feeds, sitemaps)
    assertThat(result.files()).doesNotContain("en/secret-plans.html", "zh/beihai.html");
    for (String file : result.files()) {
      assertThat(file).doesNotContain("secret-plans");
      if (!MediaTypes.isText(file)) {
        continue; // a share image or icon: its name is checked, its pixels hold no text
      }
      assertThat(result.read(file))
          .as(file)
          .doesNotContainIgnoringCase("qzxdraft")
          .doesNotContain("secret-plans");
    }
  }

  @Test
  void theRealSiteLosesNothing() throws IOException {
    FixtureSite site = FixtureSite.withRealTheme(dir);
    FixtureSite.copyTree(FixtureSite.PROJECT.resolve("content"), site.root().resolve("content"));
    FixtureSite.copyTree(FixtureSite.PROJECT.resolve("images"), site.root().resolve("images"));

    FixtureSite.Result result = site.bake();

    assertThat(result.problemLines()).isEmpty();
    assertThat(result.errors()).isEmpty();
    assertNothingLost(site.root(), result);
  }

  /**
   * The invariant: per language, the published sources of type home, article and timeline are
   * exactly the content pages written, and the published events exactly the events on the timeline;
   * no draft has a page or is linked from any file written.
   */
  private static void assertNothingLost(Path siteRoot, FixtureSite.Result result) {
    Problems problems = new Problems();
    List<Article> sources = SiteBake.of(siteRoot).contentCheck().run(problems).articles();
    assertThat(problems.sorted()).isEmpty();
    for (Language lang : Language.values()) {
      List<String> published =
          sources.stream()
              .filter(a -> a.lang() == lang && a.isPublished() && a.hasPage())
              .map(Article::outputPath)
              .sorted()
              .toList();
      assertThat(contentPages(result, lang)).as(lang.code()).isEqualTo(published);
    }
    // every timeline shows every event published in any language, each once
    long publishedEvents =
        sources.stream()
            .filter(a -> a.isPublished() && a.type() == PageType.EVENT)
            .map(Article::anchor)
            .distinct()
            .count();
    for (Language lang : Language.values()) {
      if (result.files().contains(lang.code() + "/timeline.html")) {
        assertThat(events(result, lang)).as(lang.code() + " events").isEqualTo(publishedEvents);
      }
    }
    List<Article> drafts = sources.stream().filter(a -> !a.isPublished()).toList();
    for (Article draft : drafts) {
      assertThat(result.files()).doesNotContain(draft.outputPath());
    }
    String base = baseUrl(siteRoot);
    for (String file : result.files()) {
      if (!MediaTypes.isText(file)) {
        continue; // a share image or icon links to nothing
      }
      List<String> linked = linkedSitePaths(result, file, base);
      for (Article draft : drafts) {
        if (draft.hasPage()) {
          assertThat(linked).as(file).doesNotContain(draft.outputPath());
        } else {
          String anchor = draft.anchor();
          assertThat(linked).as(file).noneMatch(link -> link.endsWith("timeline.html#" + anchor));
          if (file.endsWith("/timeline.html")) {
            assertThat(Jsoup.parse(result.read(file)).getElementById(anchor)).isNull();
          }
        }
      }
    }
  }

  /**
   * Every address a written file links to, as a path from the site's root (with its #fragment): the
   * href and src of HTML, and the absolute URLs under the base URL in feeds and sitemaps.
   */
  private static List<String> linkedSitePaths(FixtureSite.Result result, String file, String base) {
    String text = result.read(file);
    URI page = URI.create(SITE + file);
    List<String> out = new ArrayList<>();
    if (file.endsWith(".html")) {
      for (Element e : Jsoup.parse(text).select("[href], [src]")) {
        String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        out.add(page.resolve(link.replace(" ", "%20")).toString());
      }
    } else {
      Matcher m = Pattern.compile("https?://[^\\s\"<>]+").matcher(text);
      while (m.find()) {
        out.add(m.group());
      }
    }
    return out.stream()
        .map(u -> u.startsWith(SITE) ? u.substring(SITE.length()) : u)
        .map(u -> u.startsWith(base) ? u.substring(base.length()) : u)
        .toList();
  }

  /** The site's base URL, as the bake reads it. */
  private static String baseUrl(Path siteRoot) {
    return SiteConfig.baseUrl(SiteConfig.readProperties(siteRoot)::getProperty);
  }

  /** The pages of a language whose body says they show a home, an article or a timeline. */
  private static List<String> contentPages(FixtureSite.Result result, Language lang) {
    return result.files().stream()
        .filter(f -> f.startsWith(lang.code() + "/") && f.endsWith(".html"))
        .filter(
            f -> {
              Document doc = Jsoup.parse(result.read(f));
              return doc.body().hasClass("page-home")
                  || doc.body().hasClass("page-article")
                  || doc.body().hasClass("page-timeline");
            })
        .sorted()
        .toList();
  }

  private static int events(FixtureSite.Result result, Language lang) {
    return Jsoup.parse(result.read(lang.code() + "/timeline.html")).select("li.event").size();
  }

  @Test
  void brokenContentFailsTheBakeWithEveryProblemAndPublishesNothing() {
    FixtureSite site =
        siteWithDrafts()
            .write(
                "content/en/beihai.md",
                "---\ntitle: Beihai\ndate: 2024-13-45\ntype: article\nstatuss: published\n---\n\n"
                    + "<script>alert(1)</script>\n")
            .write("content/ja/timeline.md", page("年表", "2022", "timeline", "published", ""))
            .write("content/en/about.html", "<h1>About</h1>\n");

    FixtureSite.Result result = site.bake();

    assertThat(result.failed()).isTrue();
    assertThat(result.problemLines())
        .containsExactly(
            "content/en/about.html:1: a .html file in content/ would be handled by JBake on its"
                + " own, outside the site's checks (write the page in Markdown as about.md; tables"
                + " of words belong in data/, templates in templates/)",
            "content/en/beihai.md:1: the field 'status' is missing (add a line such as 'status:"
                + " published' to the front matter)",
            "content/en/beihai.md:3: the date '2024-13-45' has month 13, but months run from 01"
                + " to 12 (write the date as YYYY, YYYY-MM or YYYY-MM-DD, only as precise as it is"
                + " known)",
            "content/en/beihai.md:5: unknown field 'statuss' (did you mean 'status'?)",
            "content/en/beihai.md:8: the HTML tag <script> is not allowed in an article (write"
                + " Markdown instead; allowed tags: ruby, rt, rp, abbr, sup, sub, span lang, br)",
            "content/ja/timeline.md:6: フロントマターの後に本文がありません" + "（閉じの行の下に本文を書くか、ファイルを削除してください）");
    assertThat(result.errors())
        .extracting(Throwable::getMessage)
        .containsExactly(
            "The build failed because of 6 content problems, listed above as file:line: what is"
                + " wrong (how to fix it). Nothing was published.");
    assertThat(result.files()).noneMatch(f -> f.endsWith(".html"));
    // What the build's console shows: each problem, then the sum, as errors.
    assertThat(result.log())
        .contains(
            "ERROR SiteBake - content/en/beihai.md:5: unknown field 'statuss' (did you"
                + " mean 'status'?)",
            "ERROR SiteBake - The build failed because of 6 content problems, listed"
                + " above as file:line: what is wrong (how to fix it). Nothing was published.");
  }

  @Test
  void theBakeAndTheContentCheckFindTheSameProblems() {
    FixtureSite site =
        siteWithDrafts()
            .write(
                "content/en/beihai.md", page("Beihai", "2023-02-29", "article", "published", "x"))
            .write(
                "content/zh/timeline.md", page("年表", "2022", "timeline", "published", "[x](y.md)"))
            .write("content/ja/日本.md", page("日本", "2022", "article", "published", "本文。"))
            .write("content/en/.jbakeignore", "");

    List<Problem> baked = site.bake().problems();
    Problems checked = new Problems();
    SiteBake.of(site.root()).check(checked);

    assertThat(baked).hasSize(4).isEqualTo(checked.sorted());
  }
}
