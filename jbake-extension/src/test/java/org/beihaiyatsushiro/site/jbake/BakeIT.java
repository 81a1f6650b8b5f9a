package org.beihaiyatsushiro.site.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In-process bakes of small fixture sites through JBake's Oven, as the Maven plugin runs them. */
class BakeIT {
  @TempDir Path dir;

  @Test
  void aValidArticleBecomesOnePageInItsLanguageFolder() {
    FixtureSite.Result result =
        FixtureSite.withRealTheme(dir)
            .write(
                "content/en/beihai.md", FixtureSite.article("Beihai", "2022-09-29", "A port city."))
            .bake();

    assertThat(result.errors()).isEmpty();
    assertThat(result.files()).contains("en/beihai.html", "index.html");
    assertThat(result.read("en/beihai.html")).contains("<html lang=\"en\">", "A port city.");
  }

  @Test
  void aFileInTheWrongLanguageFolderFailsTheBakeNamingFileAndReason() {
    FixtureSite.Result result =
        FixtureSite.withRealTheme(dir)
            .write(
                "content/ja/beihai.md",
                "---\ntitle: 北海\ndate: 2022\ntype: article\nstatus: published\nlang: zh\n---\n\n北海市。\n")
            .bake();

    assertThat(result.failed()).isTrue();
    assertThat(result.problemLines())
        .containsExactly(
            "content/ja/beihai.md:6: lang は「zh」ですが、ファイルは content/ja/ フォルダーにあります"
                + "（ファイルをその言語のフォルダーに移すか、lang を直してください）");
    assertThat(result.files()).doesNotContain("ja/beihai.html");
  }
}
