package org.beihaiyatsushiro.checks.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.beihaiyatsushiro.checks.quality.Finding;

/**
 * axe-core's accessibility rules for WCAG 2.2 levels A and AA, run on the page the browser shows.
 * The library injects axe's script through WebDriver, which the page's Content-Security-Policy does
 * not govern, so the audit works on the site's strict pages as they are.
 */
public final class AccessibilityAudit {
  /** The axe tags of the WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA. */
  public static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  /**
   * What axe found on one page.
   *
   * @param violations each rule broken, with the elements that break it
   * @param passed how many rules passed
   * @param toReview the rules axe could not decide alone (reported, not failed)
   */
  public record Result(List<Finding> violations, int passed, List<String> toReview) {
    /** Copies the lists. */
    public Result {
      violations = List.copyOf(violations);
      toReview = List.copyOf(toReview);
    }
  }

  private final Chromium chromium;

  /** An audit in this browser. */
  public AccessibilityAudit(Chromium chromium) {
    this.chromium = Objects.requireNonNull(chromium, "chromium");
  }

  /**
   * Audits the page the browser shows now.
   *
   * @param page its path in the site, to name it in findings
   */
  public Result run(String page) {
    Objects.requireNonNull(page, "page");
    Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(chromium.driver());
    List<Finding> violations = new ArrayList<>();
    if (results.isErrored()) {
      violations.add(new Finding(page, "axe-core could not run: " + results.getErrorMessage()));
    }
    for (Rule rule : results.getViolations()) {
      String where =
          rule.getNodes().stream()
              .map(AccessibilityAudit::target)
              .collect(Collectors.joining(", "));
      violations.add(
          new Finding(
              page,
              "axe "
                  + rule.getId()
                  + " ("
                  + rule.getImpact()
                  + "): "
                  + rule.getHelp()
                  + " at "
                  + where));
    }
    List<String> toReview =
        results.getIncomplete().stream().map(r -> r.getId() + ": " + r.getHelp()).toList();
    return new Result(violations, results.getPasses().size(), toReview);
  }

  private static String target(CheckedNode node) {
    return String.valueOf(node.getTarget());
  }
}
