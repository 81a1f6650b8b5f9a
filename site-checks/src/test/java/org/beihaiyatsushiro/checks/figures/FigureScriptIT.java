package org.beihaiyatsushiro.checks.figures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.checks.NodeTests;
import org.junit.jupiter.api.Test;

/**
 * Runs the Node tests of the figures' drawing script (tools/figures/tests, Node's own test runner),
 * so {@code ./mvnw verify} checks that every figure in images/ is what the script draws from
 * Natural Earth's data and the fact sheet, holds nothing a browser would run or fetch, and places
 * each city on its sea. Before the checks, {@code npm ci} installs the script's pinned packages
 * into tools/figures/node_modules (see site-checks/pom.xml).
 */
class FigureScriptIT {
  private static final Path FIGURES = BakedSite.SOURCES.resolve("tools/figures");

  @Test
  void everyFigureIsWhatItsScriptDrawsAndPassesItsChecks()
      throws IOException, InterruptedException {
    NodeTests.pass("the figures' tests", FIGURES, Map.of());
  }
}
