package org.beihaiyatsushiro.checks.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.checks.ExternalProgram;
import org.beihaiyatsushiro.checks.browser.Chromium;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The GitHub Pages workflow parses and does what the README promises: on a push to main and by
 * hand, Java 17 with the Maven cache, what the tests need installed by .ci/install (as CI does),
 * {@code ./mvnw -B verify} for the Pages address before the upload, the official Pages actions,
 * each job with exactly the permissions its actions need, and one deployment at a time.
 */
class PagesWorkflowTest {
  private static final Path WORKFLOW = BakedSite.SOURCES.resolve(".github/workflows/pages.yml");
  private static final Path INSTALL = BakedSite.SOURCES.resolve(".ci/install");
  private static final Path CI_RUN = BakedSite.SOURCES.resolve(".ci/run");

  private final Map<String, Object> workflow = load(WORKFLOW);

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
  void everyJobHasExactlyThePermissionsItsActionsNeed() {
    assertThat(WorkflowPermissions.problems(workflow)).isEmpty();
    assertThat(map(workflow.get("permissions"))).as("the workflow's own permissions").isEmpty();
    assertThat(map(job("build").get("permissions")))
        .isEqualTo(Map.of("contents", "read", "pages", "read"));
    assertThat(map(job("deploy").get("permissions")))
        .isEqualTo(Map.of("pages", "write", "id-token", "write"));
    assertThat(job("deploy").get("needs")).isEqualTo("build");
    assertThat(map(job("deploy").get("environment"))).containsEntry("name", "github-pages");
  }

  @Test
  void aJobWithTooMuchOrTooLittleOrAnUnknownActionIsCaught() {
    Map<String, Object> wrong =
        load(
            BakedSite.SOURCES.resolve(
                "site-checks/src/test/resources/workflows/wrong-permissions.yml"));

    assertThat(WorkflowPermissions.problems(wrong))
        .containsExactlyInAnyOrder(
            "job 'build': actions/configure-pages needs pages: read, the job has none",
            "job 'build': has contents: write, but its actions need read",
            "job 'deploy': actions/deploy-pages needs id-token: write, the job has none",
            "job 'deploy': someone/unknown-action@v1 is not in the table of what each action"
                + " needs (add it to WorkflowPermissions.NEEDS from the action's README)");
  }

  @Test
  void theBuildVerifiesForThePagesAddressBeforeItUploadsTheSite() {
    List<Map<String, Object>> steps = steps("build");
    int java = index(steps, "actions/setup-java@");
    int pages = index(steps, "actions/configure-pages@");
    int upload = index(steps, "actions/upload-pages-artifact@");
    int verify = -1;
    for (int i = 0; i < steps.size(); i++) {
      String run = run(steps.get(i));
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
  void theWorkflowAndCiInstallWithTheSameScriptBeforeTheyBuild() throws IOException {
    List<Map<String, Object>> steps = steps("build");
    int install = -1;
    int verify = -1;
    for (int i = 0; i < steps.size(); i++) {
      if (run(steps.get(i)).strip().equals("bash .ci/install")) {
        install = i;
      }
      if (run(steps.get(i)).contains("./mvnw")) {
        verify = i;
      }
    }
    assertThat(install).as("a step running bash .ci/install").isNotNegative();
    assertThat(install).as("installing comes before the build").isLessThan(verify);
    assertThat(install)
        .as(".ci/install runs after setup-java, so it installs no second JDK")
        .isGreaterThan(index(steps, "actions/setup-java@"));

    List<String> ciRun = Files.readAllLines(CI_RUN).stream().map(String::strip).toList();
    assertThat(ciRun).contains("bash .ci/install");
    assertThat(ciRun.indexOf("bash .ci/install")).isLessThan(indexOfFirst(ciRun, "./mvnw"));
    assertThat(ciRun).noneMatch(l -> l.contains("apt-get"));

    // The one step before the checkout installs git, so that the checkout is a clone; nothing
    // else of the workflow installs packages, and whatever that step installs, .ci/install does.
    List<String> bootstrap = new ArrayList<>();
    for (Map<String, Object> step : steps) {
      List<String> packages = aptPackages(run(step));
      if (!packages.isEmpty()) {
        assertThat(steps.indexOf(step))
            .as("the only step that runs apt-get itself comes before the checkout")
            .isLessThan(index(steps, "actions/checkout@"));
        bootstrap.addAll(packages);
      }
    }
    assertThat(bootstrap).containsExactlyInAnyOrder("ca-certificates", "git");
    assertThat(installScriptPackages()).containsAll(bootstrap);
  }

  @Test
  void theInstallScriptProvidesEveryProgramTheTestsStart() throws IOException {
    Map<String, String> installs = installScriptPrograms();
    for (ExternalProgram program : ExternalProgram.values()) {
      assertThat(installs)
          .as(".ci/install installs %s (package %s)", program.command(), program.debianPackage())
          .containsEntry(program.command(), program.debianPackage());
    }
    assertThat(installs).as("the JDK, for a machine without one").containsKey("javac");
    assertThat(installScriptPackages()).contains(Chromium.CJK_FONTS);
  }

  /**
   * The table of .ci/install, program to Debian package: the lines {@code "program package what
   * needs it"} of its {@code NEEDED=( … )}.
   */
  private static Map<String, String> installScriptPrograms() throws IOException {
    String script = Files.readString(INSTALL);
    Matcher block = Pattern.compile("(?s)readonly NEEDED=\\((.*?)\\n\\)").matcher(script);
    assertThat(block.find()).as("%s has a NEEDED=( … ) table", INSTALL).isTrue();
    Map<String, String> programs = new LinkedHashMap<>();
    Matcher line = Pattern.compile("(?m)^\\s*\"(\\S+)\\s+(\\S+)\\s").matcher(block.group(1));
    while (line.find()) {
      programs.put(line.group(1), line.group(2));
    }
    return programs;
  }

  /** Every Debian package .ci/install may install: its table's and its FILES=( … ). */
  private static List<String> installScriptPackages() throws IOException {
    List<String> packages = new ArrayList<>(installScriptPrograms().values());
    Matcher files =
        Pattern.compile("(?m)^readonly FILES=\\(([^)]*)\\)").matcher(Files.readString(INSTALL));
    assertThat(files.find()).as("%s has a FILES=( … ) list", INSTALL).isTrue();
    packages.addAll(Arrays.asList(files.group(1).strip().split("\\s+")));
    return packages;
  }

  /**
   * The packages a script installs with apt-get: on each command line that runs apt-get
   * (continuation lines joined), the words after {@code install} that are package names, whatever
   * options come before it; options such as {@code -y} are left out.
   */
  private static List<String> aptPackages(String script) {
    List<String> out = new ArrayList<>();
    for (String line : script.replace("\\\n", " ").split("\n")) {
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

  private static int indexOfFirst(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no line with " + text);
  }

  private Map<String, Object> job(String name) {
    return map(map(workflow.get("jobs")).get(name));
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> steps(String jobName) {
    return (List<Map<String, Object>>) job(jobName).get("steps");
  }

  private static String run(Map<String, Object> step) {
    return String.valueOf(step.getOrDefault("run", ""));
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

  private static Map<String, Object> load(Path file) {
    try {
      return map(
          new Load(LoadSettings.builder().setLabel(file.toString()).build())
              .loadFromString(Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
