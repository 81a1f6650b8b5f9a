package org.beihaiyatsushiro.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TokenizerTest {
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.beihaiyatsushiro.site.search.SearchCases#tokens")
  void cutsTextAsTheSharedCasesSay(SearchCases.Tokens c) {
    assertThat(Tokenizer.indexTerms(c.input())).as("index terms").isEqualTo(c.index());
    assertThat(Tokenizer.queryTerms(c.input())).as("query terms").isEqualTo(c.query());
    assertThat(Tokenizer.positions(c.input())).as("positions").isEqualTo(c.positions());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.beihaiyatsushiro.site.search.SearchCases#stems")
  void writesEnglishPluralsAsTheSharedCasesSay(SearchCases.Stem c) {
    assertThat(Tokenizer.stem(c.word())).isEqualTo(c.stem());
  }

  @Test
  void aPluralAndItsSingularAreTheSameTerm() {
    assertThat(Tokenizer.indexTerms("seahorses")).isEqualTo(Tokenizer.queryTerms("seahorse"));
    assertThat(Tokenizer.indexTerms("Seahorse")).isEqualTo(Tokenizer.queryTerms("SEAHORSES"));
  }

  @Test
  void everyTermOfAQueryIsATermOfTheSameTextIndexed() {
    String text = "2001年，两市共同铸造了“并驾齐驱”海马雕像；Sakamoto-machi 与 Ｙａｔｓｕｓｈｉｒｏ。";
    for (String query : new String[] {"并驾齐驱", "海马", "马", "sakamoto-machi", "YATSUSHIRO"}) {
      assertThat(Tokenizer.indexTerms(text)).as(query).containsAll(Tokenizer.queryTerms(query));
    }
  }

  @Test
  void chineseAndJapaneseRunsEndAtLatinLettersDigitsAndPunctuation() {
    assertThat(Tokenizer.runs("北海市（Beihai）は2001年に"))
        .containsExactly(
            new Tokenizer.Run(true, "北海市"),
            new Tokenizer.Run(false, "beihai"),
            new Tokenizer.Run(true, "は"),
            new Tokenizer.Run(false, "2001"),
            new Tokenizer.Run(true, "年に"));
  }

  @Test
  void onlyWordsOfThreeCharactersOrMoreMatchAsPrefixes() {
    assertThat(Tokenizer.matchesAsPrefix("mask")).isTrue();
    assertThat(Tokenizer.matchesAsPrefix("199")).isTrue();
    assertThat(Tokenizer.matchesAsPrefix("in")).isFalse();
    assertThat(Tokenizer.matchesAsPrefix("北海道")).isFalse();
  }
}
