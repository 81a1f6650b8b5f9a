package org.beihaiyatsushiro.checks.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.beihaiyatsushiro.checks.BakedSite;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The GitHub Pages workflow parses and does what the README promises: on a push to main and by
 * hand, Java 17 with the Maven cache, {@code ./mvnw -B verify} for the Pages address before the
 * upload, the official Pages actions, least permissions and one deployment at a time.
 */
class PagesWorkflowIT {
  private static final Path WORKFLOW = BakedSite.SOURCES.resolve(".github/workflows/pages.yml");

  private final Map<String, Object> workflow = load();

  @Test
  void itRunsOnAPushToMainAndByHandOneDeploymentAtATime() {
    Map<String, Object> on = map(workflow.get("on"));
    assertThat(map(on.get("push")).get("branches")).isEqualTo(List.of("main"));
    assertThat(on).containsKey("workflow_dispatch");
    assertThat(map(workflow.get("concurrency")))
        .containsEntry("group", "pages")
        .containsEntry("cancel-in-progress", false);
  }

  @Test
  void onlyTheDeployJobMayWritePages() {
    assertThat(map(workflow.get("permissions"))).isEqualTo(Map.of("contents", "read"));
    assertThat(job("build")).doesNotContainKey("permissions");
    assertThat(map(job("deploy").get("permissions")))
        .isEqualTo(Map.of("pages", "write", "id-token", "write"));
    assertThat(job("deploy").get("needs")).isEqualTo("build");
    assertThat(map(job("deploy").get("environment"))).containsEntry("name", "github-pages");
  }

  @Test
  void theBuildVerifiesForThePagesAddressBeforeItUploadsTheSite() {
    List<Map<String, Object>> steps = steps("build");
    int java = index(steps, "actions/setup-java@");
    int pages = index(steps, "actions/configure-pages@");
    int upload = index(steps, "actions/upload-pages-artifact@");
    int verify = -1;
    for (int i = 0; i < steps.size(); i++) {
      String run = String.valueOf(steps.get(i).getOrDefault("run", ""));
      if (run.contains("./mvnw -B") && run.contains(" verify") && run.contains("-Dsite.baseUrl=")) {
        verify = i;
        Map<String, Object> env = map(steps.get(i).get("env"));
        assertThat(env.values())
            .singleElement()
            .isEqualTo("${{ steps." + steps.get(pages).get("id") + ".outputs.base_url }}/");
      }
    }
    assertThat(verify).as("a step running ./mvnw -B verify -Dsite.baseUrl=…").isPositive();
    assertThat(java).isLessThan(verify);
    assertThat(pages).isLessThan(verify);
    assertThat(verify).isLessThan(upload);

    assertThat(map(steps.get(java).get("with")))
        .containsEntry("java-version", "17")
        .containsEntry("cache", "maven");
    assertThat(map(steps.get(upload).get("with"))).containsEntry("path", "target/site");
    assertThat(steps("deploy").get(index(steps("deploy"), "actions/deploy-pages@")))
        .containsEntry("id", "deployment");
  }

  @Test
  void theBuildInstallsEveryPackageCiInstalls() throws IOException {
    String install =
        steps("build").stream()
            .map(s -> String.valueOf(s.getOrDefault("run", "")))
            .filter(r -> r.contains("apt-get install"))
            .findFirst()
            .orElse("");
    List<String> installed = Arrays.asList(install.replace("\\\n", " ").split("\\s+"));
    assertThat(installed).contains("chromium", "chromium-driver", "fonts-noto-cjk");
    List<String> ci = aptPackages(BakedSite.SOURCES.resolve(".ci/run"));
    assertThat(ci)
        .as("the packages .ci/run installs")
        .contains("chromium", "chromium-driver", "fonts-noto-cjk");
    assertThat(installed).containsAll(ci);
  }

  /**
   * The packages a script installs with apt-get: on each command line that runs apt-get
   * (continuation lines joined), the words after {@code install} that are package names, whatever
   * options come before it ({@code apt-get -o DPkg::Lock::Timeout=600 install -y …}); options such
   * as {@code -y} are left out.
   */
  private static List<String> aptPackages(Path script) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readString(script).replace("\\\n", " ").split("\n")) {
      List<String> words = Arrays.asList(line.strip().split("\\s+"));
      int aptGet = words.indexOf("apt-get");
      int install = aptGet < 0 ? -1 : words.subList(aptGet, words.size()).indexOf("install");
      if (install < 0) {
        continue;
      }
      for (String word : words.subList(aptGet + install + 1, words.size())) {
        if (word.matches("[a-z0-9][-a-z0-9.+]*")) {
          out.add(word);
        }
      }
    }
    return out;
  }

  private Map<String, Object> job(String name) {
    return map(map(workflow.get("jobs")).get(name));
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> steps(String jobName) {
    return (List<Map<String, Object>>) job(jobName).get("steps");
  }

  private static int index(List<Map<String, Object>> steps, String action) {
    for (int i = 0; i < steps.size(); i++) {
      if (String.valueOf(steps.get(i).get("uses")).startsWith(action)) {
        return i;
      }
    }
    throw new AssertionError("no step uses " + action);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    assertThat(o).isInstanceOf(Map.class);
    return (Map<String, Object>) o;
  }

  private static Map<String, Object> load() {
    try {
      return map(
          new Load(LoadSettings.builder().setLabel(WORKFLOW.toString()).build())
              .loadFromString(Files.readString(WORKFLOW)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
