package org.beihaiyatsushiro.site.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {
  @Test
  void chineseAndJapaneseAreWrittenWithChineseCharactersEnglishIsNot() {
    assertThat(Language.ZH.isCjk()).isTrue();
    assertThat(Language.JA.isCjk()).isTrue();
    assertThat(Language.EN.isCjk()).isFalse();
  }

  @Test
  void aLanguageIsFoundByItsFolderCodeOrItsTag() {
    assertThat(Language.of("zh")).contains(Language.ZH);
    assertThat(Language.of("zh-hans")).contains(Language.ZH);
    assertThat(Language.of("fr")).isEmpty();
  }
}
