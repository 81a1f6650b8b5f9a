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
  void pageWithoutLangIsCaught() {
    assertThat(check.check(Fixtures.broken("no-lang"), "en/page.html"))
        .extracting(Finding::message)
        .containsExactly("<html> has no lang");
  }

  @Test
  void malformedTagIsCaught() {
    assertThat(findings("en/page.html"))
        .containsExactly("<span lang=\"zh_CN\">: not a language tag like zh-Hans");
  }

  @Test
  void pageForEveryLanguageMarksEachOne() {
    assertThat(findings("index.html"))
        .containsExactly(
            "a page for readers of every language, but no part of <main> is marked"
                + " lang=\"zh-Hans\"");
  }
}
