package org.beihaiyatsushiro.site.linebreak;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
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

  @Test
  void everyWeightOfTheModelsIsFoundAndNoOther() throws Exception {
    for (String resource : new String[] {"budoux-ja.json", "budoux-zh-hans.json"}) {
      BudouxModel model = BudouxModel.load(resource);
      Map<String, Map<String, Integer>> json;
      try (Reader in =
          new InputStreamReader(
              BudouxModel.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
        json = new Gson().fromJson(in, new TypeToken<Map<String, Map<String, Integer>>>() {});
      }
      int checked = 0;
      for (var feature : json.entrySet()) {
        for (var weight : feature.getValue().entrySet()) {
          String chars = weight.getKey();
          assertThat(model.weight(feature.getKey(), BudouxModel.key(chars, 0, chars.length())))
              .as("%s %s of %s", feature.getKey(), chars, resource)
              .isEqualTo(weight.getValue());
          checked++;
        }
        // Characters the model does not weigh for this feature weigh nothing.
        for (String absent : new String[] {"\u0001", "zz", "\uFFFF\uFFFF\uFFFF"}) {
          if (!feature.getValue().containsKey(absent)) {
            assertThat(model.weight(feature.getKey(), BudouxModel.key(absent, 0, absent.length())))
                .isZero();
          }
        }
      }
      assertThat(checked).as(resource).isGreaterThan(1000);
    }
  }

  @Test
  void aWeightTableFindsEveryKeyEvenWhenTheirSlotsCollide() {
    // Keys that differ only above the bits a small table's slot is taken from.
    Map<Long, Integer> entries = new HashMap<>();
    for (int i = 1; i <= 300; i++) {
      entries.put((long) i << 40, i);
      entries.put((long) i, -i);
    }
    BudouxModel.WeightTable table = new BudouxModel.WeightTable(entries);
    entries.forEach((key, weight) -> assertThat(table.weight(key)).isEqualTo(weight));
    assertThat(table.weight(301L)).isZero();
    assertThat(table.weight(301L << 40)).isZero();
    assertThat(new BudouxModel.WeightTable(Map.of()).weight(5)).isZero();
  }
}
