package org.beihaiyatsushiro.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a suite of Node's own test runner ({@code node --test}) and asserts that it passed: Node.js
 * 18 or newer on the PATH, the suite finished within five minutes (a hanging suite is stopped and
 * fails), its exit status 0, at least one test passed and none failed.
 */
public final class NodeTests {
  private static final long MINUTES = 5;

  private NodeTests() {}

  /**
   * @param what what the tests check, for the message when Node.js is missing
   * @param directory where node runs
   * @param environment variables added to node's environment
   * @param arguments after {@code node --test}
   * @return the suite's report, as printed
   */
  public static String pass(
      String what, Path directory, Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    Path node =
        ExternalProgram.NODE
            .onPath()
            .orElseGet(
                () ->
                    fail(
                        "node is not on the PATH: "
                            + what
                            + " need Node.js 18 or newer (node --test). Install it (Debian:"
                            + " apt-get install nodejs npm) and run ./mvnw verify again."));
    String version = output(List.of(node.toString(), "--version"), directory, Map.of()).strip();
    assertThat(majorVersion(version))
        .as("node --version is %s; node --test needs Node.js 18 or newer", version)
        .isGreaterThanOrEqualTo(18);
    List<String> command = new ArrayList<>(List.of(node.toString(), "--test"));
    command.addAll(List.of(arguments));
    String output = output(command, directory, environment);
    System.out.println(output);
    assertThat(output)
        .as("node --test in %s failed; its report:%n%s", directory, output)
        .contains("# fail 0")
        .doesNotContain("# pass 0");
    return output;
  }

  /**
   * A command's output, its exit status checked; the output goes to a file, so that a command that
   * hangs is stopped by the timeout instead of blocking a read.
   */
  private static String output(List<String> command, Path directory, Map<String, String> env)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("node-tests-", ".txt");
    try {
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      pb.environment().putAll(env);
      Process p = pb.start();
      if (!p.waitFor(MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        fail(
            String.join(" ", command)
                + " did not finish within "
                + MINUTES
                + " minutes; its output so far:\n"
                + Files.readString(log, StandardCharsets.UTF_8));
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(p.exitValue())
          .as("%s failed; its output:%n%s", String.join(" ", command), output)
          .isZero();
      return output;
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static int majorVersion(String version) {
    String digits = version.replaceFirst("^v", "").replaceFirst("\\..*$", "");
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
