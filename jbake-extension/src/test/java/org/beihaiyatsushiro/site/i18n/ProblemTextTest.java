package org.beihaiyatsushiro.site.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class ProblemTextTest {
  private static final Path DATA = FixtureSite.PROJECT.resolve("data");

  @TempDir Path dir;

  /** The same problem, in a file of each place. */
  private static Problem unknownField(String path) {
    return new Problem(
        path, 3, Message.FIELD_UNKNOWN.with("titel"), Message.HINT_DID_YOU_MEAN.with("title"));
  }

  private static ProblemText byFolder() {
    Problems problems = new Problems();
    ProblemText text = ProblemText.load(DATA, "data", "content", Optional.empty(), problems);
    assertThat(problems.sorted()).isEmpty();
    return text;
  }

  @Test
  void eachTableHasExactlyTheMessagesAndPlaceholdersOfTheCode() throws IOException {
    Map<String, Set<String>> expected = new TreeMap<>();
    for (Message m : Message.values()) {
      if (m.fixedText().isEmpty()) {
        expected.put(m.key(), Set.copyOf(m.placeholders()));
      }
    }
    for (Language lang : Language.values()) {
      Object loaded =
          new Load(LoadSettings.builder().build())
              .loadFromString(
                  Files.readString(
                      DATA.resolve("messages/" + lang.code() + ".yml"), StandardCharsets.UTF_8));
      Map<String, Set<String>> written = new TreeMap<>();
      ((Map<?, ?>) loaded)
          .forEach(
              (key, text) ->
                  written.put(key.toString(), ProblemText.placeholdersOf(text.toString())));
      assertThat(written).as(lang.code()).isEqualTo(expected);
    }
    byFolder(); // and the build reads them without a problem
  }

  @Test
  void aProblemIsToldInTheLanguageOfItsFilesFolderAndElsewhereInEnglish() {
    ProblemText text = byFolder();

    assertThat(
            Stream.of(
                    "content/zh/a.md",
                    "content/ja/a.md",
                    "content/en/a.md",
                    "images/map.png.yml",
                    "content/a.md",
                    "content/zh-Hans/a.md")
                .map(p -> text.line(unknownField(p))))
        .containsExactly(
            "content/zh/a.md:3: 未知字段“titel”（是不是想写“title”？）",
            "content/ja/a.md:3: 「titel」という項目はありません（「title」の書き間違いではありませんか）",
            "content/en/a.md:3: unknown field 'titel' (did you mean 'title'?)",
            "images/map.png.yml:3: unknown field 'titel' (did you mean 'title'?)",
            "content/a.md:3: unknown field 'titel' (did you mean 'title'?)",
            "content/zh-Hans/a.md:3: unknown field 'titel' (did you mean 'title'?)");
  }

  @Test
  void wordsInsideASentenceAreToldInItsLanguageAndWhatTheEditorTypedStaysAsTyped() {
    ProblemText text = byFolder();
    Problem space =
        new Problem(
            "content/ja/a.md",
            8,
            Message.LINT_SPACE.with(Message.JAPANESE.with()),
            Message.HINT_LINT_SPACE.with(Message.JAPANESE.with()));
    Problem date =
        new Problem(
            "content/zh/a.md",
            3,
            Message.DATE_WRONG.with(
                "2022-02-30",
                Message.DATE_DAY_OUT_OF_RANGE.with("30", java.time.Month.FEBRUARY, 2022, 28)),
            Message.HINT_DATE_FORMS.with());

    assertThat(text.line(space))
        .isEqualTo("content/ja/a.md:8: 日本語の文字と文字の間にスペースがあります（削除してください。日本語では語と語の間を空けません）");
    assertThat(text.line(date))
        .isEqualTo(
            "content/zh/a.md:3: 日期“2022-02-30”中的日为 30，但 2022年2月只有 28 天"
                + "（日期请写成 YYYY、YYYY-MM 或 YYYY-MM-DD，知道多精确就写多精确）");
    assertThat(text.line(new Problem("content/en/a.md", 3, date.message(), null)))
        .isEqualTo(
            "content/en/a.md:3: the date '2022-02-30' has day 30, but February 2022 has 28 days");
  }

  @Test
  void theSettingTellsEveryProblemInItsOneLanguage() {
    ProblemText japanese =
        ProblemText.load(DATA, "data", "content", Optional.of(Language.JA), new Problems());
    ProblemText english =
        ProblemText.load(DATA, "data", "content", Optional.of(Language.EN), new Problems());

    assertThat(japanese.line(unknownField("content/zh/a.md")))
        .isEqualTo("content/zh/a.md:3: 「titel」という項目はありません（「title」の書き間違いではありませんか）");
    assertThat(japanese.line(unknownField("jbake.properties")))
        .isEqualTo("jbake.properties:3: 「titel」という項目はありません（「title」の書き間違いではありませんか）");
    assertThat(english.line(unknownField("content/ja/a.md")))
        .isEqualTo("content/ja/a.md:3: unknown field 'titel' (did you mean 'title'?)");
  }

  @Test
  void theSummaryIsInTheOneLanguageOfAllProblemsElseInEnglishUnlessTheSettingSays() {
    ProblemText text = byFolder();
    List<Problem> chinese =
        List.of(unknownField("content/zh/a.md"), unknownField("content/zh/b.md"));
    List<Problem> mixed = List.of(unknownField("content/zh/a.md"), unknownField("content/ja/a.md"));

    assertThat(text.summaryLanguage(chinese)).isEqualTo(Language.ZH);
    assertThat(text.summaryLanguage(mixed)).isEqualTo(Language.EN);
    assertThat(text.summaryLanguage(List.of())).isEqualTo(Language.EN);
    assertThat(
            ProblemText.load(DATA, "data", "content", Optional.of(Language.JA), new Problems())
                .summaryLanguage(mixed))
        .isEqualTo(Language.JA);
  }

  @Test
  void aBrokenTableIsAProblemInFixedEnglishAndItsMessagesFallBackToEnglish() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data/messages"));
    String en = Files.readString(DATA.resolve("messages/en.yml"), StandardCharsets.UTF_8);
    Files.writeString(data.resolve("en.yml"), en, StandardCharsets.UTF_8);
    String zh = Files.readString(DATA.resolve("messages/zh.yml"), StandardCharsets.UTF_8);
    Files.writeString(
        data.resolve("zh.yml"),
        zh.lines()
                .filter(line -> !line.startsWith("hint_did_you_mean:"))
                .map(
                    line ->
                        line.startsWith("field_unknown:")
                            ? "field_unknown: \"未知字段“{name}”\""
                            : line)
                .collect(Collectors.joining("\n"))
            + "\nfield_unknwn: \"未知字段\"\n",
        StandardCharsets.UTF_8);
    Files.writeString(data.resolve("ja.yml"), "field_unknown: [\n", StandardCharsets.UTF_8);
    Problems problems = new Problems();

    ProblemText text =
        ProblemText.load(dir.resolve("data"), "data", "content", Optional.empty(), problems);

    int unknownLine = lineOf(zhLines(data), "field_unknown:");
    assertThat(problems.sorted())
        .extracting(text::line)
        .containsExactly(
            "data/messages/ja.yml:2: this table of messages cannot be read (expected the node"
                + " content, but found '<stream end>'); until it is fixed, messages are in"
                + " English",
            "data/messages/zh.yml:1: the message 'hint_did_you_mean' is missing in zh (add"
                + " 'hint_did_you_mean: …' with its text in zh; data/messages/en.yml has it in"
                + " English)",
            "data/messages/zh.yml:"
                + unknownLine
                + ": the message 'field_unknown' leaves out {field}, so a part of what is wrong"
                + " would not be said (write {field} where it belongs in the sentence)",
            "data/messages/zh.yml:"
                + unknownLine
                + ": the message 'field_unknown' has {name}, which is never given a value (its"
                + " placeholders are: {field})",
            "data/messages/zh.yml:"
                + lineOf(zhLines(data), "field_unknwn:")
                + ": 'field_unknwn' is not a message of the site (correct the id as"
                + " data/messages/en.yml has it, or remove the line)");
    // The Chinese table still gives the form of the line; the two broken texts are English.
    assertThat(text.line(unknownField("content/zh/a.md")))
        .isEqualTo("content/zh/a.md:3: unknown field 'titel'（did you mean 'title'?）");
    assertThat(text.line(unknownField("content/ja/a.md")))
        .isEqualTo("content/ja/a.md:3: unknown field 'titel' (did you mean 'title'?)");
  }

  @Test
  void withoutAnyTableEveryProblemIsStillPrintedWithItsIdAndValues() {
    Problems problems = new Problems();

    ProblemText text =
        ProblemText.load(dir.resolve("data"), "data", "content", Optional.empty(), problems);

    assertThat(problems.sorted())
        .extracting(text::line)
        .containsExactly(
            "data/messages/en.yml:1: the table of messages is missing (copy"
                + " data/messages/en.yml and translate it)",
            "data/messages/ja.yml:1: the table of messages is missing (copy"
                + " data/messages/en.yml and translate it)",
            "data/messages/zh.yml:1: the table of messages is missing (copy"
                + " data/messages/en.yml and translate it)");
    assertThat(text.line(unknownField("content/zh/a.md")))
        .isEqualTo(
            "content/zh/a.md:3: field_unknown (field: titel) (hint_did_you_mean (name: title))");
  }

  private static List<String> zhLines(Path data) throws IOException {
    return Files.readAllLines(data.resolve("zh.yml"), StandardCharsets.UTF_8);
  }

  private static int lineOf(List<String> lines, String start) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i + 1;
      }
    }
    throw new AssertionError(start);
  }
}
