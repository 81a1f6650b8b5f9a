package org.beihaiyatsushiro.site.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the user's command spends its time: the same build, {@code ./mvnw -o package -DskipTests},
 * run with Maven's log on (batch mode, each line with the time of day) instead of {@code -q}; each
 * plugin execution lasts from its {@code --- plugin:goal (id) @ module ---} line to the next one.
 * No profiler and no change to the build: the steps' times add up to the run's wall time.
 *
 * <p>The steps are: Maven's start and the modules before the site (build-parent, the extension:
 * compile and jar); each execution of the site module (the one that runs JBake) by its id ({@code
 * check-content}, {@code bake-site}, {@code archive-site} today; one the report does not know is
 * shown by its plugin, goal and id, so no step hides in another), except Maven's own plugins
 * (maven-enforcer-plugin's rule check), counted with the modules around them; the modules after the
 * site (site-checks) and Maven's end.
 */
final class BuildBreakdown {
  static final List<String> COMMAND =
      List.of(
          "./mvnw",
          "-o",
          "-B",
          "package",
          "-DskipTests",
          "-Dorg.slf4j.simpleLogger.showDateTime=true",
          "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS");

  static final String BEFORE_SITE = "Maven's start, build-parent and the extension module";
  static final String AFTER_SITE = "the checks module (compiled, not run) and Maven's end";

  private static final Pattern EXECUTION =
      Pattern.compile("^(\\S+) \\[INFO\\] --- (\\S+):(\\S+):(\\S+) \\((\\S+)\\) @ (\\S+) ---");

  /** What the site module's executions are called in the report, by execution id. */
  private static final Map<String, String> SITE_STEPS =
      Map.of(
          "check-content", "read and check (`check-content`, exec:java)",
          "sources-are-plain-files",
              "the guard before JBake, no file read (`sources-are-plain-files`, exec:java)",
          "bake-site", "bake (`bake-site`, the JBake plugin)",
          "archive-site", "archive (`archive-site`, exec:java)");

  /**
   * Maven's own plugins, as Maven 3.9 names them in its log (by prefix: {@code enforcer}, not
   * {@code maven-enforcer-plugin} as Maven 3.8 did).
   */
  private static final Set<String> MAVENS_OWN =
      Set.of(
          "enforcer",
          "resources",
          "compiler",
          "surefire",
          "failsafe",
          "jar",
          "install",
          "deploy",
          "clean",
          "site",
          "dependency");

  private BuildBreakdown() {}

  /** One execution of a plugin, as Maven's log announces it. */
  private record Execution(long startMs, String plugin, String goal, String id, String module) {}

  /** Runs the build once in {@code dir}; the steps in order, each with its milliseconds. */
  static Map<String, Long> measure(Path dir, Path log) throws IOException, InterruptedException {
    TimedCommand.settleDisk();
    long launched = System.currentTimeMillis();
    Process p =
        new ProcessBuilder(COMMAND)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    int exit = p.waitFor();
    long ended = System.currentTimeMillis();
    if (exit != 0) {
      throw new IllegalStateException("the build failed in " + dir + "; see " + log);
    }
    return steps(Files.readAllLines(log, StandardCharsets.UTF_8), launched, ended, log);
  }

  private static Map<String, Long> steps(List<String> lines, long launched, long ended, Path log) {
    List<Execution> executions = new ArrayList<>();
    for (String line : lines) {
      Matcher m = EXECUTION.matcher(line);
      if (m.find()) {
        long at =
            LocalDateTime.parse(m.group(1))
                .atZone(ZoneId.systemDefault())
                .toInstant()
                .toEpochMilli();
        executions.add(new Execution(at, m.group(2), m.group(4), m.group(5), m.group(6)));
      }
    }
    String siteModule =
        executions.stream()
            .filter(e -> e.plugin().equals("jbake-maven-plugin") || e.plugin().equals("jbake"))
            .map(Execution::module)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        log
                            + ": no execution of the JBake plugin in Maven's log (the breakdown"
                            + " reads `--- plugin:version:goal (id) @ module ---` lines)"));
    Map<String, Long> steps = new LinkedHashMap<>();
    steps.put(BEFORE_SITE, executions.get(0).startMs() - launched);
    boolean afterSite = false;
    for (int i = 0; i < executions.size(); i++) {
      Execution e = executions.get(i);
      long end = i + 1 < executions.size() ? executions.get(i + 1).startMs() : ended;
      String step;
      boolean mavensOwn = e.plugin().startsWith("maven-") || MAVENS_OWN.contains(e.plugin());
      if (e.module().equals(siteModule) && !mavensOwn) {
        afterSite = true;
        step =
            SITE_STEPS.getOrDefault(
                e.id(), "`" + e.plugin() + ":" + e.goal() + " (" + e.id() + ")`");
      } else {
        step = afterSite ? AFTER_SITE : BEFORE_SITE;
      }
      steps.merge(step, end - e.startMs(), Long::sum);
    }
    return steps;
  }
}
