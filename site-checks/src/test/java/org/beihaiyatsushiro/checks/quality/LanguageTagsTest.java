package org.beihaiyatsushiro.checks.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.beihaiyatsushiro.checks.BakedSite;
import org.junit.jupiter.api.Test;

class LanguageTagsTest {
  private final LanguageTags check = new LanguageTags();

  private List<String> findings(String page) {
    return check.check(Fixtures.broken("wrong-lang"), page).stream().map(Finding::message).toList();
  }

  @Test
  void goodPagesPass() {
    Path good = Fixtures.good();
    for (String page : BakedSite.pages(good)) {
      assertThat(check.check(good, page)).as(page).isEmpty();
    }
  }

  @Test
  void pageInTheJapaneseFolderMustSayJa() {
    assertThat(findings("ja/page.html"))
        .containsExactly("<html lang=\"en\"> but pages in ja/ are ja");
  }

  @Test
  void chineseInEnglishMustBeMarked() {
    assertThat(findings("en/unmarked.html"))
        .singleElement()
        .asString()
        .contains("marked lang=\"en\"", "Beihai (北海市) is a port city.");
  }

  @Test
  void hreflangMustMatchTheTarget() {
    assertThat(findings("en/hreflang.html"))
        .containsExactly("link hreflang=\"ja\" to unmarked.html, a page in lang=\"en\"");
  }

  @Test
  void multilingualPageMarksEachLanguage() {
    assertThat(findings("index.html"))
        .contains("a page in several languages, but no part is marked lang=\"zh-Hans\"")
        .anyMatch(f -> f.contains("阅读中文版"));
  }
}
