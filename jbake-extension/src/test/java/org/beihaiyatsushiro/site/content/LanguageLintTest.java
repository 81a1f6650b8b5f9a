package org.beihaiyatsushiro.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.testing.Printed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language check as an editor meets it: each rule fires on the mistake it names, at its line,
 * and stays silent on what only looks like one (code, addresses, Latin names, numbers, a passage in
 * another language), and one finding can be allowed in place.
 */
class LanguageLintTest {
  @TempDir Path site;

  private static final LanguageLint LINT =
      new LanguageLint(
          Map.of(
              Language.ZH, List.of(new LanguageLint.Term("时间线", "大事记")),
              Language.JA, List.of(new LanguageLint.Term("并驾齐驱", "並駕斉駆")),
              Language.EN, List.of(new LanguageLint.Term("Yatsushiro Bay", "Yatsushiro Sea"))));

  /** The problems of one article whose body is {@code body}; the body starts on line 8. */
  private List<String> problemsOf(String lang, String title, String body) throws IOException {
    Path file = site.resolve("content/" + lang + "/a.md");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "---\ntitle: "
            + title
            + "\ndate: 2022-09-29\ntype: article\nstatus: published\n---\n\n"
            + body,
        StandardCharsets.UTF_8);
    Problems problems = new Problems();
    new ContentReader(site, site.resolve("content"), LINT).read(file, problems);
    return problems.sorted().stream().map(Printed::line).toList();
  }

  @Test
  void nestedCornerBracketsInJapaneseAreFoundInTheTitleAndTheText() throws IOException {
    assertThat(problemsOf("ja", "「像「並駕斉駆」」", "像の名は「タツノオトシゴの像「並駕斉駆」」です。\n"))
        .containsExactly(
            "content/ja/a.md:2: 「」の中に「」があります。引用の中の引用には『』を使います"
                + "（内側を『』にしてください。例：「タツノオトシゴの像『並駕斉駆』」）",
            "content/ja/a.md:8: 「」の中に「」があります。引用の中の引用には『』を使います"
                + "（内側を『』にしてください。例：「タツノオトシゴの像『並駕斉駆』」）");
  }

  @Test
  void bracketsThatOpenOnOneLineAndCloseOnTheNextAreOnePair() throws IOException {
    assertThat(problemsOf("ja", "像", "像の名は「タツノオトシゴの\n像『並駕斉駆』」です。「八代」と「北海」。\n")).isEmpty();
  }

  @Test
  void halfWidthPunctuationBesideChineseOrJapaneseIsNamedWithItsFullWidthForm() throws IOException {
    assertThat(problemsOf("zh", "北海", "北海,八代(熊本县)友好?\n"))
        .containsExactlyInAnyOrder(
            "content/zh/a.md:8: 中文文本中出现了半角“,”（请写全角“，”；半角符号只用于西文和数字）",
            "content/zh/a.md:8: 中文文本中出现了半角“(”（请写全角“（”；半角符号只用于西文和数字）",
            "content/zh/a.md:8: 中文文本中出现了半角“)”（请写全角“）”；半角符号只用于西文和数字）",
            "content/zh/a.md:8: 中文文本中出现了半角“?”（请写全角“？”；半角符号只用于西文和数字）");
    assertThat(problemsOf("ja", "八代", "八代市.人口は約12万5千人,\n"))
        .containsExactlyInAnyOrder(
            "content/ja/a.md:8: 日本語の文中に半角の「,」があります（全角の「、」にしてください。" + "半角の記号は欧文と数字に使います）",
            "content/ja/a.md:8: 日本語の文中に半角の「.」があります（全角の「。」にしてください。" + "半角の記号は欧文と数字に使います）");
  }

  @Test
  void aSpaceBetweenTwoChineseCharactersIsFoundButNotBesideLatinOrAtALineBreak()
      throws IOException {
    assertThat(problemsOf("zh", "北海", "北海 与八代。\n北海与 Yatsushiro 结好，\n人口185万。\n"))
        .containsExactly("content/zh/a.md:8: 两个中文字符之间有空格（请删除：中文的词与词之间不留空格）");
  }

  @Test
  void fullWidthDigitsAndLettersAreFoundInEveryLanguage() throws IOException {
    assertThat(problemsOf("en", "Masks", "The ＣＯＶＩＤ outbreak.\n"))
        .containsExactlyInAnyOrderElementsOf(
            "ＣＯＶＩＤ"
                .chars()
                .mapToObj(
                    c ->
                        "content/en/a.md:8: a full-width '"
                            + (char) c
                            + "' (write the ordinary '"
                            + (char) (c - 0xFEE0)
                            + "': digits and Latin letters are half-width in every language)")
                .toList());
    assertThat(problemsOf("zh", "北海", "人口１８５万。\n"))
        .containsExactlyInAnyOrder(
            "content/zh/a.md:8: 出现了全角字符“１”（请写半角的“1”：无论哪种语言，数字和拉丁字母都用半角）",
            "content/zh/a.md:8: 出现了全角字符“８”（请写半角的“8”：无论哪种语言，数字和拉丁字母都用半角）",
            "content/zh/a.md:8: 出现了全角字符“５”（请写半角的“5”：无论哪种语言，数字和拉丁字母都用半角）");
  }

  @Test
  void aHyphenWhereADashIsMeantIsFound() throws IOException {
    assertThat(problemsOf("en", "Years", "Fifty years - from 1972-2022.\n"))
        .containsExactly(
            "content/en/a.md:8: a hyphen ' - ' where a dash is meant (write an en dash with"
                + " spaces, ' – ')",
            "content/en/a.md:8: a hyphen between the years of '1972-2022' (write a range of years"
                + " with an en dash: 1972–2022)");
    assertThat(problemsOf("zh", "北海", "北海-八代的交往。\n"))
        .containsExactly("content/zh/a.md:8: 两个中文字符之间有连字符（请写破折号“——”；两个名称之间请用“与”）");
  }

  @Test
  void aWordFromTheTermListIsFoundWithTheWordToWrite() throws IOException {
    assertThat(problemsOf("zh", "时间线", "请看时间线。\n"))
        .containsExactly(
            "content/zh/a.md:2: “时间线”不是本网站使用的词（请写“大事记”；网站用词列在 data/lint/terms.yml 中）",
            "content/zh/a.md:8: “时间线”不是本网站使用的词（请写“大事记”；网站用词列在 data/lint/terms.yml 中）");
  }

  @Test
  void codeAddressesLatinNamesNumbersAndHtmlAreLeftAlone() throws IOException {
    String body =
        "北海（Beihai）与八代（Yatsushiro）。\n\n"
            + "命令`./check-content --help`可以检查，也可以写`a, b; c`。\n\n"
            + "网址https://example.org/a,b.html和<https://example.org/x?y=1>都可以。\n\n"
            + "[链接](https://example.org/(a).html)、人口1.85 million、3.5%、COVID-19。\n\n"
            + "雕像名为Bing Jia Qi Qu, meaning \"galloping abreast\"。\n\n"
            + "<span lang=\"en\">Shinmachi Cultural Square, Yatsushiro (Japan)</span>。\n\n"
            + "```\n北海, 八代 (code)\n时间线 - 1972-2022\n```\n\n"
            + "    缩进的代码, 不检查 (1972-2022)\n\n"
            + "| 城市 | (Yatsushiro) |\n| --- | --- |\n| 北海 | Beihai |\n\n"
            + "日期2022-09-29、电话0779、COVID-19疫情。\n";
    assertThat(problemsOf("zh", "北海", body)).isEmpty();
  }

  @Test
  void aPassageInAnotherLanguageFollowsThatLanguagesRulesNotThePages() throws IOException {
    assertThat(
            problemsOf(
                "en",
                "Names",
                "The communiqué (<span lang=\"ja\">日中共同声明</span>) and "
                    + "<span lang=\"ja\">「像「並駕斉駆」」</span>, in Japanese.\n"))
        .isEmpty();
    assertThat(problemsOf("zh", "声明", "日文写作<span lang=\"ja\">並駕斉駆 (へいがせいく)</span>。\n")).isEmpty();
    assertThat(problemsOf("ja", "成語", "<ruby>並駕斉駆<rp>(</rp><rt>へいがせいく</rt><rp>)</rp></ruby>。\n"))
        .isEmpty();
  }

  @Test
  void oneFindingIsAllowedInPlaceByACommentNamingItsRule() throws IOException {
    assertThat(
            problemsOf(
                "zh",
                "北海",
                "旧称时间线。<!-- lint-allow: term -->\n\n"
                    + "<!-- lint-allow: half-width-punctuation -->\n"
                    + "北海,八代。\n\n"
                    + "北海,八代。<!-- lint-allow: term -->\n"))
        .containsExactly("content/zh/a.md:13: 中文文本中出现了半角“,”（请写全角“，”；半角符号只用于西文和数字）");
  }

  @Test
  void noCommentAllowsAFindingInTheTitleWhereNoCommentCanStand() throws IOException {
    assertThat(
            problemsOf(
                "zh",
                "\"北海,八代 <!-- lint-allow: half-width-punctuation -->\"",
                "<!-- lint-allow: half-width-punctuation -->\n北海与八代。\n"))
        .containsExactly("content/zh/a.md:2: 中文文本中出现了半角“,”（请写全角“，”；半角符号只用于西文和数字）");
  }

  @Test
  void anAllowanceForARuleThatDoesNotExistIsAProblem() throws IOException {
    assertThat(problemsOf("zh", "北海", "北海与八代。<!-- lint-allow: spaces -->\n"))
        .containsExactly(
            "content/zh/a.md:8: “spaces”不是文字检查的规则（规则有：nested-brackets,"
                + " half-width-punctuation, space, full-width, dash, term）");
  }

  @Test
  void theSitesTermListIsReadFromTheDataFolder() {
    Problems problems = new Problems();
    LanguageLint lint = LanguageLint.load(Path.of("../data"), "data", problems);

    assertThat(problems.sorted()).isEmpty();
    assertThat(lint.termsOf(Language.ZH)).contains(new LanguageLint.Term("时间线", "大事记"));
    assertThat(lint.termsOf(Language.JA)).contains(new LanguageLint.Term("并驾齐驱", "並駕斉駆"));
  }

  @Test
  void aTermListThatIsNotWordPairsIsAProblemAtItsLine() throws IOException {
    Path data = site.resolve("data");
    Files.createDirectories(data.resolve("lint"));
    Files.writeString(
        data.resolve("lint/terms.yml"),
        "zh:\n  时间线: 大事记\n  空: \nfr:\n  a: b\n",
        StandardCharsets.UTF_8);
    Problems problems = new Problems();
    LanguageLint.load(data, "data", problems);

    assertThat(problems.sorted())
        .extracting(Printed::line)
        .containsExactly(
            "data/lint/terms.yml:3: this line is not 'word to avoid: word to write' (write both"
                + " words, for example '时间线: 大事记')",
            "data/lint/terms.yml:4: this is not a language of the site (write zh, ja or en)");
  }
}
