package org.beihaiyatsushiro.site.linebreak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The port gives the phrases the JavaScript parser of budoux 0.9.2 gives: each expected list below
 * was printed by {@code new Parser(model).parse(text)} of that package, with the same model.
 */
class BudouxModelTest {
  private final BudouxModel japanese = BudouxModel.japanese();
  private final BudouxModel chinese = BudouxModel.simplifiedChinese();

  @Test
  void chinesePhrasesAreThoseOfTheReferenceParser() {
    assertThat(chinese.phrases("北海市与八代市结为友好城市"))
        .containsExactly("北海市", "与", "八代市", "结为", "友好", "城市");
    assertThat(chinese.phrases("北海与八代——中日邦交正常化50周年纪念"))
        .containsExactly("北海", "与", "八代", "——", "中日", "邦交正常化50", "周年", "纪念");
    assertThat(chinese.phrases("中日邦交正常化五十周年")).containsExactly("中日", "邦交正常化五十", "周年");
  }

  @Test
  void japanesePhrasesAreThoseOfTheReferenceParser() {
    assertThat(japanese.phrases("交流の節目を記しています。")).containsExactly("交流の", "節目を", "記しています。");
    assertThat(japanese.phrases("中国の北海市と熊本県八代市は1996年に友好都市となり、日中国交正常化50周年の2022年に26年の交流を振り返りました。"))
        .containsExactly(
            "中国の",
            "北海市と",
            "熊本県八代市は",
            "1996年に",
            "友好都市と",
            "なり、",
            "日中国交正常化50周年の",
            "2022年に",
            "26年の",
            "交流を",
            "振り返りました。");
  }

  @Test
  void shortAndEmptyTextsHaveNoBoundary() {
    assertThat(japanese.boundaries("")).isEmpty();
    assertThat(japanese.boundaries("年")).isEmpty();
    assertThat(chinese.phrases("")).isEmpty();
  }
}
