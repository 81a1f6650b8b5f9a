package org.beihaiyatsushiro.site.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.beihaiyatsushiro.site.linebreak.BudouxModel;
import org.beihaiyatsushiro.site.linebreak.PhraseBreaks;
import org.junit.jupiter.api.Test;

/** How a share image breaks and shortens a title, measured in characters for clarity. */
class TitleLinesTest {
  /** Every code point one unit wide: a line of width 5 holds five characters. */
  private static final ToDoubleFunction<String> CODE_POINTS = s -> s.codePointCount(0, s.length());

  /** No phrases: the line rules of the locale alone. */
  private static final Optional<PhraseBreaks> LINE_RULES = Optional.empty();

  private static final Optional<PhraseBreaks> CHINESE_PHRASES =
      Optional.of(new PhraseBreaks(BudouxModel.simplifiedChinese(), List.of()));

  private static final Optional<PhraseBreaks> JAPANESE_PHRASES =
      Optional.of(new PhraseBreaks(BudouxModel.japanese(), List.of("並駕斉駆")));

  @Test
  void chineseBreaksBetweenPhrases() {
    TitleLines.Lines lines =
        TitleLines.of(
            "北海市与八代市结为友好城市", Locale.forLanguageTag("zh-Hans"), CHINESE_PHRASES, CODE_POINTS, 5, 4);
    // Never 八代 / 市: the last short phrase (城市) goes with the one before it.
    assertThat(lines.lines()).containsExactly("北海市与", "八代市结为", "友好城市");
  }

  @Test
  void aSpaceIsAPlaceToBreakBesidePhrases() {
    TitleLines.Lines lines =
        TitleLines.of(
            "北海与八代 Beihai Yatsushiro",
            Locale.forLanguageTag("zh-Hans"),
            CHINESE_PHRASES,
            CODE_POINTS,
            10,
            4);
    assertThat(lines.lines()).containsExactly("北海与八代", "Beihai", "Yatsushiro");
  }

  @Test
  void aPhraseWiderThanALineBreaksByTheLineRules() {
    // 「並駕斉駆」 is one phrase (a word kept whole) wider than the line: it breaks as the line
    // rules allow, never before its closing bracket nor after its opening one.
    TitleLines.Lines lines =
        TitleLines.of("像「並駕斉駆」", Locale.JAPANESE, JAPANESE_PHRASES, CODE_POINTS, 3, 4);
    assertThat(String.join("", lines.lines())).isEqualTo("像「並駕斉駆」");
    assertThat(lines.lines())
        .allMatch(l -> CODE_POINTS.applyAsDouble(l) <= 3)
        .noneMatch(l -> l.endsWith("「") || l.startsWith("」"));
  }

  @Test
  void withoutPhrasesChineseBreaksBetweenAnyTwoCharacters() {
    TitleLines.Lines lines =
        TitleLines.of("北海与八代友好城市", Locale.forLanguageTag("zh-Hans"), LINE_RULES, CODE_POINTS, 4, 3);
    // Three lines made even: no lone 市 at the end.
    assertThat(lines.lines()).containsExactly("北海与", "八代友", "好城市");
    assertThat(lines.shortened()).isFalse();
  }

  @Test
  void japaneseKeepsAClosingBracketWithWhatItCloses() {
    TitleLines.Lines lines =
        TitleLines.of("像「並駕斉駆」", Locale.JAPANESE, LINE_RULES, CODE_POINTS, 6, 3);
    assertThat(lines.lines()).containsExactly("像「並駕", "斉駆」");
    // Nor an opening bracket at the end of a line.
    assertThat(TitleLines.of("北海と「八代」", Locale.JAPANESE, LINE_RULES, CODE_POINTS, 3, 3).lines())
        .containsExactly("北海と", "「八", "代」");
    assertThat(TitleLines.of("北海「八代」", Locale.JAPANESE, LINE_RULES, CODE_POINTS, 3, 3).lines())
        .noneMatch(l -> l.endsWith("「") || l.startsWith("」"));
  }

  @Test
  void englishBreaksBetweenWords() {
    TitleLines.Lines lines =
        TitleLines.of("Sister cities  since 1996", Locale.ENGLISH, LINE_RULES, CODE_POINTS, 13, 3);
    assertThat(lines.lines()).containsExactly("Sister cities", "since 1996");
  }

  @Test
  void englishKeepsADashWithTheWordBeforeItAndWordsJoinedByADashTogether() {
    // The line rules alone give "Cities of Beihai", "– Yatsushiro".
    TitleLines.Lines spaced =
        TitleLines.of(
            "Cities of Beihai – Yatsushiro", Locale.ENGLISH, LINE_RULES, CODE_POINTS, 16, 3);
    assertThat(spaced.lines()).containsExactly("Cities of", "Beihai –", "Yatsushiro");
    // The line rules alone give "The China–", "Japan ties".
    TitleLines.Lines joined =
        TitleLines.of("The China–Japan ties", Locale.ENGLISH, LINE_RULES, CODE_POINTS, 12, 3);
    assertThat(joined.lines()).containsExactly("The", "China–Japan", "ties");
    // Nor does a line begin with a middle dot between two parts of a title.
    TitleLines.Lines dotted =
        TitleLines.of(
            "Sister cities since 1996 · 50 years", Locale.ENGLISH, LINE_RULES, CODE_POINTS, 24, 3);
    assertThat(dotted.lines()).containsExactly("Sister cities since", "1996 · 50 years");
  }

  @Test
  void linesAreMadeEvenSoThatNoLoneWordEndsTheTitle() {
    // Filled greedily: "Sister cities since", "1996".
    TitleLines.Lines lines =
        TitleLines.of("Sister cities since 1996", Locale.ENGLISH, LINE_RULES, CODE_POINTS, 20, 3);
    assertThat(lines.lines()).containsExactly("Sister cities", "since 1996");
    // One line stays one line, at its full width.
    assertThat(
            TitleLines.of(
                    "Sister cities since 1996", Locale.ENGLISH, LINE_RULES, CODE_POINTS, 30, 3)
                .lines())
        .containsExactly("Sister cities since 1996");
  }

  @Test
  void aTitleInTwoPartsStartsItsSecondPartOnANewLineWhenThatTakesNoMoreLines() {
    String title = "Beihai and Yatsushiro – Sister Cities in the 50th Anniversary Year";
    // As one text, even: "Beihai and", "Yatsushiro – Sister", "Cities in the 50th", "Anniversary
    // Year"; the dash between the parts mid-line, "Sister" cut from "Cities".
    TitleLines.Lines lines = TitleLines.of(title, Locale.ENGLISH, LINE_RULES, CODE_POINTS, 22, 4);
    assertThat(lines.lines())
        .containsExactly(
            "Beihai and", "Yatsushiro –", "Sister Cities in the", "50th Anniversary Year");
    assertThat(lines.partsApart()).isTrue();
    assertThat(lines.shortened()).isFalse();
    // When the parts would take a line more, the title stays one even text, and says so.
    TitleLines.Lines narrower =
        TitleLines.of(title, Locale.ENGLISH, LINE_RULES, CODE_POINTS, 20, 5);
    assertThat(narrower.lines()).hasSize(4);
    assertThat(String.join(" ", narrower.lines())).isEqualTo(title);
    assertThat(narrower.partsApart()).isFalse();
  }

  @Test
  void aSpanOfYearsADashJoiningWordsAndMarksAloneDoNotPartATitle() {
    // "1972 – 2022" is a span, not two parts: no "Friendship Year 1972 –", "2022".
    TitleLines.Lines years =
        TitleLines.of(
            "Friendship Year 1972 – 2022", Locale.ENGLISH, LINE_RULES, CODE_POINTS, 16, 3);
    assertThat(years.lines()).containsExactly("Friendship Year", "1972 – 2022");
    assertThat(years.partsApart()).isTrue();
    // Nor do marks before the first word make a part of their own.
    TitleLines.Lines marks =
        TitleLines.of("· · Beihai and Yatsushiro", Locale.ENGLISH, LINE_RULES, CODE_POINTS, 16, 3);
    assertThat(marks.lines()).containsExactly("· · Beihai and", "Yatsushiro");
    assertThat(marks.partsApart()).as("a title in one part").isTrue();
    // A second part of one word is a part all the same: "Friendship Year –", "Beihai".
    TitleLines.Lines oneWord =
        TitleLines.of("Friendship Year – Beihai", Locale.ENGLISH, LINE_RULES, CODE_POINTS, 18, 3);
    assertThat(oneWord.lines()).containsExactly("Friendship Year –", "Beihai");
    assertThat(
            TitleLines.of(
                    "Friendship of the China–Japan cities",
                    Locale.ENGLISH,
                    LINE_RULES,
                    CODE_POINTS,
                    20,
                    3)
                .lines())
        .containsExactly("Friendship of the", "China–Japan cities");
  }

  @Test
  void aNumberStaysWithItsWordAsOnThePages() {
    // The line rules alone give "Masks sent on 29", "September 2020".
    TitleLines.Lines lines =
        TitleLines.of(
            "Masks sent on 29 September 2020", Locale.ENGLISH, LINE_RULES, CODE_POINTS, 16, 3);
    assertThat(lines.lines()).containsExactly("Masks sent on", "29 September", "2020");
    assertThat(String.join(" ", lines.lines())).doesNotContain("\u00A0");
  }

  @Test
  void aWordLongerThanALineIsBrokenBetweenCharacters() {
    TitleLines.Lines lines =
        TitleLines.of("Kumamoto-Prefecture", Locale.ENGLISH, LINE_RULES, CODE_POINTS, 8, 4);
    assertThat(lines.lines()).allMatch(l -> l.length() <= 8);
    assertThat(String.join("", lines.lines())).isEqualTo("Kumamoto-Prefecture");
  }

  @Test
  void aTitleTooLongEndsInAnEllipsisWithinTheWidth() {
    TitleLines.Lines lines =
        TitleLines.of(
            "Beihai and Yatsushiro look back on twenty-six years",
            Locale.ENGLISH,
            LINE_RULES,
            CODE_POINTS,
            12,
            2);
    assertThat(lines.shortened()).isTrue();
    assertThat(lines.lines()).hasSize(2);
    assertThat(lines.lines().get(1)).endsWith(TitleLines.ELLIPSIS);
    assertThat(lines.lines()).allMatch(l -> CODE_POINTS.applyAsDouble(l) <= 12);
  }

  @Test
  void shorteningNeverCutsASurrogatePair() {
    // 𠮷 (U+20BB7) is two UTF-16 units: an odd cut would leave half a character.
    String title = "𠮷".repeat(20);
    for (int width = 2; width <= 7; width++) {
      TitleLines.Lines lines =
          TitleLines.of(title, Locale.JAPANESE, LINE_RULES, CODE_POINTS, width, 2);
      assertThat(lines.shortened()).isTrue();
      for (String line : lines.lines()) {
        assertThat(line.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
        assertThat(line.replace(TitleLines.ELLIPSIS, "")).matches("(𠮷)*");
      }
    }
  }

  @Test
  void shorteningKeepsALetterWithItsCombiningMark() {
    // "é" written as e + U+0301: one character a reader sees, two code points.
    String title = "Cafe\u0301 ".repeat(10);
    TitleLines.Lines lines = TitleLines.of(title, Locale.FRENCH, LINE_RULES, s -> s.length(), 9, 1);
    String line = lines.lines().get(0);
    assertThat(line).endsWith(TitleLines.ELLIPSIS);
    String kept = line.substring(0, line.length() - 1);
    assertThat(kept).doesNotEndWith("e").doesNotStartWith("\u0301");
    assertThat(List.of(kept.split(" "))).allMatch(w -> w.isEmpty() || w.startsWith("Caf"));
  }
}
