package org.beihaiyatsushiro.checks.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.beihaiyatsushiro.checks.BakedSite;
import org.junit.jupiter.api.Test;

/**
 * Every page of the baked site carries the right lang. (That hreflang alternates are reciprocal is
 * the foundation's test; here hreflang links must lead to pages in that language.)
 */
class LanguageTagsIT {
  @Test
  void everyPageSaysItsLanguage() {
    List<String> pages = BakedSite.pages();
    assertThat(pages).contains("index.html", "404.html", "zh/index.html", "ja/index.html");
    LanguageTags check = new LanguageTags();
    List<Finding> findings = new ArrayList<>();
    for (String page : pages) {
      findings.addAll(check.check(BakedSite.ROOT, page));
    }
    assertThat(findings).as("language tags").isEmpty();
  }
}
