package org.beihaiyatsushiro.site.linebreak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LineBreaksTest {
  private final LineBreaks lineBreaks = new LineBreaks(List.of("中日邦交正常化"));

  private Document bake(String lang, String body) {
    return bake(lineBreaks, lang, body);
  }

  /** A page in a language with this body, its lines broken as {@code breaks} break them. */
  private static Document bake(LineBreaks breaks, String lang, String body) {
    String html =
        "<!DOCTYPE html><html lang=\""
            + lang
            + "\"><head><title>t</title></head><body>"
            + body
            + "</body></html>";
    return Jsoup.parse(breaks.apply(html));
  }

  /** The lines a text may be cut into: its text split at each {@code <wbr>}. */
  private static List<String> phrases(Element e) {
    return List.of(e.html().replaceAll("<(?!wbr)[^>]+>", "").split("<wbr>"));
  }

  @Test
  void chineseHeadingsBreakOnlyBetweenPhrasesAndKeepAllElse() {
    Element h1 = bake("zh-Hans", "<h1>北海与八代——中日邦交正常化50周年纪念</h1>").selectFirst("h1");

    assertThat(h1.hasClass(LineBreaks.PHRASED)).isTrue();
    assertThat(phrases(h1)).contains("中日邦交正常化").last().isEqualTo("50周年纪念");
    assertThat(h1.text()).isEqualTo("北海与八代——中日邦交正常化50周年纪念");
  }

  @Test
  void aLinkInsideTheTextIsOnePhraseWithTheTextAroundIt() {
    Element p = bake("zh-Hans", "<p>北海市与<a href=\"x.html\">八代市</a>结为友好城市。</p>").selectFirst("p");

    assertThat(p.selectFirst("a").text()).isEqualTo("八代市");
    assertThat(p.selectFirst("a").html()).doesNotContain("代<wbr>").doesNotContain("八<wbr>");
    assertThat(phrases(p)).contains("八代市");
    assertThat(p.text()).isEqualTo("北海市与八代市结为友好城市。");
  }

  @Test
  void japaneseUsesTheJapaneseModelAndEnglishIsLeftWhole() {
    Document doc =
        bake(
            "ja",
            "<p>交流の節目を記しています。</p><p lang=\"en\">Beihai and Yatsushiro</p>"
                + "<p>北海と<span lang=\"en\">Yatsushiro City</span>です。</p>");

    assertThat(phrases(doc.select("p").get(0))).containsExactly("交流の", "節目を", "記しています。");
    assertThat(doc.select("p").get(1).html()).isEqualTo("Beihai and Yatsushiro");
    assertThat(doc.select("p").get(1).hasClass(LineBreaks.PHRASED)).isFalse();
    assertThat(doc.selectFirst("span[lang=en]").html()).isEqualTo("Yatsushiro City");
  }

  @Test
  void aLongParagraphBreaksAsUsualButItsEndStaysWhole() {
    Element p =
        bake("ja", "<p>中国の北海市と熊本県八代市は1996年に友好都市となり、日中国交正常化50周年の2022年に26年の交流を振り返りました。</p>")
            .selectFirst("p");

    assertThat(p.hasClass(LineBreaks.PHRASED)).isFalse();
    assertThat(p.select("wbr")).isEmpty();
    // Its end, and each number with its unit (below).
    assertThat(p.select("span." + LineBreaks.NOWRAP).eachText())
        .containsExactly("1996年", "50周年", "2022年", "26年", "ました。");
    assertThat(p.text()).startsWith("中国の北海市と").endsWith("振り返りました。");
  }

  @Test
  void theEndOfALongParagraphIsItsLastShortPhraseAndNeverHalfANumber() {
    Element words =
        bake("zh-Hans", "<p>两座城市1996年结为友好城市；2022年，正值中日邦交正常化50周年，两市一同回顾了26年的友好历程。</p>")
            .selectFirst("p");
    Element number =
        bake("zh-Hans", "<p>本纪念网站用中文、日文和英文讲述这段往来。可以先认识两座城市，也可以翻开大事记，从1972年一路读到2022年。</p>")
            .selectFirst("p");

    // The word kept whole stays whole too (below).
    assertThat(words.select("span." + LineBreaks.NOWRAP).eachText())
        .containsExactly("1996年结", "2022年", "中日邦交正常化", "50周年", "26年的", "友好历程。");
    assertThat(number.select("span." + LineBreaks.NOWRAP).eachText())
        .containsExactly("1972年一", "2022年。");
  }

  @Test
  void aLongParagraphKeepsTheWordsOfTheSiteWholeWhereverTheyAre() {
    LineBreaks names = new LineBreaks(List.of("八代", "八代市", "タツノオトシゴ", "並駕斉駆", "北"));
    Element p =
        bake(
                names,
                "ja",
                "<p>八代市の港には、北海市から贈られたタツノオトシゴの像があり、八代の人々に親しまれています。"
                    + "<span lang=\"en\">Yatsushiro 八代</span>（「<a href=\"s.html\">タツノオトシゴの像「並駕斉駆」</a>」）。</p>")
            .selectFirst("p");

    assertThat(p.select("span." + LineBreaks.NOWRAP).eachText())
        .containsExactly("八代市", "タツノオトシゴ", "八代", "タツノオトシゴ", "並駕斉駆」");
    // The end is kept from the start of the word it would have cut (並 / 駕斉駆」 before); a word of
    // one character is no word to keep; English text is left as it is.
    assertThat(p.selectFirst("span[lang=en]").html()).isEqualTo("Yatsushiro 八代");
    assertThat(p.text())
        .isEqualTo(
            "八代市の港には、北海市から贈られたタツノオトシゴの像があり、八代の人々に親しまれています。Yatsushiro 八代（「タツノオトシゴの像「並駕斉駆」」）。");
  }

  @Test
  void aLongParagraphKeepsANumberWithItsUnitAndAQuotedIdiomWhole() {
    LineBreaks names = new LineBreaks(List.of("并驾齐驱"));
    Element p =
        bake(
                names,
                "ja",
                "<p>八代市の人口は約12万5千人、北海市は185万人です。1996年（平成8年）、北緯約32.5度の町と沿海14都市の一つが結ばれ、"
                    + "像の名は中国語で<span lang=\"zh-Hans\">并驾齐驱</span>といい、人口12.5万の町にも1.85 millionの"
                    + "<span lang=\"en\">city of 185 people</span>にも通じます。</p>")
            .selectFirst("p");

    assertThat(p.select("span." + LineBreaks.NOWRAP).eachText())
        .containsExactly(
            "約12万5千人", "185万人", "1996年", "平成8年", "約32.5度", "14都市", "并驾齐驱", "12.5万", "通じます。");
    // English is left as it is, in its own span or as Latin words in the paragraph.
    assertThat(p.selectFirst("span[lang=en]").html()).isEqualTo("city of 185 people");
    assertThat(p.select("span." + LineBreaks.NOWRAP).eachText())
        .noneMatch(s -> s.contains("million"));
  }

  @Test
  void aLongParagraphEndingInALinkKeepsTheLinkWithItsFullStop() {
    Element p =
        bake(
                "zh-Hans",
                "<p>银滩公园是北海一座颇有名气的公园。园中立着一座名为“并驾齐驱”的雕像，塑造的是一对海马。详见<a href=\"s.html\">“并驾齐驱”海马雕像</a>。</p>")
            .selectFirst("p");

    Element end = p.selectFirst("span." + LineBreaks.NOWRAP);
    assertThat(end.text()).isEqualTo("“并驾齐驱”海马雕像。");
    assertThat(end.selectFirst("a").attr("href")).isEqualTo("s.html");
    assertThat(p.text()).endsWith("详见“并驾齐驱”海马雕像。");
  }

  @Test
  void aLongParagraphEndingInALongLinkKeepsItsLastLettersTogether() {
    Element p =
        bake(
                "ja",
                "<p>2001年に両市が鋳造した像にも、互いに助け合い、ともに発展するという意味が込められています（「<a href=\"s.html\">タツノオトシゴの像「並駕斉駆」</a>」）。</p>")
            .selectFirst("p");

    assertThat(p.select("a span." + LineBreaks.NOWRAP).eachText()).containsExactly("駕斉駆」");
    assertThat(p.text()).endsWith("タツノオトシゴの像「並駕斉駆」」）。");
  }

  @Test
  void onlyTheBlocksTheBakeBrokeAreMarked() {
    Document doc =
        bake(
            "zh-Hans",
            "<header><a href=\"i.html\">北海与八代</a><nav><ul><li>大事记</li></ul></nav></header>"
                + "<ol><li><a href=\"#c\">邦交正常化</a> <span>1972—1983年</span><ol><li>1972</li></ol></li></ol>");

    assertThat(doc.body().hasClass(LineBreaks.PHRASED)).isFalse();
    assertThat(doc.selectFirst("header").hasClass(LineBreaks.PHRASED)).isFalse();
    assertThat(doc.selectFirst("header > a").hasClass(LineBreaks.PHRASED)).isTrue();
    assertThat(doc.selectFirst("nav li").hasClass(LineBreaks.PHRASED)).isTrue();
    assertThat(doc.selectFirst("ol > li").hasClass(LineBreaks.PHRASED)).isFalse();
    assertThat(doc.selectFirst("ol > li > a").hasClass(LineBreaks.PHRASED)).isTrue();
  }

  @Test
  void codeScriptsAndSvgAreLeftAsTheyAre() {
    Document doc =
        bake(
            "zh-Hans",
            "<pre>北海市与八代市结为友好城市</pre><code>北海市与八代市</code>"
                + "<script type=\"application/ld+json\">{\"name\":\"北海市与八代市结为友好城市\"}</script>"
                + "<svg><text>北海市与八代市结为友好城市</text></svg>"
                + "<p><ruby>并驾齐驱<rp>(</rp><rt>bìng jià qí qū</rt><rp>)</rp></ruby></p>");

    assertThat(doc.select("wbr")).isEmpty();
    assertThat(doc.selectFirst("script").data()).isEqualTo("{\"name\":\"北海市与八代市结为友好城市\"}");
  }

  @Test
  void aNumberStaysWithTheEnglishWordThatSaysHowMuchOrWhichDay() {
    Element p =
        bake(
                "en",
                "<p>A port of 1.85 million people at about 21.5° N, 109.1° E; counted as of 29"
                    + " September 2022. 21.5° North, 12 May, 5 Mayors.</p>")
            .selectFirst("p");

    assertThat(p.html())
        .contains("1.85&nbsp;million", "21.5°&nbsp;N", "109.1°&nbsp;E", "29&nbsp;September")
        .contains("12&nbsp;May")
        // Not a word that only begins like a month or a point of the compass.
        .contains("21.5° North", "5 Mayors");
  }

  @Test
  void noSpaceFollowsFullWidthPunctuation() {
    Document doc = bake("ja", "<p>記事一覧からもご覧いただけます： <a href=\"t.html\">年表</a></p>");

    assertThat(doc.selectFirst("p").text()).isEqualTo("記事一覧からもご覧いただけます：年表");
  }

  @Test
  void aSpacedDashNeverStartsALineAndDashJoinedWordsStayTogether() {
    Document doc =
        bake(
            "en",
            "<h1>Beihai and Yatsushiro – Sister Cities</h1>"
                + "<p>Normalization of <a href=\"a.html\">China–Japan</a> relations, 1972–2022.</p>");

    assertThat(doc.selectFirst("h1").wholeText())
        .isEqualTo("Beihai and Yatsushiro\u00A0– Sister Cities");
    assertThat(doc.select("span." + LineBreaks.NOWRAP).eachText())
        .containsExactly("China–Japan", "1972–2022");
    assertThat(doc.select("wbr")).isEmpty();
  }

  @Test
  void chineseAndJapaneseDashesAreNotGluedIntoOneUnbreakableLine() {
    Document doc = bake("zh-Hans", "<p>北海–八代市结为友好城市。</p>");

    assertThat(doc.select("span." + LineBreaks.NOWRAP)).isEmpty();
  }
}
