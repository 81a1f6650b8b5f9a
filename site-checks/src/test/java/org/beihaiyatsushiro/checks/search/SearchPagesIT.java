package org.beihaiyatsushiro.checks.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.checks.publish.PublishedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search box, the search pages and the index files as baked, read without JavaScript. */
class SearchPagesIT {
  /** The types of script a browser runs (the rest, like application/ld+json, are data). */
  private static final Set<String> SCRIPT_TYPES =
      Set.of("", "module", "text/javascript", "application/javascript");

  private static final Map<String, String> CODE_OF_TAG =
      Map.of("zh-Hans", "zh", "ja", "ja", "en", "en");

  @Test
  void everyPageOfALanguageHasALabelledSearchBoxSendingToItsLanguagesSearchPage() {
    List<String> pages = BakedSite.pages();
    assertThat(pages).isNotEmpty();
    for (String sitePath : pages) {
      Document doc = BakedSite.page(sitePath);
      String code = CODE_OF_TAG.get(doc.selectFirst("html").attr("lang"));
      assertThat(code).as("%s: the language of <html lang>", sitePath).isNotNull();
      assertThat(
              doc.select("script:not([src])").stream()
                  .filter(x -> SCRIPT_TYPES.contains(x.attr("type").strip().toLowerCase()))
                  .toList())
          .as(
              "%s: inline scripts (the CSP allows none; data blocks such as JSON-LD are fine)",
              sitePath)
          .isEmpty();
      Element form = doc.selectFirst("header.site-header form.site-search[role=search]");
      if (sitePath.equals("index.html")) {
        // The chooser belongs to no language, so it offers no search of one: the reader picks a
        // language first (ChooserIT checks that its header has no form).
        assertThat(form).as("%s: no search of one language", sitePath).isNull();
        continue;
      }
      assertThat(form).as("%s: the header's search form", sitePath).isNotNull();
      assertThat(form.attr("method")).as(sitePath).isEqualTo("get");
      if (sitePath.equals("404.html")) {
        // Served at any depth, the 404 page refers to the site by paths under the base URL's.
        assertThat(form.attr("action"))
            .as("%s: where the search box sends the query", sitePath)
            .isEqualTo(PublishedSite.basePath() + code + "/search.html");
      } else {
        assertThat(URI.create(form.absUrl("action")))
            .as("%s: where the search box sends the query", sitePath)
            .isEqualTo(BakedSite.ROOT.resolve(code + "/search.html").toUri());
      }
      Element input = form.selectFirst("input[type=search][name=q]");
      assertThat(input).as("%s: the search field", sitePath).isNotNull();
      Element label = form.selectFirst("label[for=" + input.id() + "]");
      assertThat(label).as("%s: the label of the search field", sitePath).isNotNull();
      assertThat(label.text()).as(sitePath).isNotBlank();
      assertThat(form.select("button[type=submit]")).as(sitePath).hasSize(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "ja", "en"})
  void theSearchPageWorksWithScriptsFromTheSiteAndSaysWhatToDoWithoutThem(String code) {
    String sitePath = code + "/search.html";
    Document doc = BakedSite.page(sitePath);
    assertThat(doc.body().hasClass("page-search")).isTrue();

    Element noscript = doc.selectFirst("p.search-noscript");
    assertThat(noscript).as("the message for readers without JavaScript").isNotNull();
    assertThat(noscript.hasAttr("hidden")).isFalse();
    List<URI> targets =
        noscript.select("a").eachAttr("abs:href").stream().map(URI::create).toList();
    assertThat(targets)
        .containsExactly(
            BakedSite.ROOT.resolve(code + "/timeline.html").toUri(),
            URI.create(BakedSite.ROOT.resolve(code + "/index.html").toUri() + "#articles"));
    assertThat(BakedSite.page(code + "/index.html").getElementById("articles"))
        .as("the list of articles the message links to")
        .isNotNull();

    Element form = doc.selectFirst("form.search-form");
    assertThat(form.selectFirst("input#search-query[type=search][name=q]")).isNotNull();
    assertThat(form.selectFirst("label[for=search-query]").text()).isNotBlank();
    assertThat(form.selectFirst("input#search-all[type=checkbox][name=all]")).isNotNull();
    assertThat(form.selectFirst("label[for=search-all]").text()).isNotBlank();
    assertThat(doc.getElementById("search-results")).isNotNull();

    List<URI> scripts =
        doc.select("script[src]").eachAttr("abs:src").stream().map(URI::create).toList();
    assertThat(scripts)
        .containsExactly(
            BakedSite.ROOT.resolve("search/index-" + code + ".js").toUri(),
            BakedSite.ROOT.resolve("js/search.js").toUri());
    for (URI script : scripts) {
      assertThat(Path.of(script)).isRegularFile();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "ja", "en"})
  void everyResultOfTheIndexLeadsToAPageAndAnchorThatExist(String code) throws Exception {
    String script = Files.readString(BakedSite.ROOT.resolve("search/index-" + code + ".js"));
    String marker = "globalThis.SiteSearchIndex[\"" + code + "\"] = ";
    assertThat(script).contains(marker);
    String json = script.substring(script.indexOf(marker) + marker.length()).strip();
    JsonObject index =
        JsonParser.parseString(json.substring(0, json.length() - 1)).getAsJsonObject();
    assertThat(index.get("lang").getAsString()).isEqualTo(code);
    JsonArray docs = index.getAsJsonArray("docs");
    assertThat(docs).isNotEmpty();
    for (JsonElement d : docs) {
      String url = d.getAsJsonObject().get("u").getAsString();
      String file = url.replaceFirst("#.*$", "");
      assertThat(file).as(url).startsWith(code + "/");
      assertThat(BakedSite.ROOT.resolve(file)).as(url).isRegularFile();
      if (url.contains("#")) {
        String anchor = url.substring(url.indexOf('#') + 1);
        assertThat(BakedSite.page(file).getElementById(anchor)).as(url).isNotNull();
      }
    }
  }
}
