package org.beihaiyatsushiro.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What the editors' tools add stays out of the published site: the preview's reload script is added
 * only as the preview serves a page, and the translation report is written beside the site.
 */
class EditorToolsLeaveNoTraceIT {
  @Test
  void noPageCarriesThePreviewsReloadScript() {
    assertThat(BakedSite.pages()).isNotEmpty();
    for (String page : BakedSite.pages()) {
      assertThat(BakedSite.text(page)).as(page).doesNotContain("__preview");
      for (Element script : BakedSite.page(page).select("script[src]")) {
        assertThat(script.attr("src")).as(page).doesNotContain("reload");
      }
    }
  }

  @Test
  void theTranslationReportLiesBesideTheSiteNotInIt() {
    assertThat(BakedSite.files()).noneMatch(f -> f.contains("translations."));
    assertThat(BakedSite.ROOT.resolveSibling("reports").resolve("translations.md"))
        .satisfies(p -> assertThat(Files.isRegularFile(p)).as(p + " exists").isTrue());
  }
}
