package org.beihaiyatsushiro.site.linebreak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
