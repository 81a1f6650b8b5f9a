package org.beihaiyatsushiro.checks.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.beihaiyatsushiro.checks.BakedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The site's front door, index.html: a reader picks a language there, with or without JavaScript,
 * and is never sent elsewhere without asking.
 */
class ChooserIT {
  private final Document chooser = BakedSite.page("index.html");

  @Test
  void itOffersEachLanguageInThatLanguageLinkingToItsHome() {
    for (Map.Entry<String, String> lang : SourceFiles.TAG_OF_FOLDER.entrySet()) {
      String home = lang.getKey() + "/index.html";
      Element link =
          chooser.select("main a[href]").stream()
              .filter(a -> SiteUrls.target(a, "href").orElse("").equals(home))
              .findFirst()
              .orElse(null);
      assertThat(link).as("a link to " + home).isNotNull();
      assertThat(link.attr("hreflang")).isEqualTo(lang.getValue());
      assertThat(link.closest("[lang]").attr("lang"))
          .as("the choice of " + home + " is marked as written in its language")
          .isEqualTo(lang.getValue());
      assertThat(link.text()).isNotBlank();
      assertThat(BakedSite.pages()).contains(home);
    }
  }

  @Test
  void itSpeaksEveryLanguageNotOnlyEnglish() {
    // The root page belongs to no language: its header, its (hidden) heading, the occasion and its
    // footer are there in each of the three, and each choice says what the site is besides its
    // link.
    for (String tag : SourceFiles.TAG_OF_FOLDER.values()) {
      for (String part : List.of(".skip-link", "header", "h1", ".occasion", "footer")) {
        assertThat(
                chooser.select(part + " [lang=" + tag + "], " + part + "[lang=" + tag + "]").text())
            .as("the chooser's " + part + " in " + tag)
            .isNotBlank();
      }
      Element choice = chooser.selectFirst("main li[lang=" + tag + "]");
      assertThat(choice).as("the choice of " + tag).isNotNull();
      assertThat(choice.select("p").eachText())
          .as("the choice of " + tag + " names the site and says what it is")
          .hasSizeGreaterThanOrEqualTo(2)
          .allSatisfy(text -> assertThat(text).isNotBlank());
    }
    assertThat(chooser.select("header nav, header form"))
        .as("no navigation or search of one language in the chooser's header")
        .isEmpty();
  }

  @Test
  void itDoesNotRedirect() {
    assertThat(chooser.select("meta[http-equiv~=(?i)refresh]")).isEmpty();
    for (Element script : chooser.select("script")) {
      assertThat(script.hasAttr("src")).as("no inline script: " + script).isTrue();
      String code = BakedSite.text(SiteUrls.target(script, "src").orElseThrow());
      assertThat(code)
          .as(script.attr("src") + " must not navigate")
          .doesNotContain("location")
          .doesNotContain("navigate")
          .doesNotContain(".submit(")
          .doesNotContain("window.open");
    }
  }

  @Test
  void itWorksWithoutJavaScript() {
    // The choices are plain links in the page, visible without a script to reveal them.
    Element list = chooser.selectFirst("main ul, main ol");
    assertThat(list).isNotNull();
    for (Element e : list.parents()) {
      assertThat(e.hasAttr("hidden")).as(e.tagName() + " is not hidden").isFalse();
    }
    assertThat(list.select("a[href][hidden]")).isEmpty();
    assertThat(chooser.select("noscript")).as("nothing that only works with JS").isEmpty();
  }
}
