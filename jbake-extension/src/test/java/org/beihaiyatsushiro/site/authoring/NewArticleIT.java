package org.beihaiyatsushiro.site.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.content.ContentReader;
import org.beihaiyatsushiro.site.content.PageType;
import org.beihaiyatsushiro.site.content.PublicationStatus;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./new-article} as an editor runs it, and what the site makes of the files. */
class NewArticleIT {
  private static final LocalDate TODAY = LocalDate.of(2022, 10, 3);

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return NewArticleCommand.run(
        args,
        dir,
        TODAY,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void anArticleAndItsTranslationStubsAreDraftsTheSiteReadsWithoutComplaint() throws IOException {
    FixtureSite site = FixtureSite.withRealTheme(dir);

    int exit = run("--lang", "en", "--title", "Silver Beach: “Yintan” park", "--translations");

    assertThat(exit).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains(
            "Created content/en/silver-beach-yintan-park.md",
            "Created content/zh/silver-beach-yintan-park.md",
            "Created content/ja/silver-beach-yintan-park.md");
    Article original = read("content/en/silver-beach-yintan-park.md");
    assertThat(original.title()).isEqualTo("Silver Beach: “Yintan” park");
    assertThat(original.date().iso()).isEqualTo("2022-10-03");
    assertThat(original.type()).isEqualTo(PageType.ARTICLE);
    assertThat(original.status()).isEqualTo(PublicationStatus.DRAFT);
    assertThat(original.translatedFrom()).isNull();
    for (Language lang : new Language[] {Language.ZH, Language.JA}) {
      Article stub = read("content/" + lang.code() + "/silver-beach-yintan-park.md");
      assertThat(stub.status()).isEqualTo(PublicationStatus.DRAFT);
      assertThat(stub.key()).isEqualTo("silver-beach-yintan-park");
      assertThat(stub.translatedFrom()).isEqualTo(Language.EN);
      assertThat(stub.sourceUpdated()).isEqualTo(original.updated());
    }

    FixtureSite.Result result = site.bake();
    assertThat(result.problemLines()).isEmpty();
    assertThat(result.files()).doesNotContain("en/silver-beach-yintan-park.html");
    assertThat(Files.readString(dir.resolve("reports/translations.md")))
        .contains(
            "| silver-beach-yintan-park | article | missing (draft) | missing (draft) |"
                + " missing (draft) |");
  }

  @Test
  void aJapaneseTitleTakesAnAsciiSlug() throws IOException {
    FixtureSite.withRealTheme(dir);

    assertThat(run("--lang", "ja", "--title", "銀灘公園", "--slug", "silver-beach")).isZero();

    assertThat(read("content/ja/silver-beach.md").title()).isEqualTo("銀灘公園");
  }

  @Test
  void aWrongDateIsRefusedInTheBuildsOwnWords() {
    FixtureSite.withRealTheme(dir);

    assertThat(run("--lang", "en", "--title", "Silver Beach", "--date", "2022-13")).isEqualTo(2);

    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "new-article: --date: the date '2022-13' has month 13, but months run from 01 to 12");
    assertThat(dir.resolve("content/en/silver-beach.md")).doesNotExist();
  }

  @Test
  void aNonAsciiSlugIsRefusedWithTheReason() {
    FixtureSite.withRealTheme(dir);

    assertThat(run("--lang", "ja", "--title", "銀灘公園")).isEqualTo(2);
    assertThat(run("--lang", "ja", "--title", "銀灘公園", "--slug", "銀灘")).isEqualTo(2);

    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("which is not in Latin letters: give an ASCII one with --slug")
        .contains("the slug '銀灘' is not ASCII");
    assertThat(dir.resolve("content/ja")).doesNotExist();
  }

  @Test
  void anExistingFileIsNeverOverwrittenAndNothingElseIsWritten() throws IOException {
    FixtureSite.withRealTheme(dir).write("content/ja/beihai.md", "mine\n");

    int exit = run("--lang", "en", "--title", "Beihai", "--translations");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("content/ja/beihai.md exists already and is never overwritten");
    assertThat(Files.readString(dir.resolve("content/ja/beihai.md"))).isEqualTo("mine\n");
    assertThat(dir.resolve("content/en/beihai.md")).doesNotExist();
    assertThat(dir.resolve("content/zh/beihai.md")).doesNotExist();
  }

  @Test
  void theArticleGoesIntoTheContentFolderJbakePropertiesNames() throws IOException {
    Files.writeString(dir.resolve("jbake.properties"), "content.folder=articles\n");

    int exit = run("--lang", "en", "--title", "Silver Beach", "--translations");

    assertThat(exit).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).lines().limit(3))
        .containsExactly(
            "Created articles/en/silver-beach.md",
            "Created articles/zh/silver-beach.md",
            "Created articles/ja/silver-beach.md");
    assertThat(Files.readString(dir.resolve("articles/ja/silver-beach.md")))
        .contains("ここに articles/en/silver-beach.md の日本語訳を書きます。");
    assertThat(dir.resolve("content")).doesNotExist();
  }

  private Article read(String path) {
    Problems problems = new Problems();
    Optional<Article> article =
        new ContentReader(dir, dir.resolve("content")).read(dir.resolve(path), problems);
    assertThat(problems.sorted()).isEmpty();
    return article.orElseThrow();
  }
}
