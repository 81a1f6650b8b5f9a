package org.beihaiyatsushiro.site.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files an editor may get wrong, baked together with a good one: the bake fails, publishes nothing,
 * and names every file with the reason, each on its own {@code path:line: message} line.
 */
class BadInputBakeIT {
  @TempDir static Path dir;
  private static FixtureSite.Result site;

  @BeforeAll
  static void bake() {
    site =
        FixtureSite.withRealTheme(dir)
            .write("content/en/beihai.md", FixtureSite.article("Beihai", "1984", "A port city."))
            .write("content/ja/北海.md", FixtureSite.article("北海", "1984", "港町。"))
            .write(
                "content/en/no-title.md",
                "---\ndate: 1996\ntype: article\nstatus: published\n---\n\nText.\n")
            .write(
                "content/en/no-date.md",
                "---\ntitle: Undated\ntype: article\nstatus: published\n---\n\nText.\n")
            .write(
                "content/zh/wrong-folder.md",
                "---\ntitle: Masks\ndate: 2020\ntype: article\nstatus: published\nlang: en\n---\n\n"
                    + "Half the stock.\n")
            .bake();
  }

  @Test
  void theBakeFailsAndPublishesNothing() {
    assertThat(site.failed()).isTrue();
    assertThat(site.files()).noneMatch(f -> f.endsWith(".html"));
  }

  @Test
  void aNonAsciiFileNameIsNamedWithTheReason() {
    assertThat(site.problemLines())
        .contains(
            "content/ja/北海.md:1: 名前「北海.md」に半角英数字以外の文字があります：北海"
                + "（ファイル名はウェブのアドレスになります。a–z、0–9、ハイフンだけで"
                + " sister-cities.md のような名前に変えてください。中のタイトルはどの言語でもかまいません）");
  }

  @Test
  void aMissingTitleIsNamedWithTheReason() {
    assertThat(site.problemLines())
        .contains(
            "content/en/no-title.md:1: the field 'title' is missing"
                + " (add a line such as 'title: Beihai' to the front matter)");
  }

  @Test
  void aMissingDateIsNamedWithTheReason() {
    assertThat(site.problemLines())
        .contains(
            "content/en/no-date.md:1: the field 'date' is missing"
                + " (add a line such as 'date: 1996' to the front matter)");
  }

  @Test
  void aLangThatDisagreesWithTheFolderIsNamedAtItsLine() {
    assertThat(site.problemLines())
        .contains(
            "content/zh/wrong-folder.md:6: lang 是“en”，但文件放在 content/zh/ 文件夹中"
                + "（请把文件移到对应语言的文件夹，或者改正 lang）");
  }

  @Test
  void everyProblemIsReportedAndNothingElse() {
    assertThat(site.problemLines()).hasSize(4);
    assertThat(site.errors())
        .singleElement()
        .extracting(Throwable::getMessage)
        .asString()
        .contains("The build failed because of 4 content problems")
        .contains("Nothing was published.");
  }
}
