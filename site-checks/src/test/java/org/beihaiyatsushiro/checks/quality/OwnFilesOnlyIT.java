package org.beihaiyatsushiro.checks.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.beihaiyatsushiro.checks.BakedSite;
import org.junit.jupiter.api.Test;

/**
 * Every page of the baked site has a strict Content-Security-Policy, no inline code, loads only the
 * site's own files and opens links out with rel="noopener".
 */
class OwnFilesOnlyIT {
  @Test
  void everyPageLoadsOnlyTheSitesOwnFiles() {
    List<String> pages = BakedSite.pages();
    assertThat(pages).contains("index.html", "404.html", "en/index.html");
    OwnFilesOnly check = new OwnFilesOnly();
    List<Finding> findings = new ArrayList<>();
    for (String page : pages) {
      findings.addAll(check.check(BakedSite.ROOT, page));
    }
    assertThat(findings).as("pages that are not self-contained").isEmpty();
  }
}
