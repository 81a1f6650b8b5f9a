package org.beihaiyatsushiro.site.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SearchTextTest {
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.beihaiyatsushiro.site.search.SearchCases#fold")
  void foldsAsTheSharedCasesSay(SearchCases.Fold c) {
    assertThat(SearchText.fold(c.input())).isEqualTo(c.folded());
  }

  @Test
  void fullWidthAndHalfWidthFormsOfTheSameTextFoldAlike() {
    assertThat(SearchText.fold("ＹＡＴＳＵＳＨＩＲＯ　１９９６")).isEqualTo(SearchText.fold("Yatsushiro 1996"));
    assertThat(SearchText.fold("ﾀﾂﾉｵﾄｼｺﾞ")).isEqualTo(SearchText.fold("タツノオトシゴ"));
  }

  @Test
  void refusesNull() {
    assertThatNullPointerException().isThrownBy(() -> SearchText.fold(null));
  }
}
