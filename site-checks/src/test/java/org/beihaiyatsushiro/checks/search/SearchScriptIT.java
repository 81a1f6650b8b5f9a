package org.beihaiyatsushiro.checks.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.checks.ExternalProgram;
import org.junit.jupiter.api.Test;

/**
 * Runs the Node test of the query script (site-checks/src/test/node/search.test.js, Node's own test
 * runner) on the site as baked, so {@code ./mvnw verify} runs it. Node 18 or newer must be on the
 * PATH; without it this check fails and says so.
 */
class SearchScriptIT {
  private static final Path TEST =
      BakedSite.SOURCES.resolve("site-checks/src/test/node/search.test.js");

  @Test
  void theQueryScriptPassesItsNodeTestsOnTheRealIndex() throws IOException, InterruptedException {
    Path node =
        ExternalProgram.NODE
            .onPath()
            .orElseGet(
                () ->
                    fail(
                        "node is not on the PATH: the search script's tests need Node.js 18 or"
                            + " newer (node --test). Install it (Debian: apt-get install nodejs)"
                            + " and run ./mvnw verify again."));
    String version = run(List.of(node.toString(), "--version")).strip();
    assertThat(majorVersion(version))
        .as("node --version is %s; node --test needs Node.js 18 or newer", version)
        .isGreaterThanOrEqualTo(18);

    ProcessBuilder pb =
        new ProcessBuilder(node.toString(), "--test", TEST.toString())
            .directory(BakedSite.SOURCES.toFile())
            .redirectErrorStream(true);
    pb.environment().put("BAKED_SITE", BakedSite.ROOT.toString());
    pb.environment().put("SITE_ROOT", BakedSite.SOURCES.toString());
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean done = p.waitFor(5, TimeUnit.MINUTES);
    System.out.println(output);
    assertThat(done).as("node --test finished within 5 minutes").isTrue();
    assertThat(p.exitValue()).as("node --test %s failed; its report:%n%s", TEST, output).isZero();
    assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
  }

  private static int majorVersion(String version) {
    String digits = version.replaceFirst("^v", "").replaceFirst("\\..*$", "");
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(1, TimeUnit.MINUTES);
    return out;
  }
}
