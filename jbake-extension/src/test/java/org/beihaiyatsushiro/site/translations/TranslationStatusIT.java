package org.beihaiyatsushiro.site.translations;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translation status of small sites, as the build writes it beside the site and as {@code
 * ./translation-status} prints it.
 */
class TranslationStatusIT {
  private static final String STALE_WARNING =
      "content/ja/beihai.md:7: この翻訳は古くなっています：content/en/beihai.md が 2023-01-10"
          + " に更新されており、翻訳した版（source_updated: 2022-09-29）より新しくなっています"
          + "（翻訳を最新にしてから source_updated: 2023-01-10 にしてください）";
  private static final String MISSING_WARNING =
      "content/en/beihai.md:1: 'beihai' has no zh translation (content/zh/beihai.md)"
          + " (translate it into content/zh/beihai.md with translated_from: en and"
          + " source_updated: 2023-01-10)";
  private static final String DRAFT_WARNING =
      "content/zh/yatsushiro.md:5: “yatsushiro”的 zh 译文仍是草稿（译文完成后请写 status: published）";

  @TempDir Path dir;

  /**
   * Beihai: written in English, changed on 2023-01-10; translated into Japanese from the 2022-09-29
   * text; no Chinese. Yatsushiro: English, Japanese translated from the current text, Chinese still
   * a draft.
   */
  private FixtureSite site() {
    return FixtureSite.withRealTheme(dir)
        .write(
            "content/en/beihai.md",
            "---\ntitle: Beihai\ndate: 2022-09-29\nupdated: 2023-01-10\ntype: article\n"
                + "status: published\n---\n\nA port city.\n")
        .write(
            "content/ja/beihai.md",
            "---\ntitle: 北海市\ndate: 2022-09-29\ntype: article\nstatus: published\n"
                + "translated_from: en\nsource_updated: 2022-09-29\n---\n\n港湾都市です。\n")
        .write(
            "content/en/yatsushiro.md", FixtureSite.article("Yatsushiro", "2022-09-29", "A city."))
        .write(
            "content/ja/yatsushiro.md",
            "---\ntitle: 八代市\ndate: 2022-09-29\ntype: article\nstatus: published\n"
                + "translated_from: en\nsource_updated: 2022-09-29\n---\n\n熊本県の市です。\n")
        .write(
            "content/zh/yatsushiro.md",
            "---\ntitle: 八代市\ndate: 2022-09-29\ntype: article\nstatus: draft\n"
                + "translated_from: en\nsource_updated: 2022-09-29\n---\n\n熊本县的城市。\n");
  }

  @Test
  void theBuildWritesTheTableBesideTheSiteAndOnlyWarns() throws IOException {
    FixtureSite.Result result = site().bake();

    assertThat(result.failed()).isFalse();
    Path reports = dir.resolve("reports");
    String md = Files.readString(reports.resolve("translations.md"));
    assertThat(md)
        .contains("| key | type | zh | ja | en |")
        .contains("| beihai | article | missing | stale | present |")
        .contains("| yatsushiro | article | missing (draft) | present | present |")
        .contains("- " + STALE_WARNING, "- " + MISSING_WARNING, "- " + DRAFT_WARNING);
    JsonObject json =
        JsonParser.parseString(Files.readString(reports.resolve("translations.json")))
            .getAsJsonObject();
    JsonObject beihai = json.getAsJsonArray("articles").get(0).getAsJsonObject();
    assertThat(beihai.get("key").getAsString()).isEqualTo("beihai");
    JsonObject ja = beihai.getAsJsonObject("languages").getAsJsonObject("ja");
    assertThat(ja.get("state").getAsString()).isEqualTo("stale");
    assertThat(ja.get("path").getAsString()).isEqualTo("content/ja/beihai.md");
    assertThat(json.getAsJsonArray("warnings")).hasSize(3);
    // Each warning's words are in its file's language, as ./check-content prints them.
    JsonObject stale = json.getAsJsonArray("warnings").get(1).getAsJsonObject();
    assertThat(stale.get("path").getAsString()).isEqualTo("content/ja/beihai.md");
    assertThat(stale.get("message").getAsString())
        .isEqualTo(
            "この翻訳は古くなっています：content/en/beihai.md が 2023-01-10 に更新されており、"
                + "翻訳した版（source_updated: 2022-09-29）より新しくなっています");
    assertThat(stale.get("hint").getAsString())
        .isEqualTo("翻訳を最新にしてから source_updated: 2023-01-10 にしてください");

    assertThat(result.files()).noneMatch(f -> f.contains("translations"));
    assertThat(result.files()).contains("ja/beihai.html", "en/beihai.html");
  }

  @Test
  void aStrictSiteFailsOnEveryMissingOrStaleTranslation() {
    FixtureSite site = site();
    site.write(
        "jbake.properties",
        read(site.root().resolve("jbake.properties")) + "\nsite.translations.strict=true\n");

    FixtureSite.Result result = site.bake();

    assertThat(result.failed()).isTrue();
    assertThat(result.problemLines())
        .containsExactly(MISSING_WARNING, STALE_WARNING, DRAFT_WARNING);
  }

  @Test
  void theSettingCanComeFromTheCommandLine() {
    System.setProperty(SiteConfig.TRANSLATIONS_STRICT, "true");
    try {
      assertThat(site().bake().problemLines()).contains(STALE_WARNING);
    } finally {
      System.clearProperty(SiteConfig.TRANSLATIONS_STRICT);
    }
  }

  @Test
  void aTranslationOfTheCurrentTextIsPresentAndAnOlderOneStale() {
    FixtureSite site =
        site()
            .write(
                "content/ja/beihai.md",
                "---\ntitle: 北海市\ndate: 2022-09-29\ntype: article\nstatus: published\n"
                    + "translated_from: en\nsource_updated: 2023-01-10\n---\n\n港湾都市です。\n");

    site.bake();

    assertThat(read(dir.resolve("reports/translations.md")))
        .contains("| beihai | article | missing | present | present |")
        .doesNotContain("stale:");
  }

  @Test
  void theCommandPrintsTheTableAndFailsWhenStrict() throws IOException {
    site();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int lenient =
        TranslationStatusCommand.run(
            dir, false, new PrintStream(out, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    int strict =
        TranslationStatusCommand.run(
            dir, true, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(printed)
        .contains("| beihai | article | missing | stale | present |")
        .contains(STALE_WARNING);
    assertThat(lenient).isZero();
    assertThat(strict).isEqualTo(1);
  }

  @Test
  void theCommandSaysWhenATableOfMessagesIsBrokenInsteadOfFallingBackToEnglish()
      throws IOException {
    site();
    Files.delete(dir.resolve("data/messages/zh.yml"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int exit =
        TranslationStatusCommand.run(
            dir, false, new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(exit).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "data/messages/zh.yml:1: the table of messages is missing (copy"
                + " data/messages/en.yml and translate it)");
  }

  @Test
  void withoutTranslatedFromTheOriginalIsEnglishThenChineseThenJapaneseAsOnTheTimeline()
      throws IOException {
    FixtureSite.withRealTheme(dir)
        .write(
            "content/ja/kumamoto.md",
            "---\ntitle: 熊本県\ndate: 2022-09-29\ntype: article\nstatus: published\n---\n\n県です。\n")
        .write(
            "content/en/kumamoto.md",
            FixtureSite.article("Kumamoto", "2022-09-29", "A prefecture."));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    TranslationStatusCommand.run(dir, false, new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains(
            "content/en/kumamoto.md:1: 'kumamoto' has no zh translation (content/zh/kumamoto.md)"
                + " (translate it into content/zh/kumamoto.md with translated_from: en and"
                + " source_updated: 2022-09-29)");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
