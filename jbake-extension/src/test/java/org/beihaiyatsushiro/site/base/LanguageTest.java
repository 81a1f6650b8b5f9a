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

  @Test
  void aLanguageFolderIsNamedByItsCodeExactly() {
    assertThat(Language.ofFolder("zh")).contains(Language.ZH);
    assertThat(Language.ofFolder("ja")).contains(Language.JA);
    assertThat(Language.ofFolder("en")).contains(Language.EN);
    assertThat(Language.ofFolder("zh-Hans")).isEmpty();
    assertThat(Language.ofFolder("EN")).isEmpty();
    assertThat(Language.ofFolder("fr")).isEmpty();
  }
}
