package org.beihaiyatsushiro.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The query and its ranking, as the browser's search.js must also run them. */
class SearchIndexTest {
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.beihaiyatsushiro.site.search.SearchCases#ranking")
  void ranksAsTheSharedCasesSay(SearchCases.Ranking c) {
    SearchIndex index = SearchIndex.build(c.documents());
    assertThat(index.search(c.query()).stream().map(SearchHit::doc).toList())
        .isEqualTo(c.expected());
  }

  @Test
  void aTitleMatchOutranksAnyDensityOfText() {
    SearchIndex index =
        SearchIndex.build(
            List.of(
                doc("Flood", "River river river."),
                doc("Kuma River", "In July 2020 the flood reached Yatsushiro.")));
    List<SearchHit> hits = index.search("river");
    assertThat(hits).extracting(SearchHit::doc).containsExactly(1, 0);
    assertThat(hits.get(0).titleTerms()).isEqualTo(1);
    assertThat(hits.get(0).density()).isZero();
    assertThat(hits.get(1).titleTerms()).isZero();
    assertThat(hits.get(1).density()).isEqualTo(1.0);
  }

  @Test
  void densityIsOccurrencesPerPositionOfTheText() {
    SearchIndex index =
        SearchIndex.build(List.of(doc("A", "In July 2020 the river flooded Yatsushiro.")));
    assertThat(index.search("yatsushiro").get(0).density()).isEqualTo(1.0 / 7);
  }

  @Test
  void countsEachTermSeparatelyInTitleAndText() {
    SearchIndex index = SearchIndex.build(List.of(doc("北海市", "北海是港口城市。北海有银滩。")));
    assertThat(index.terms().get("北海")).containsExactly(new SearchIndex.Posting(0, 1, 2));
    assertThat(index.terms().get("银滩")).containsExactly(new SearchIndex.Posting(0, 0, 1));
    assertThat(index.length(0)).isEqualTo(12);
  }

  @Test
  void aQueryWithoutLettersFindsNothing() {
    SearchIndex index = SearchIndex.build(List.of(doc("Beihai", "A port city.")));
    assertThat(index.search("  …！ ")).isEmpty();
    assertThat(index.search("")).isEmpty();
  }

  @Test
  void aWordTheTextSplitIsFoundByTheQueryAsTheUserWritesIt() {
    SearchIndex index =
        SearchIndex.build(
            List.of(doc("Sakamoto", "Sakamoto-machi joined Yatsushiro."), doc("Other", "Machi.")));
    assertThat(index.search("Sakamoto-machi")).extracting(SearchHit::doc).containsExactly(0);
    assertThat(index.search("ＳＡＫＡＭＯＴＯ　ＭＡＣＨＩ")).extracting(SearchHit::doc).containsExactly(0);
  }

  private static SearchDocument doc(String title, String text) {
    return new SearchDocument("x.html", title, "", SearchDocument.ARTICLE, text);
  }
}
