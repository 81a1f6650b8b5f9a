package org.beihaiyatsushiro.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.testing.Printed;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What Flexmark, as the site configures it, makes of Markdown: checked on the rendered HTML. */
class MarkdownRendererTest {
  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

  private final Problems problems = new Problems();

  private MarkdownRenderer.Rendered render(Language lang, String contentPath, String markdown) {
    return RENDERER.render(
        markdown,
        lang,
        new MarkdownRenderer.Source("content/" + contentPath, contentPath, 8),
        problems);
  }

  private Document html(Language lang, String markdown) {
    return Jsoup.parseBodyFragment(render(lang, lang.code() + "/a.md", markdown).html());
  }

  @Test
  void tablesBecomeTablesWithTheirAlignment() {
    Document doc = html(Language.EN, "| Year | City |\n|:--|--:|\n| 1996 | Beihai |\n");

    assertThat(doc.select("table thead th"))
        .extracting(Element::text)
        .containsExactly("Year", "City");
    assertThat(doc.select("table tbody td"))
        .extracting(Element::text)
        .containsExactly("1996", "Beihai");
    assertThat(doc.select("td").get(1).attr("align")).isEqualTo("right");
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void footnotesLinkToTheirNoteAndBack() {
    Document doc = html(Language.EN, "Cast in 2001.[^1]\n\n[^1]: Both statues.\n");

    Element ref = doc.selectFirst("sup a[href=#fn-1]");
    assertThat(ref).isNotNull();
    assertThat(doc.selectFirst("li#fn-1").text()).contains("Both statues.");
    assertThat(doc.selectFirst("li#fn-1 a[href=#fnref-1]")).isNotNull();
  }

  @Test
  void thePlainTextHasTheFootnotesWordsButNotTheirMarkers() {
    String text =
        render(
                Language.EN,
                "en/a.md",
                "At Shinmachi Cultural Square[^1] in Yatsushiro.\n\n[^1]: An English name.\n")
            .text();

    assertThat(text)
        .contains("Shinmachi Cultural Square in Yatsushiro.")
        .contains("An English name.")
        .doesNotContain("Square1")
        .doesNotContain("↩");
  }

  @Test
  void strikethroughAndAutolinks() {
    Document doc =
        html(Language.EN, "~~1995~~ 1996, see https://example.org/x and www.example.org");

    assertThat(doc.select("del").text()).isEqualTo("1995");
    assertThat(doc.select("a").eachAttr("href"))
        .containsExactly("https://example.org/x", "http://www.example.org");
    assertThat(doc.select("a").eachAttr("rel")).containsOnly("noopener noreferrer");
    // eachAttr leaves out a link without rel: every link must have it.
    assertThat(doc.select("a"))
        .hasSize(2)
        .allSatisfy(
            a -> assertThat(a.attr("rel")).as(a.outerHtml()).isEqualTo("noopener noreferrer"));
  }

  @Test
  void cjkHeadingsGetStableValidUniqueIds() {
    String md = "## 北海市的历史\n\n## 北海市的历史\n\n## 「八代」と北海\n\n## Hello, World!\n";
    MarkdownRenderer.Rendered first = render(Language.ZH, "zh/a.md", md);
    MarkdownRenderer.Rendered again = render(Language.ZH, "zh/a.md", md);

    assertThat(first.headingIds()).containsExactly("北海市的历史", "北海市的历史-1", "八代と北海", "hello-world");
    assertThat(again.headingIds()).isEqualTo(first.headingIds());
    for (String id : first.headingIds()) {
      assertThat(id).isNotEmpty().doesNotContainAnyWhitespaces();
    }
    assertThat(Jsoup.parseBodyFragment(first.html()).select("h2[id]")).hasSize(4);
  }

  @Test
  void aHeadingCalledLikeAPartOfThePageTemplateGetsAnIdOfItsOwn() {
    MarkdownRenderer.Rendered r = render(Language.EN, "en/a.md", "## Main\n");

    assertThat(r.headingIds()).containsExactly("main-h2");
  }

  @Test
  void typographicQuotesInEnglishOnly() {
    String md = "He said \"friends\" -- it's true...";

    assertThat(html(Language.EN, md).text()).isEqualTo("He said “friends” – it’s true…");
    assertThat(html(Language.ZH, md).text()).isEqualTo("He said \"friends\" -- it's true...");
    assertThat(html(Language.JA, md).text()).isEqualTo("He said \"friends\" -- it's true...");
  }

  @Test
  void aSoftBreakBetweenTwoCjkCharactersIsNothing() {
    assertThat(html(Language.ZH, "北海市与八代市\n结为友好城市。").selectFirst("p").html())
        .isEqualTo("北海市与八代市结为友好城市。");
    assertThat(html(Language.JA, "北海と八代は、\n友好都市です。").selectFirst("p").html())
        .isEqualTo("北海と八代は、友好都市です。");
    // the long-vowel mark ー and the middle dot ・ are Japanese writing too, though not kana
    assertThat(html(Language.JA, "モーター\nショー・\nセンター").selectFirst("p").html())
        .isEqualTo("モーターショー・センター");
    // a character outside the Basic Multilingual Plane (CJK Extension B) counts too
    assertThat(html(Language.ZH, "𠀀\n字").selectFirst("p").html()).isEqualTo("𠀀字");
  }

  @Test
  void aSoftBreakBetweenLatinWordsOrMixedScriptsStaysASpace() {
    assertThat(html(Language.EN, "sister\ncities").selectFirst("p").html())
        .isEqualTo("sister cities");
    assertThat(html(Language.ZH, "北海 Beihai\nand 八代").selectFirst("p").html())
        .isEqualTo("北海 Beihai and 八代");
    assertThat(html(Language.ZH, "1996年\nBeihai").selectFirst("p").html())
        .isEqualTo("1996年 Beihai");
  }

  @Test
  void theHtmlEditorsNeedPassesThrough() {
    Document doc =
        html(
            Language.JA,
            "<ruby>八代<rp>(</rp><rt>やつしろ</rt><rp>)</rp></ruby>、"
                + "<abbr title=\"World Health Organization\">WHO</abbr>、H<sub>2</sub>O、"
                + "10<sup>3</sup>、<span lang=\"zh-Hans\">北海</span><br>次");

    assertThat(problems.sorted()).isEmpty();
    assertThat(doc.select("ruby rt").text()).isEqualTo("やつしろ");
    assertThat(doc.select("abbr").attr("title")).isEqualTo("World Health Organization");
    assertThat(doc.select("sub").text()).isEqualTo("2");
    assertThat(doc.select("sup").text()).isEqualTo("3");
    assertThat(doc.select("span[lang=zh-Hans]").text()).isEqualTo("北海");
    assertThat(doc.select("br")).hasSize(1);
  }

  @Test
  void aScriptNeverReachesThePageAndIsAnErrorAtItsLine() {
    String html =
        render(
                Language.EN,
                "en/a.md",
                "Text.\n\n<script>alert(1)</script>\n\nMore <script>x</script>")
            .html();

    assertThat(Jsoup.parseBodyFragment(html).select("script")).isEmpty();
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(problems.sorted())
        .extracting(Printed::line)
        .containsExactly(
            "content/en/a.md:10: the HTML tag <script> is not allowed in an article (write"
                + " Markdown instead; allowed tags: ruby, rt, rp, abbr, sup, sub, span lang, br)",
            "content/en/a.md:12: the HTML tag <script> is not allowed in an article (write"
                + " Markdown instead; allowed tags: ruby, rt, rp, abbr, sup, sub, span lang, br)");
  }

  @Test
  void anEventHandlerAttributeNeverReachesThePage() {
    String html =
        render(
                Language.EN,
                "en/a.md",
                "<span lang=\"en\" onerror=\"alert(1)\">x</span> <img src=x onerror=alert(2)>")
            .html();

    Document doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.select("[onerror]")).isEmpty();
    assertThat(doc.select("img")).isEmpty();
    assertThat(problems.sorted())
        .extracting(Printed::message)
        .containsExactly(
            "the attribute 'onerror' is not allowed on <span>",
            "the HTML tag <img> is not allowed in an article");
  }

  @Test
  void aScriptBehindACommentIsStillFound() {
    String html = render(Language.EN, "en/a.md", "<!-- note --><script>alert(1)</script>\n").html();

    assertThat(html).doesNotContain("<script");
    assertThat(problems.sorted())
        .extracting(Printed::message)
        .containsExactly("the HTML tag <script> is not allowed in an article");
  }

  @Test
  void linksToMarkdownFilesBecomeLinksToTheirPages() {
    MarkdownRenderer.Rendered r =
        render(
            Language.ZH,
            "zh/a.md",
            "[北海](beihai.md) [年表](timeline.md#1996-sister-cities) [英文](../en/beihai.md)"
                + " ![地图](img/map.png) [本页](#heading)");

    Document doc = Jsoup.parseBodyFragment(r.html());
    assertThat(doc.select("a").eachAttr("href"))
        .containsExactly(
            "beihai.html", "timeline.html#1996-sister-cities", "../en/beihai.html", "#heading");
    assertThat(doc.select("img").attr("src")).isEqualTo("img/map.png");
    assertThat(r.links())
        .extracting(LinkRef::target)
        .containsExactly("zh/beihai.md", "zh/timeline.md", "en/beihai.md", "zh/img/map.png", "");
  }

  @Test
  void theLinksOfAnEventAreWrittenFromItsOwnFolder() {
    MarkdownRenderer.Rendered r =
        RENDERER.render(
            "[友好城市](../sister-cities.md) ![像](../img/statue.png)",
            Language.ZH,
            new MarkdownRenderer.Source("content/zh/events/1996.md", "zh/events/1996.md", 10),
            problems);

    Document doc = Jsoup.parseBodyFragment(r.html());
    // the timeline rebases them for each page that shows the event (EventBody)
    assertThat(doc.select("a").attr("href")).isEqualTo("../sister-cities.html");
    assertThat(doc.select("img").attr("src")).isEqualTo("../img/statue.png");
    assertThat(r.links())
        .extracting(LinkRef::target)
        .containsExactly("zh/sister-cities.md", "zh/img/statue.png");
  }

  @Test
  void linksAreCheckedWhereTheyStandInTheFile() {
    render(
        Language.EN,
        "en/a.md",
        "First line.\n\nSee [x](/en/beihai.html).\n\n![map](https://example.org/map.png)\n\n"
            + "[js](javascript:alert(1)) [empty]() [bad](a%zz.md)");

    assertThat(problems.sorted())
        .extracting(Printed::line)
        .containsExactly(
            "content/en/a.md:10: the link '/en/beihai.html' starts with '/', which breaks when the"
                + " site lives in a subfolder (write a relative link, for example beihai.md or"
                + " ../images/map.svg)",
            "content/en/a.md:12: the image 'https://example.org/map.png' is on another website;"
                + " the site shows only its own images (save the picture in images/ with its"
                + " sidecar and show it from there, as ../../images/name.jpg)",
            "content/en/a.md:14: the link 'a%zz.md' has a broken %-code (write the file name as"
                + " it is, without %-codes, or with complete ones such as %20)",
            "content/en/a.md:14: the link 'javascript:alert(1)' uses 'javascript:', which pages"
                + " may not contain (link to https://… or mailto:…, or to a file of the site)",
            "content/en/a.md:14: a link has no address (write where it leads between the"
                + " brackets: [text](beihai.md))");
  }

  @Test
  void relativizeFindsTheShortestPathBetweenFolders() {
    assertThat(MarkdownRenderer.relativize("zh/", "zh/beihai.html")).isEqualTo("beihai.html");
    assertThat(MarkdownRenderer.relativize("zh/events/", "zh/beihai.html"))
        .isEqualTo("../beihai.html");
    assertThat(MarkdownRenderer.relativize("zh/", "img/map.svg")).isEqualTo("../img/map.svg");
    assertThat(MarkdownRenderer.relativize("", "zh/index.html")).isEqualTo("zh/index.html");
    assertThat(MarkdownRenderer.normalize("zh/events/../beihai.md")).isEqualTo("zh/beihai.md");
    assertThat(MarkdownRenderer.normalize("zh/../../x.md")).isEqualTo("../x.md");
  }

  @Test
  void theTextOfABodyIsKeptForSearchAndSummaries() {
    assertThat(render(Language.EN, "en/a.md", "# Beihai\n\nA *port* city.").text())
        .isEqualTo("Beihai A port city.");
    assertThat(List.of(problems.size())).containsExactly(0);
  }

  @Test
  void anImageWithoutAltTextIsAProblemUnlessItIsMarkedDecorative() {
    render(
        Language.EN,
        "en/a.md",
        "![](../../images/a.jpg)\n\n![ ](../../images/b.jpg)\n\n"
            + "![](../../images/c.png \"decorative\")\n\n"
            + "![A border](../../images/d.png \"decorative\")\n\n![The harbour](../../images/e.jpg)");
    assertThat(problems.sorted().stream().map(Printed::line).toList())
        .containsExactly(
            "content/en/a.md:8: an image has no text for readers who cannot see it (alt text)"
                + " (describe what it shows, in the article's language, between the brackets:"
                + " ![The seahorse statue in Yatsushiro](../../images/seahorse.jpg); a purely"
                + " decorative image says so instead: ![](../../images/border.png"
                + " \"decorative\"))",
            "content/en/a.md:10: an image has no text for readers who cannot see it (alt text)"
                + " (describe what it shows, in the article's language, between the brackets:"
                + " ![The seahorse statue in Yatsushiro](../../images/seahorse.jpg); a purely"
                + " decorative image says so instead: ![](../../images/border.png"
                + " \"decorative\"))",
            "content/en/a.md:14: an image is marked \"decorative\" but has a description (remove"
                + " \"decorative\" if the picture tells something; a decorative image has empty"
                + " brackets: ![](…  \"decorative\"))");
  }

  @Test
  void editorsStillCannotWritePictureMarkup() {
    Document doc =
        html(
            Language.EN,
            "<picture><source srcset=\"x.webp\"><img src=\"x.jpg\" srcset=\"y.jpg 2x\""
                + " loading=\"lazy\"></picture>");
    assertThat(doc.select("picture, source, img[srcset], img[loading]")).isEmpty();
    assertThat(Printed.line(problems.sorted().get(0))).contains("is not allowed in an article");
  }

  @Test
  void aPictureInsideALinkOrHeadingIsAProblem() {
    render(
        Language.EN,
        "en/a.md",
        "[![The harbour](../../images/a.jpg)](b.md)\n\n## ![The map](../../images/m.svg)\n\n"
            + "Text ![The harbour](../../images/a.jpg) in a paragraph is fine.\n\n"
            + "- ![In a list](../../images/a.jpg)\n\n[![A seal](../img/seal.svg)](b.md)");
    assertThat(problems.sorted().stream().map(Printed::line).toList())
        .containsExactly(
            "content/en/a.md:8: a picture of images/ cannot stand inside a link, a heading,"
                + " emphasis or a table: its caption and credit need room under it (put ![…](…)"
                + " on a line of its own, with an empty line before and after it)",
            "content/en/a.md:10: a picture of images/ cannot stand inside a link, a heading,"
                + " emphasis or a table: its caption and credit need room under it (put ![…](…)"
                + " on a line of its own, with an empty line before and after it)");
  }
}
