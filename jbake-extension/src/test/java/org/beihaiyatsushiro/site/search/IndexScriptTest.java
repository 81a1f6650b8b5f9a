package org.beihaiyatsushiro.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.SitePaths;
import org.junit.jupiter.api.Test;

class IndexScriptTest {
  private static final SearchIndex INDEX =
      SearchIndex.build(
          List.of(
              new SearchDocument(
                  "ja/beihai.html", "北海市", "2022年9月29日", SearchDocument.ARTICLE, "港の町。"),
              new SearchDocument(
                  "ja/timeline.html#1996-sister-cities",
                  "友好都市",
                  "1996年",
                  SearchDocument.EVENT,
                  "北海と八代が友好都市に。")));

  @Test
  void isAScriptThatSetsItsLanguageInTheGlobalIndexObject() {
    String script = IndexScript.of(Language.JA, "日本語", INDEX);
    assertThat(SitePaths.searchIndex(Language.JA)).isEqualTo("search/index-ja.js");
    assertThat(script)
        .contains("globalThis.SiteSearchIndex = globalThis.SiteSearchIndex || {};\n")
        .contains("globalThis.SiteSearchIndex[\"ja\"] = {");
    JsonObject data = data(script);
    assertThat(data.get("lang").getAsString()).isEqualTo("ja");
    assertThat(data.get("tag").getAsString()).isEqualTo("ja");
    assertThat(data.get("name").getAsString()).isEqualTo("日本語");
    JsonObject event = data.getAsJsonArray("docs").get(1).getAsJsonObject();
    assertThat(event.get("u").getAsString()).isEqualTo("ja/timeline.html#1996-sister-cities");
    assertThat(event.get("t").getAsString()).isEqualTo("友好都市");
    assertThat(event.get("d").getAsString()).isEqualTo("1996年");
    assertThat(event.get("k").getAsString()).isEqualTo("event");
    assertThat(event.get("tn").getAsInt()).isEqualTo(4);
    assertThat(event.get("n").getAsInt()).isEqualTo(11);
    assertThat(event.get("x").getAsString()).isEqualTo("北海と八代が友好都市に。");
  }

  @Test
  void listsEachTermWithFlatTriplesOfDocTitleCountAndTextCount() {
    JsonObject terms = data(IndexScript.of(Language.JA, "日本語", INDEX)).getAsJsonObject("terms");
    assertThat(terms.getAsJsonArray("北海").toString()).isEqualTo("[0,1,0,1,0,1]");
    assertThat(terms.getAsJsonArray("友好").toString()).isEqualTo("[1,1,1]");
    assertThat(List.copyOf(terms.keySet())).isSorted();
  }

  @Test
  void theSameDocumentsGiveTheSameBytes() {
    assertThat(IndexScript.of(Language.JA, "日本語", SearchIndex.build(INDEX.docs())))
        .isEqualTo(IndexScript.of(Language.JA, "日本語", INDEX));
  }

  @Test
  void aTextWithQuotesBackslashesAndLineSeparatorsComesBackAsWritten() {
    String text = "He said \"北海\" \\ C:\\path\u2028next\u2029line </script> & <b>";
    SearchIndex index =
        SearchIndex.build(
            List.of(new SearchDocument("ja/a.html", "題", "2022年", SearchDocument.ARTICLE, text)));

    String script = IndexScript.of(Language.JA, "日本語", index);

    assertThat(data(script).getAsJsonArray("docs").get(0).getAsJsonObject().get("x").getAsString())
        .isEqualTo(text);
    // Older JavaScript ends a string at U+2028 and U+2029: the script holds them escaped.
    assertThat(script).doesNotContain("\u2028").doesNotContain("\u2029").contains("\\u2028");
  }

  private static JsonObject data(String script) {
    String marker = "globalThis.SiteSearchIndex[\"ja\"] = ";
    String json = script.substring(script.indexOf(marker) + marker.length()).strip();
    assertThat(json).endsWith(";");
    return JsonParser.parseString(json.substring(0, json.length() - 1)).getAsJsonObject();
  }
}
