package org.beihaiyatsushiro.site.linebreak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.junit.jupiter.api.Test;

class PhraseBreaksTest {
  private final PhraseBreaks chinese =
      new PhraseBreaks(BudouxModel.simplifiedChinese(), List.of("中日邦交正常化"));
  private final PhraseBreaks japanese = new PhraseBreaks(BudouxModel.japanese(), List.of());

  @Test
  void aNumberIsNeverCut() {
    // The model alone cuts 2022 into 20 / 22.
    assertThat(BudouxModel.simplifiedChinese().phrases("在中日邦交正常化50周年的2022年，两市回顾了26年的友好交往。"))
        .contains("20", "22年，");
    List<String> phrases = chinese.phrases("在中日邦交正常化50周年的2022年，两市回顾了26年的友好交往。");
    assertThat(phrases).contains("2022年，");
    for (int i = 1; i < phrases.size(); i++) {
      String before = phrases.get(i - 1);
      // Nor is a number cut from what it counts (50 / 周年).
      boolean cut =
          Character.isDigit(before.charAt(before.length() - 1))
              && (Character.isDigit(phrases.get(i).charAt(0))
                  || Character.isIdeographic(phrases.get(i).charAt(0)));
      assertThat(cut).as(before + " / " + phrases.get(i)).isFalse();
    }
  }

  @Test
  void aNoBreakSpaceHoldsTheDashBeforeItWithTheWordAfterIt() {
    // A figure's caption and credit: after a dash the rules would break, but the no-break space
    // the credit is written with keeps the dash on the credit's line.
    String caption = "2022年は国交正常化50周年です。 —\u00A0当サイト作成、CC0 1.0";
    int dash = caption.indexOf('—');
    assertThat(japanese.breaks(caption)).doesNotContain(dash + 1, dash + 2);
    // Without it, a break may follow the dash.
    assertThat(japanese.breaks(caption.replace('\u00A0', '当'))).contains(dash + 1);
  }

  @Test
  void aWordTheSiteKeepsWholeIsNeverCut() {
    assertThat(chinese.phrases("北海与八代——中日邦交正常化50周年纪念"))
        .anyMatch(p -> p.contains("中日邦交正常化"))
        .allMatch(p -> !p.contains("八") || p.contains("八代"));
  }

  @Test
  void noLoneFragmentEndsTheText() {
    List<String> phrases = chinese.phrases("北海与八代——中日邦交正常化50周年纪念");
    assertThat(phrases.get(phrases.size() - 1)).isEqualTo("50周年纪念");
    List<String> sentence = chinese.phrases("两市回顾了26年的友好交往。");
    assertThat(sentence.get(sentence.size() - 1)).isEqualTo("友好交往。");
    assertThat(japanese.phrases("交流の節目を記しています。")).last().isEqualTo("記しています。");
  }

  @Test
  void aDashEndsAPhraseAndIsNeverCut() {
    assertThat(japanese.phrases("北海と八代――日中国交正常化50周年"))
        .containsExactly("北海と", "八代――", "日中国交正常化50周年");
    assertThat(chinese.phrases("北海与八代——中日邦交正常化50周年纪念")).contains("——").doesNotContain("—");
  }

  @Test
  void neverBeforeClosingOrAfterOpeningPunctuation() {
    for (String text : List.of("北海と八代――日中国交正常化50周年", "像「並駕斉駆」を作りました。", "“并驾齐驱”海马雕像在银滩公园。")) {
      List<String> phrases = japanese.phrases(text);
      for (String p : phrases.subList(1, phrases.size())) {
        assertThat("、。，：；！？）」』”".indexOf(p.charAt(0))).as(text + ": " + phrases).isNegative();
      }
      for (String p : phrases.subList(0, phrases.size() - 1)) {
        assertThat("（「『“".indexOf(p.charAt(p.length() - 1))).as(text + ": " + phrases).isNegative();
      }
      assertThat(String.join("", phrases)).isEqualTo(text);
    }
  }

  @Test
  void theLastBreakFoundFromTheEndIsTheLastOfAllBreaks() throws IOException {
    // Every paragraph of the site's Chinese and Japanese articles, and each of them cut short at
    // every length, with the site's kept words: what a long paragraph keeps whole must not depend
    // on reading only its end.
    PhraseBreaks keeping =
        new PhraseBreaks(
            BudouxModel.japanese(),
            LineBreaks.keptWords(
                FixtureSite.PROJECT.resolve("data").resolve(LineBreaks.KEPT_WORDS)));
    int compared = 0;
    for (String lang : List.of("zh", "ja")) {
      PhraseBreaks[] both = {
        lang.equals("zh") ? chinese : japanese,
        lang.equals("zh")
            ? new PhraseBreaks(
                BudouxModel.simplifiedChinese(),
                LineBreaks.keptWords(
                    FixtureSite.PROJECT.resolve("data").resolve(LineBreaks.KEPT_WORDS)))
            : keeping
      };
      try (Stream<Path> files = Files.walk(FixtureSite.PROJECT.resolve("content/" + lang))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
          for (String paragraph : Files.readString(file).split("\n\n")) {
            for (int end = 1; end <= paragraph.length(); end += 7) {
              String text = paragraph.substring(0, end);
              for (PhraseBreaks breaks : both) {
                List<Integer> all = breaks.breaks(text);
                OptionalInt expected =
                    all.isEmpty() ? OptionalInt.empty() : OptionalInt.of(all.get(all.size() - 1));
                assertThat(breaks.lastBreak(text)).as(file + ": " + text).isEqualTo(expected);
                if (text.length() > PhraseBreaks.TAIL) {
                  compared++; // a text whose end is read first
                }
              }
            }
          }
        }
      }
    }
    // Texts whose last break lies at the edge of the end that is read first, or before it (a
    // Latin word or a kept word across the edge).
    for (int n = PhraseBreaks.TAIL - 8; n <= PhraseBreaks.TAIL + 8; n++) {
      for (String end :
          List.of("a".repeat(n), "中日邦交正常化" + "b".repeat(n - 4), "纪念。".repeat(n / 3))) {
        String text = "在中日邦交正常化50周年的2022年，两市回顾了26年的友好交往。" + end;
        List<Integer> all = chinese.breaks(text);
        assertThat(chinese.lastBreak(text))
            .as(text)
            .isEqualTo(
                all.isEmpty() ? OptionalInt.empty() : OptionalInt.of(all.get(all.size() - 1)));
        compared++;
      }
    }
    // Only texts longer than the end read first count: a shorter one is read whole anyway.
    assertThat(compared).isGreaterThan(500);
  }

  @Test
  void aLineMayEndBetweenPhrasesAndAfterASpaceButNeverInsideAKeptWord() {
    String text = "中日邦交正常化50周年 Beihai and Yatsushiro";
    List<String> segments = chinese.lineSegments(text);
    assertThat(String.join("", segments)).isEqualTo(text);
    assertThat(segments).startsWith("中日邦交正常化").contains("Beihai ", "and ", "Yatsushiro");
    assertThat(segments).noneMatch(s -> s.startsWith(" "));
  }

  @Test
  void aKeptWordKeepsTheJapaneseParticleAfterIt() {
    PhraseBreaks keeping = new PhraseBreaks(BudouxModel.japanese(), List.of("国交正常化"));
    // Not 国交正常化 / から50年: から belongs to the phrase before it.
    assertThat(keeping.phrases("国交正常化から50年")).containsExactly("国交正常化から", "50年");
    // A kept word followed by another word still ends a phrase.
    assertThat(keeping.breaks("日中国交正常化50周年")).contains(7);
  }

  @Test
  void aTextBrokenBeforeBreaksAsItDidTheFirstTime() {
    PhraseBreaks used = new PhraseBreaks(BudouxModel.japanese(), List.of("国交正常化"));
    List<String> texts = List.of("国交正常化から50年", "北海と八代", "国交正常化", "友好都市の歩みを振り返りました。");
    for (String text : texts) {
      used.breaks(text);
    }
    for (String text : texts) {
      assertThat(used.breaks(text))
          .isEqualTo(new PhraseBreaks(BudouxModel.japanese(), List.of("国交正常化")).breaks(text))
          .isUnmodifiable();
    }
  }
}
