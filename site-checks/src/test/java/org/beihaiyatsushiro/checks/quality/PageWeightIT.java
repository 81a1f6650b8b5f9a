package org.beihaiyatsushiro.checks.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.checks.publish.PublishedSite;
import org.junit.jupiter.api.Test;

/** Every page of the baked site, with its CSS and JS, stays within the page-weight budget. */
class PageWeightIT {
  @Test
  void everyPageIsWithinBudget() {
    List<String> pages = BakedSite.pages();
    assertThat(pages).contains("index.html", "ja/timeline.html");
    PageWeight check = new PageWeight(PublishedSite.crawl());
    List<PageWeight.Weight> weights = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (String page : pages) {
      weights.add(check.measure(page));
      findings.addAll(check.check(page));
    }
    weights.sort(Comparator.comparingLong(PageWeight.Weight::total).reversed());
    System.out.printf("Page weight (budget %,d bytes), heaviest first:%n", PageWeight.BUDGET_BYTES);
    weights.stream().limit(5).forEach(w -> System.out.println("  " + w));
    assertThat(weights.get(weights.size() - 1).total())
        .as("the lightest page still weighs its HTML and stylesheet")
        .isPositive();
    assertThat(findings).as("pages over budget").isEmpty();
  }
}
