package org.beihaiyatsushiro.site.search;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The cases in search-cases.json, which the query script (assets/js/search.js) is tested on too, by
 * site-checks/src/test/node/search.test.js: one file keeps the two implementations in step.
 */
final class SearchCases {
  record Fold(String input, String folded) {}

  record Tokens(String input, List<String> index, List<String> query, int positions) {
    @Override
    public String toString() {
      return input;
    }
  }

  record Doc(String title, String text) {}

  record Ranking(String name, List<Doc> docs, String query, List<Integer> expected) {
    @Override
    public String toString() {
      return name;
    }

    /** The documents as the index takes them: article i at d/i.html. */
    List<SearchDocument> documents() {
      return java.util.stream.IntStream.range(0, docs.size())
          .mapToObj(
              i ->
                  new SearchDocument(
                      "d/" + i + ".html",
                      docs.get(i).title(),
                      "",
                      SearchDocument.ARTICLE,
                      docs.get(i).text()))
          .toList();
    }
  }

  record Stem(String word, String stem) {
    @Override
    public String toString() {
      return word;
    }
  }

  record All(List<Fold> fold, List<Tokens> tokens, List<Ranking> ranking, List<Stem> stems) {}

  static final All ALL = load();

  private SearchCases() {}

  private static All load() {
    try (InputStream in = SearchCases.class.getResourceAsStream("search-cases.json");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return new Gson().fromJson(reader, All.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Fold> fold() {
    return ALL.fold();
  }

  static List<Tokens> tokens() {
    return ALL.tokens();
  }

  static List<Ranking> ranking() {
    return ALL.ranking();
  }

  static List<Stem> stems() {
    return ALL.stems();
  }
}
