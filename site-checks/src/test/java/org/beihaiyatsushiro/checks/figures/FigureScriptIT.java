package org.beihaiyatsushiro.checks.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.checks.ExternalProgram;
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
    Path node =
        ExternalProgram.NODE
            .onPath()
            .orElseGet(
                () ->
                    fail(
                        "node is not on the PATH: the figures' tests need Node.js 18 or newer"
                            + " (node --test). Install it (Debian: apt-get install nodejs npm)"
                            + " and run ./mvnw verify again."));
    Process p =
        new ProcessBuilder(node.toString(), "--test")
            .directory(FIGURES.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean done = p.waitFor(5, TimeUnit.MINUTES);
    System.out.println(output);
    assertThat(done).as("node --test finished within 5 minutes").isTrue();
    assertThat(p.exitValue())
        .as("node --test in tools/figures failed; its report:%n%s", output)
        .isZero();
    assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
  }
}
