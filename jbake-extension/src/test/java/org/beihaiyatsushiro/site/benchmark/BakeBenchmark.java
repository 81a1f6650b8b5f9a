package org.beihaiyatsushiro.site.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The build-speed benchmark: bakes synthetic corpora of N articles per language with the site's
 * real configuration and with plain JBake, each bake in a fresh JVM, and writes a table of wall
 * time, time inside JBake and peak memory.
 *
 * <p>Run it with {@code ./benchmark --in-jbake} from the project root (not part of {@code mvnw
 * verify}): {@code ./benchmark --in-jbake --sizes 100,300,1000}. It replaces its own part of
 * docs/benchmarks.md; {@code ./benchmark --preview 20} measures the live preview alone.
 */
public final class BakeBenchmark {
  private static final Pattern RESULT =
      Pattern.compile("RESULT bakeMs=(\\d+) cpuMs=(\\d+) peakKb=(-?\\d+) errors=(\\d+)");

  private BakeBenchmark() {}

  /** One measured bake. */
  record Run(
      String what,
      int perLanguage,
      int sourceFiles,
      int pages,
      long wallMs,
      long bakeMs,
      long cpuMs,
      long peakKb,
      int errors) {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = List.of(100, 300, 1000);
    Path report = null;
    boolean plain = true;
    int previewSaves = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--sizes" ->
            sizes = Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
        case "--report" -> report = Path.of(args[++i]);
        case "--no-plain" -> plain = false;
        case "--preview" -> previewSaves = Integer.parseInt(args[++i]);
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + args[i]
                    + " (use --sizes, --report, --no-plain, --preview <saves>)");
      }
    }
    if (previewSaves > 0) {
      // The live preview of the real site, alone: the corpora are not baked.
      PreviewBenchmark.Result result = PreviewBenchmark.run(previewSaves);
      System.out.println(result);
      System.out.print(result.table());
      return;
    }
    String classpath = System.getProperty("java.class.path");
    String plainClasspath =
        Arrays.stream(classpath.split(File.pathSeparator))
            .filter(
                e ->
                    !Path.of(e)
                        .toAbsolutePath()
                        .normalize()
                        .endsWith(Path.of("jbake-extension", "target", "classes")))
            .collect(Collectors.joining(File.pathSeparator));
    List<Run> runs = new ArrayList<>();
    for (int n : sizes) {
      Path dir = Files.createTempDirectory("bench-" + n + "-");
      SyntheticCorpus corpus = new SyntheticCorpus(n, 1972);
      corpus.writeSite(dir.resolve("site"));
      runs.add(bake("site", n, corpus.siteSourceFiles(), dir.resolve("site"), classpath));
      if (plain) {
        corpus.writePlain(dir.resolve("plain"));
        runs.add(
            bake(
                "plain JBake", n, corpus.plainSourceFiles(), dir.resolve("plain"), plainClasspath));
      }
    }
    String table = table(runs);
    System.out.println(table);
    if (report != null) {
      BenchmarksDoc.replacePart(report, "./benchmark --in-jbake", document(table, runs));
      System.out.println("Written to " + report.toAbsolutePath().normalize());
    }
  }

  private static Run bake(String what, int n, int files, Path source, String classpath)
      throws Exception {
    Path out = source.resolveSibling(source.getFileName() + "-out");
    Path log = source.resolveSibling(source.getFileName() + ".log");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            classpath,
            BenchmarkBake.class.getName(),
            source.toString(),
            out.toString());
    System.err.printf("baking %s, N=%d (%d source files) …%n", what, n, files);
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int exit = p.waitFor();
    long wallMs = (System.nanoTime() - start) / 1_000_000;
    String output = Files.readString(log);
    Matcher m = RESULT.matcher(output);
    if (!m.find()) {
      throw new IllegalStateException(
          "the bake of " + source + " printed no result (exit " + exit + "); see " + log);
    }
    int pages;
    try (Stream<Path> s = Files.walk(out)) {
      pages = (int) s.filter(f -> f.toString().endsWith(".html")).count();
    }
    Run run =
        new Run(
            what,
            n,
            files,
            pages,
            wallMs,
            Long.parseLong(m.group(1)),
            Long.parseLong(m.group(2)),
            Long.parseLong(m.group(3)),
            Integer.parseInt(m.group(4)));
    System.err.printf("  %s%n", run);
    if (run.errors() > 0) {
      throw new IllegalStateException(
          "the bake of " + source + " failed, so its times mean nothing; see " + log);
    }
    return run;
  }

  private static String table(List<Run> runs) {
    StringBuilder b = new StringBuilder();
    b.append(
        "| baker | N per language | source files | HTML pages | wall time (s) | time in JBake (s) | CPU, all threads (s) | peak memory (MiB) | errors |\n");
    b.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Run r : runs) {
      b.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %d | %d |%n",
              r.what(),
              r.perLanguage(),
              r.sourceFiles(),
              r.pages(),
              r.wallMs() / 1000.0,
              r.bakeMs() / 1000.0,
              r.cpuMs() / 1000.0,
              r.peakKb() / 1024,
              r.errors()));
    }
    return b.toString();
  }

  /** The part of docs/benchmarks.md this benchmark writes: the run's machine, table and ratios. */
  private static String document(String table, List<Run> runs) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("### Figures of ")
        .append(LocalDate.now(ZoneOffset.UTC))
        .append(" (the latest `./benchmark --in-jbake`)\n\n");
    b.append("Machine: ").append(machine()).append("\n\n");
    b.append(table).append('\n');
    b.append(ratios(runs));
    return b.toString();
  }

  private static String ratios(List<Run> runs) {
    StringBuilder b = new StringBuilder();
    for (String what : List.of("site", "plain JBake")) {
      List<Run> mine = runs.stream().filter(r -> r.what().equals(what)).toList();
      if (mine.size() >= 2) {
        Run small = mine.get(0);
        Run large = mine.get(mine.size() - 1);
        b.append(
            String.format(
                Locale.ROOT,
                "- %s: time in JBake N=%d / N=%d = %.1f (CPU: %.1f)%n",
                what,
                large.perLanguage(),
                small.perLanguage(),
                (double) large.bakeMs() / small.bakeMs(),
                (double) large.cpuMs() / small.cpuMs()));
      }
    }
    for (Run site : runs.stream().filter(r -> r.what().equals("site")).toList()) {
      runs.stream()
          .filter(r -> r.what().equals("plain JBake") && r.perLanguage() == site.perLanguage())
          .findFirst()
          .ifPresent(
              p ->
                  b.append(
                      String.format(
                          Locale.ROOT,
                          "- N=%d: plain JBake / site = %.1f× the time in JBake (CPU: %.1f×)%n",
                          site.perLanguage(),
                          (double) p.bakeMs() / site.bakeMs(),
                          (double) p.cpuMs() / site.cpuMs())));
    }
    return b.toString();
  }

  /** The machine, with the load average when the run ended: a busy machine slows every figure. */
  private static String machine() throws IOException {
    String cpu = "unknown CPU";
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.exists(cpuinfo)) {
      cpu =
          Files.readAllLines(cpuinfo).stream()
              .filter(l -> l.startsWith("model name"))
              .findFirst()
              .map(l -> l.substring(l.indexOf(':') + 1).strip())
              .orElse(cpu);
    }
    return String.format(
        Locale.ROOT,
        "%d cores (%s), %d MiB max heap, Java %s, %s; 1-minute load average %s at the end",
        Runtime.getRuntime().availableProcessors(),
        cpu,
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        System.getProperty("java.version"),
        System.getProperty("os.name"),
        Files.exists(Path.of("/proc/loadavg"))
            ? Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]
            : "unknown");
  }
}
