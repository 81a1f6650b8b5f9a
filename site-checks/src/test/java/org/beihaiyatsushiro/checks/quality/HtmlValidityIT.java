package org.beihaiyatsushiro.checks.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.beihaiyatsushiro.checks.BakedSite;
import org.junit.jupiter.api.Test;

/** Every page of the baked site passes the Nu Html Checker; its warnings are listed. */
class HtmlValidityIT {
  @Test
  void everyPageIsValidHtml() {
    List<String> pages = BakedSite.pages();
    assertThat(pages).contains("index.html", "404.html", "zh/index.html");
    HtmlValidity checker = new HtmlValidity();
    List<Finding> errors = new ArrayList<>();
    List<Finding> warnings = new ArrayList<>();
    for (String page : pages) {
      HtmlValidity.Report report = checker.check(BakedSite.ROOT, page);
      errors.addAll(report.errors());
      warnings.addAll(report.warnings());
    }
    System.out.printf(
        "Nu Html Checker: %d pages, %d errors, %d warnings%n",
        pages.size(), errors.size(), warnings.size());
    warnings.forEach(w -> System.out.println("  warning: " + w));
    assertThat(errors).as("errors of the Nu Html Checker").isEmpty();
  }
}
