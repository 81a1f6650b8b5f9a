package org.beihaiyatsushiro.site.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.beihaiyatsushiro.site.testing.Printed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tables of UI strings: complete in every language, or the build says what is missing. */
class UiStringsTest {
  @TempDir Path data;

  private void table(Language lang, String yaml) throws IOException {
    Files.createDirectories(data.resolve("i18n"));
    Files.writeString(data.resolve("i18n").resolve(lang.code() + ".yml"), yaml);
  }

  private List<String> load() {
    Problems problems = new Problems();
    boolean loaded = UiStrings.load(data, "data", problems).isPresent();
    assertThat(loaded).isEqualTo(problems.isEmpty());
    return problems.sorted().stream().map(Printed::line).toList();
  }

  @Test
  void theSitesOwnTablesAreCompleteInEveryLanguage() {
    Problems problems = new Problems();
    UiStrings strings =
        UiStrings.load(FixtureSite.PROJECT.resolve("data"), "data", problems).orElseThrow();
    assertThat(problems.sorted()).isEmpty();
    assertThat(strings.get(Language.ZH, "language.name")).isEqualTo("中文");
    assertThat(strings.get(Language.JA, "language.name")).isEqualTo("日本語");
    assertThat(strings.get(Language.EN, "language.name")).isEqualTo("English");
    assertThat(strings.of(Language.ZH).keySet())
        .isEqualTo(strings.of(Language.JA).keySet())
        .isEqualTo(strings.of(Language.EN).keySet());
  }

  @Test
  void aKeyMissingInOneLanguageIsNamedWithThatLanguage() throws IOException {
    table(Language.ZH, "nav.home: 首页\nnav.timeline: 大事记\n");
    table(Language.JA, "nav.home: ホーム\n");
    table(Language.EN, "nav.home: Home\nnav.timeline: Timeline\n");

    assertThat(load())
        .containsExactly(
            "data/i18n/ja.yml:1: the UI string 'nav.timeline' is missing in ja (zh has it)"
                + " (add 'nav.timeline: …' in ja's words)");
  }

  @Test
  void aKeyWithoutTextIsAnErrorAtItsLineNotTheWordNull() throws IOException {
    table(Language.ZH, "nav.home: 首页\nnav.timeline: 大事记\n");
    table(Language.JA, "nav.home: ホーム\nnav.timeline:\n");
    table(Language.EN, "nav.home: Home\nnav.timeline: \"\"\n");

    assertThat(load())
        .containsExactly(
            "data/i18n/ja.yml:2: the UI string 'nav.timeline' has no text (write its text after"
                + " the colon on the same line, or \"\" where it is meant to be empty)");
  }

  @Test
  void aKeyGivenTwiceIsAnError() throws IOException {
    table(Language.ZH, "nav.home: 首页\n");
    table(Language.JA, "nav.home: ホーム\nnav.home: トップ\n");
    table(Language.EN, "nav.home: Home\n");

    assertThat(load())
        .containsExactly(
            "data/i18n/ja.yml:2: the UI string 'nav.home' is given twice"
                + " (keep one of the lines 1 and 2)");
  }

  @Test
  void aMissingTableIsOneProblemNotOnePerKey() throws IOException {
    table(Language.ZH, "nav.home: 首页\nnav.timeline: 大事记\n");
    table(Language.EN, "nav.home: Home\nnav.timeline: Timeline\n");

    assertThat(load())
        .containsExactly(
            "data/i18n/ja.yml:1: the table of UI strings is missing"
                + " (copy data/i18n/en.yml and translate it)");
  }

  @Test
  void brokenYamlIsReportedAtItsLine() throws IOException {
    table(Language.ZH, "nav.home: 首页\n");
    table(Language.JA, "nav.home: ホーム\n  bad: [\n");
    table(Language.EN, "nav.home: Home\n");

    assertThat(load()).hasSize(1).first().asString().startsWith("data/i18n/ja.yml:");
  }
}
