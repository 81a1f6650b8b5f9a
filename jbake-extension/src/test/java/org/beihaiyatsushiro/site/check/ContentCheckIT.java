package org.beihaiyatsushiro.site.check;

import static java.nio.file.StandardOpenOption.APPEND;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.beihaiyatsushiro.site.bake.CheckContent;
import org.beihaiyatsushiro.site.bake.SiteBake;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.content.ContentReader;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.beihaiyatsushiro.site.testing.Printed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command editors run on every save, and the build's guard before JBake: what they print. */
class ContentCheckIT {
  @TempDir Path dir;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private List<String> printed() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void theRealSiteHasNoProblems() {
    int count = CheckContent.report(FixtureSite.PROJECT, out);

    assertThat(count).isZero();
    assertThat(printed())
        .singleElement()
        .asString()
        .matches("Content check: \\d+ files read in \\d+ ms, no problems\\.");
  }

  @Test
  void itIsTheBakesCheckHalfAndWritesNothing() throws IOException {
    FixtureSite site =
        FixtureSite.withRealTheme(dir)
            .write("content/en/beihai.md", FixtureSite.article("Beihai", "2022", "A port city."));
    List<Path> before = filesUnder(site.root());

    int count = CheckContent.report(site.root(), out);

    assertThat(count).isZero();
    assertThat(filesUnder(site.root())).isEqualTo(before);
  }

  private static List<Path> filesUnder(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.sorted().toList();
    }
  }

  @Test
  void filesReadOnAllCoresGiveWhatReadingOneByOneGives() throws IOException {
    ContentCheck check = SiteBake.of(FixtureSite.PROJECT).contentCheck();
    Problems problems = new Problems();
    List<Article> together = check.run(problems).articles();

    ContentReader reader =
        new ContentReader(FixtureSite.PROJECT, FixtureSite.PROJECT.resolve("content"));
    List<Article> oneByOne;
    try (Stream<Path> walk = Files.walk(FixtureSite.PROJECT.resolve("content"))) {
      oneByOne =
          walk.filter(p -> p.toString().endsWith(".md"))
              .sorted()
              .map(p -> reader.read(p, new Problems()).orElseThrow())
              .toList();
    }
    assertThat(problems.sorted()).isEmpty();
    assertThat(together).hasSizeGreaterThan(40).isEqualTo(oneByOne);
  }

  @Test
  void aWrongSiteSettingIsAProblemAtItsLineOfJbakeProperties() throws IOException {
    FixtureSite site =
        FixtureSite.withRealTheme(dir)
            .write("content/en/beihai.md", FixtureSite.article("Beihai", "2022-09-29", "Text."));
    Path properties = site.root().resolve("jbake.properties");
    List<String> lines = Files.readAllLines(properties, StandardCharsets.UTF_8);
    int asOfLine = lines.indexOf("site.asOf=2022-09-29") + 1;
    int baseUrlLine =
        lines.indexOf("site.baseUrl=https://beihai-yatsushiro.github.io/friendship/") + 1;
    assertThat(asOfLine).as("the real jbake.properties sets site.asOf").isPositive();
    assertThat(baseUrlLine).as("the real jbake.properties sets site.baseUrl").isPositive();
    Files.writeString(
        properties,
        Files.readString(properties)
            .replace("site.asOf=2022-09-29", "site.asOf=2022-13-01")
            .replace("site.baseUrl=https://", "site.baseUrl=ftp://"));

    FixtureSite.Result bake = site.bake();
    int count = CheckContent.report(site.root(), out);

    assertThat(count).isEqualTo(2);
    assertThat(printed().get(0))
        .isEqualTo(
            "jbake.properties:"
                + baseUrlLine
                + ": site.baseUrl is 'ftp://beihai-yatsushiro.github.io/friendship/' but must be"
                + " the site's absolute address, such as https://owner.github.io/repo/ (set it in"
                + " jbake.properties or with -Dsite.baseUrl=…)");
    assertThat(printed().get(1))
        .isEqualTo(
            "jbake.properties:"
                + asOfLine
                + ": site.asOf '2022-13-01' has month 13, but months run from 01 to 12");
    assertThat(bake.failed()).isTrue();
    assertThat(bake.problemLines()).isEqualTo(printed().subList(0, 2));
    assertThat(bake.file("en/beihai.html")).doesNotExist();
  }

  @Test
  void problemsArePrintedOneALineThenCounted() {
    FixtureSite site =
        FixtureSite.withRealTheme(dir)
            .write("content/en/beihai.md", FixtureSite.article("Beihai", "2023-02-29", "Text."))
            .write("content/en/notes.txt", "to do\n");

    int count = CheckContent.report(site.root(), out);

    assertThat(count).isEqualTo(2);
    List<String> lines = printed();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .isEqualTo(
            "content/en/beihai.md:3: the date '2023-02-29' has day 29, but February 2023 has 28"
                + " days (write the date as YYYY, YYYY-MM or YYYY-MM-DD, only as precise as it is"
                + " known)");
    assertThat(lines.get(1))
        .isEqualTo(
            "content/en/notes.txt:1: only files ending in .md become pages; this one would be left"
                + " out (rename it to notes.md)");
    assertThat(lines.get(2)).matches(englishSummary("2 content problems"));
  }

  @Test
  void eachProblemIsToldInTheLanguageOfItsFolderAndTheCountInTheirOneLanguage() {
    FixtureSite site =
        FixtureSite.withRealTheme(dir)
            .write("content/zh/beihai.md", FixtureSite.article("北海", "2023-02-29", "港口城市。"))
            .write("content/ja/beihai.md", FixtureSite.article("北海", "2022", "港町。"));

    CheckContent.report(site.root(), out);

    assertThat(printed())
        .hasSize(2)
        .first()
        .isEqualTo(
            "content/zh/beihai.md:3: 日期“2023-02-29”中的日为 29，但 2023年2月只有 28 天"
                + "（日期请写成 YYYY、YYYY-MM 或 YYYY-MM-DD，知道多精确就写多精确）");
    assertThat(printed().get(1))
        .matches("发现 1 个内容问题，用时 \\d+ 毫秒，已在上面逐条列出，格式为“文件:行: 问题（改法）”。" + "改正之前，网站无法生成。");

    site.write("content/ja/beihai.md", FixtureSite.article("北海", "2022-13", "港町。"));
    bytes.reset();
    CheckContent.report(site.root(), out);

    assertThat(printed()).hasSize(3);
    assertThat(printed().subList(0, 2))
        .containsExactly(
            "content/ja/beihai.md:3: 日付「2022-13」の月が 13 ですが、月は 01 から 12 までです"
                + "（日付は YYYY、YYYY-MM、YYYY-MM-DD のいずれかで、わかっている精度で書きます）",
            "content/zh/beihai.md:3: 日期“2023-02-29”中的日为 29，但 2023年2月只有 28 天"
                + "（日期请写成 YYYY、YYYY-MM 或 YYYY-MM-DD，知道多精确就写多精确）");
    // Two languages: the count is told in English.
    assertThat(printed().get(2)).matches(englishSummary("2 content problems"));
  }

  /** The English count line of ./check-content, with its time as any number of milliseconds. */
  private static String englishSummary(String count) {
    return count
        + " found in \\d+ ms, each listed above as file:line: what is wrong \\(how to fix it\\)\\."
        + " The site will not build until they are fixed\\.";
  }

  @Test
  void theSettingOrTheCommandsOptionTellsEveryProblemInOneLanguage() throws IOException {
    FixtureSite site =
        FixtureSite.withRealTheme(dir)
            .write("content/zh/beihai.md", FixtureSite.article("北海", "2022-13", "港口城市。"));
    Path settings = site.root().resolve("jbake.properties");
    Files.writeString(settings, "site.messages=ja\n", StandardCharsets.UTF_8, APPEND);

    CheckContent.report(site.root(), out);
    assertThat(printed()).hasSize(2);
    assertThat(printed().get(0))
        .isEqualTo(
            "content/zh/beihai.md:3: 日付「2022-13」の月が 13 ですが、月は 01 から 12 までです"
                + "（日付は YYYY、YYYY-MM、YYYY-MM-DD のいずれかで、わかっている精度で書きます）");
    assertThat(printed().get(1))
        .matches(
            "1 件の内容の問題が見つかりました（\\d+ ミリ秒）。各問題は上に「ファイル:行: 問題（直し方）」の形で" + "並んでいます。直すまでサイトはビルドできません。");

    bytes.reset();
    CheckContent.report(site.root(), out, Optional.of(Language.EN));
    assertThat(printed().get(0))
        .isEqualTo(
            "content/zh/beihai.md:3: the date '2022-13' has month 13, but months run from 01 to 12"
                + " (write the date as YYYY, YYYY-MM or YYYY-MM-DD, only as precise as it is"
                + " known)");
    assertThat(printed().get(1)).matches(englishSummary("1 content problem"));
  }

  @Test
  void anArticleDatedAfterTodayIsANoticeNotAProblem() {
    FixtureSite site =
        FixtureSite.withRealTheme(dir)
            .write("content/en/beihai.md", FixtureSite.article("Beihai", "2022", "Text."))
            .write("content/en/moon.md", FixtureSite.article("Moon harbour", "2999-05", "Later."));

    int count = CheckContent.report(site.root(), out);

    assertThat(count).isZero();
    List<String> lines = printed();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .matches(
            "content/en/moon\\.md:3: dated 2999-05, after today \\(\\d{4}-\\d{2}-\\d{2}, the clock's"
                + " day: the sources are not in git\\): held back until then \\(set"
                + " site\\.publishFuture=true in jbake\\.properties to publish it now\\)");
    assertThat(lines.get(1)).matches("Content check: 2 files read in \\d+ ms, no problems\\.");
  }

  @Test
  void aPublishFutureThatIsNeitherTrueNorFalseIsAProblemAtItsLine() throws IOException {
    FixtureSite site =
        FixtureSite.withRealTheme(dir)
            .write("content/en/beihai.md", FixtureSite.article("Beihai", "2022", "Text."));
    Path properties = site.root().resolve("jbake.properties");
    int line = Files.readAllLines(properties, StandardCharsets.UTF_8).size() + 1;
    Files.writeString(properties, Files.readString(properties) + "site.publishFuture=yes\n");

    int count = CheckContent.report(site.root(), out);

    assertThat(count).isEqualTo(1);
    assertThat(printed().get(0))
        .isEqualTo(
            "jbake.properties:"
                + line
                + ": site.publishFuture is 'yes' but must be true (publish articles dated after"
                + " today now) or false (hold them back until their day)");
  }

  @Test
  void aKeyOfJbakePropertiesThatWouldDoNothingIsRefusedAtItsLine() throws IOException {
    FixtureSite site =
        FixtureSite.withRealTheme(dir)
            .write("content/en/beihai.md", FixtureSite.article("Beihai", "2022", "Text."));
    Path properties = site.root().resolve("jbake.properties");
    int line = Files.readAllLines(properties, StandardCharsets.UTF_8).size() + 1;
    Files.writeString(
        properties,
        Files.readString(properties)
            + "site.baseURL=https://owner.github.io/repo/\n"
            + "template.article.file=story.ftlh\n"
            + "render.feed=true\n");

    FixtureSite.Result bake = site.bake();
    int count = CheckContent.report(site.root(), out);

    assertThat(count).isEqualTo(3);
    assertThat(printed().subList(0, 3))
        .containsExactly(
            "jbake.properties:"
                + line
                + ": site.baseURL is not a setting of this site (check its spelling; the settings"
                + " are asset.folder, content.folder, data.folder, db.store, default.status,"
                + " default.type, render.archive, render.encoding, render.error404, render.feed,"
                + " render.index, render.sitemap, render.tags, render.tagsindex, site.asOf,"
                + " site.baseUrl, site.editUrl, site.messages, site.publishFuture,"
                + " site.translations.strict,"
                + " template.encoding,"
                + " template.folder)",
            "jbake.properties:"
                + (line + 1)
                + ": template.article.file does nothing: the site's own engine renders every page"
                + " (a page of type T is rendered with templates/T.ftlh, by name, as"
                + " docs/templates.md says; remove this line)",
            "jbake.properties:"
                + (line + 2)
                + ": render.feed is 'true' but the site works only with 'false' (the extension"
                + " writes every page, feed and sitemap itself; JBake's own renderers stay off:"
                + " set it to false)");
    assertThat(bake.failed()).isTrue();
    assertThat(bake.problemLines()).isEqualTo(printed().subList(0, 3));
  }

  @Test
  void asTheBuildsGuardBeforeJbakeItRefusesALinkWithTheBuildsWords() throws IOException {
    FixtureSite site =
        FixtureSite.withRealTheme(dir)
            .write("content/en/beihai.md", FixtureSite.article("Beihai", "2022", "[x](/x.html)"));
    Files.createSymbolicLink(site.root().resolve("assets/elsewhere"), dir);

    int count = CheckContent.beforeBake(site.root(), out);

    // Only the link: the broken link in the article is the bake's to find, in its one read.
    assertThat(count).isEqualTo(1);
    assertThat(printed())
        .first()
        .isEqualTo(
            "assets/elsewhere:1: this is a symbolic link to "
                + dir
                + "; the site reads no links, wherever they point, so that nothing from outside"
                + " the repository is ever published (replace the link with the folder itself and"
                + " its files)");
    assertThat(printed())
        .last()
        .isEqualTo(
            "The build failed because of 1 content problem, listed above as file:line: what is"
                + " wrong (how to fix it). Nothing was published.");
  }

  @Test
  void asTheBuildsGuardBeforeJbakeItRefusesASourceFolderOutsideTheSite() throws IOException {
    FixtureSite site =
        FixtureSite.withRealTheme(dir.resolve("site"))
            .write("content/en/beihai.md", FixtureSite.article("Beihai", "2022", "Text."));
    Path properties = site.root().resolve("jbake.properties");
    List<String> lines = Files.readAllLines(properties, StandardCharsets.UTF_8);
    int line = lines.indexOf("asset.folder=assets") + 1;
    lines.set(line - 1, "asset.folder=../outside");
    Files.write(properties, lines, StandardCharsets.UTF_8);

    int count = CheckContent.beforeBake(site.root(), out);

    assertThat(count).isEqualTo(1);
    assertThat(printed().get(0))
        .isEqualTo(
            "jbake.properties:"
                + line
                + ": asset.folder names ../outside, which is not a folder inside the site's own"
                + " folder (name a folder of the repository, relative to jbake.properties, such as"
                + " 'asset.folder=assets')");
  }

  @Test
  void picturesInImagesAndFilesInAssetsAreFoundAndLinksToThemPass() throws IOException {
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(
        new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB),
        "png",
        png);
    FixtureSite site =
        FixtureSite.withRealTheme(dir)
            .writeBytes("images/map.png", png.toByteArray())
            .write(
                "images/map.png.yml",
                "caption:\n  zh: 地图\n  ja: 地図\n  en: Map\ncredit: Test\nlicence: CC0-1.0\n")
            .writeBytes("assets/img/seal.svg", "<svg/>".getBytes(StandardCharsets.UTF_8))
            .writeBytes("content/en/docs/report.pdf", new byte[] {'%', 'P', 'D', 'F'})
            .write(
                "content/en/beihai.md",
                FixtureSite.article(
                    "Beihai",
                    "2022",
                    "![map](../../images/map.png) ![seal](../img/seal.svg) [report](docs/report.pdf)"
                        + " [top](#beihai)\n\n## Beihai"));

    Problems problems = new Problems();
    ContentCheck.Outcome outcome = SiteBake.of(site.root()).contentCheck().run(problems);

    assertThat(problems.sorted()).isEmpty();
    assertThat(outcome.filesRead()).isEqualTo(1);
    assertThat(outcome.strings()).isPresent();
    assertThat(outcome.pictures().pictures()).containsOnlyKeys("map.png");
    assertThat(outcome.articles().get(0).bodyHtml())
        .contains(
            "src=\"../../images/map.png\"",
            "src=\"../img/seal.svg\"",
            "href=\"docs/report.pdf\"",
            "href=\"#beihai\"");
  }

  @Test
  void aPictureInContentIsAProblemThatPointsToImagesAndAMissingPictureToo() {
    FixtureSite site =
        FixtureSite.withRealTheme(dir)
            .writeBytes("content/en/img/map.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
            .write(
                "content/en/beihai.md",
                FixtureSite.article("Beihai", "2022", "![The map](../../images/nowhere.jpg)"));

    Problems problems = new Problems();
    SiteBake.of(site.root()).contentCheck().run(problems);

    assertThat(problems.sorted().stream().map(Printed::line).toList())
        .containsExactly(
            "content/en/beihai.md:8: the image '../../images/nowhere.jpg' does not exist in"
                + " images/ (check the file name; a picture in images/ is written"
                + " ../../images/name.jpg from an article in content/zh/, content/ja/ or"
                + " content/en/)",
            "content/en/img/map.png:1: pictures are kept in images/, not in content/: here it"
                + " would be published as it is, with everything the file holds (a phone photo's"
                + " GPS position too) (move it to images/map.png, add its sidecar"
                + " images/map.png.yml (caption, credit, licence), and show it with ![what it"
                + " shows](../../images/map.png))");
  }

  @Test
  void aMissingUiStringIsReportedToo() {
    FixtureSite site =
        FixtureSite.withRealTheme(dir)
            .write("content/en/beihai.md", FixtureSite.article("Beihai", "2022", "Text."));
    site.write(
        "data/i18n/en.yml",
        readProject("data/i18n/en.yml") + "only.in.english: This key is missing elsewhere\n");

    Problems problems = new Problems();
    SiteBake.of(site.root()).contentCheck().run(problems);

    assertThat(problems.sorted())
        .extracting(Printed::line)
        .containsExactly(
            "data/i18n/ja.yml:1: the UI string 'only.in.english' is missing in ja (en has it)"
                + " (add 'only.in.english: …' in ja's words)",
            "data/i18n/zh.yml:1: the UI string 'only.in.english' is missing in zh (en has it)"
                + " (add 'only.in.english: …' in zh's words)");
  }

  private static String readProject(String path) {
    try {
      return Files.readString(FixtureSite.PROJECT.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
