package org.beihaiyatsushiro.site.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.beihaiyatsushiro.site.base.Git;
import org.beihaiyatsushiro.site.testing.FixtureSite;

/**
 * The build a user runs, timed end to end: {@code ./mvnw -o -q package -DskipTests} in a full copy
 * of the project ({@link ProjectCopy}) holding the synthetic corpus of 3 × N articles, then the
 * project's own content; Hugo on the same articles ({@link HugoSite}) when {@code hugo} is on the
 * PATH; the breakdown of the build into its steps ({@link BuildBreakdown}); the live preview's wait
 * from a save to the new page. Writes its part of docs/benchmarks.md, with the targets of issue 21.
 *
 * <p>Run it with {@code ./benchmark} from the project root (not part of {@code mvnw verify}).
 */
public final class EndToEndBenchmark {
  static final List<String> USER_COMMAND = List.of("./mvnw", "-o", "-q", "package", "-DskipTests");
  static final List<String> HUGO_COMMAND = List.of("hugo", "--quiet");
  private static final String PART = "./benchmark";

  private EndToEndBenchmark() {}

  /** Runs of one command: the timed ones, in order. */
  record Runs(List<TimedCommand.Timing> timings) {
    long median(ToLongFunction<TimedCommand.Timing> f) {
      return EndToEndBenchmark.median(timings.stream().mapToLong(f).boxed().toList());
    }

    long min(ToLongFunction<TimedCommand.Timing> f) {
      return timings.stream().mapToLong(f).min().orElse(0);
    }

    long max(ToLongFunction<TimedCommand.Timing> f) {
      return timings.stream().mapToLong(f).max().orElse(0);
    }
  }

  /** What was measured of one project copy. */
  record Measured(
      String name,
      int sourceFiles,
      TimedCommand.Timing firstBuild,
      Runs site,
      Runs hugo,
      Map<String, Long> breakdown,
      long breakdownTotalMs) {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = List.of(1000);
    int runs = 3;
    int saves = 20;
    boolean real = true;
    Path report = FixtureSite.PROJECT.resolve("docs/benchmarks.md");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--sizes" ->
            sizes = Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--saves" -> saves = Integer.parseInt(args[++i]);
        case "--no-real-site" -> real = false;
        case "--report" -> report = Path.of(args[++i]);
        case "--no-report" -> report = null;
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + args[i]
                    + " (use --sizes N[,N…], --runs N, --saves N, --no-real-site, --report FILE,"
                    + " --no-report; or ./benchmark --in-jbake, ./benchmark --preview N)");
      }
    }
    long started = System.nanoTime();
    ZonedDateTime date = ZonedDateTime.now(ZoneOffset.UTC);
    String commit = commit();
    LoadSampler load = LoadSampler.start();
    String hugoVersion = HugoSite.version();
    if (hugoVersion == null) {
      System.err.println(
          "hugo is not on the PATH: the site is measured alone (Debian: apt-get install hugo)");
    }
    Path work = FixtureSite.PROJECT.resolve("target/benchmark");
    Files.createDirectories(work);

    List<Measured> measured = new ArrayList<>();
    for (int n : sizes) {
      SyntheticCorpus corpus = new SyntheticCorpus(n, 1972);
      Path copy = ProjectCopy.make(FixtureSite.PROJECT, work.resolve("site-3x" + n));
      corpus.writeSiteContent(copy);
      Path hugo = null;
      if (hugoVersion != null) {
        hugo = work.resolve("hugo-3x" + n);
        HugoSite.write(copy.resolve("content"), hugo);
      }
      measured.add(
          measure("3 × " + n + " articles", corpus.siteSourceFiles(), copy, hugo, runs, work));
    }
    if (real) {
      Path copy = ProjectCopy.make(FixtureSite.PROJECT, work.resolve("real-site"));
      FixtureSite.copyTree(FixtureSite.PROJECT.resolve("content"), copy.resolve("content"));
      measured.add(
          measure("the real site", countFiles(copy.resolve("content")), copy, null, runs, work));
    }
    PreviewBenchmark.Result preview = null;
    if (saves > 0) {
      System.err.printf("the live preview of the real site: %d saves …%n", saves);
      preview = PreviewBenchmark.run(saves);
      System.err.println("  " + preview);
    }
    load.stop();
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    String part = part(measured, preview, saves, runs, load, date, commit, hugoVersion, took);
    System.out.println(part);
    if (report != null) {
      BenchmarksDoc.replacePart(report, PART, part);
      System.out.println("Written to " + report.toAbsolutePath().normalize());
    }
    System.out.printf(
        Locale.ROOT, "The whole benchmark took %s.%n", minutesAndSeconds(took.toMillis()));
  }

  private static Measured measure(
      String name, int sourceFiles, Path copy, Path hugo, int runs, Path work) throws Exception {
    String tag = copy.getFileName().toString();
    System.err.printf("%s (%d source files): the first build, not counted …%n", name, sourceFiles);
    TimedCommand.Timing first =
        TimedCommand.run(copy, work.resolve(tag + "-first.log"), USER_COMMAND);
    System.err.println("  " + first);
    if (hugo != null) {
      // Hugo's first run too is left out, so both start with warm file caches.
      TimedCommand.run(hugo, work.resolve(tag + "-hugo-first.log"), HUGO_COMMAND);
    }
    List<TimedCommand.Timing> site = new ArrayList<>();
    List<TimedCommand.Timing> hugoRuns = new ArrayList<>();
    for (int i = 1; i <= runs; i++) {
      // Each run times the site, then Hugo: a change in the machine's load hits both alike.
      site.add(TimedCommand.run(copy, work.resolve(tag + "-" + i + ".log"), USER_COMMAND));
      System.err.printf("  run %d: %s%n", i, site.get(site.size() - 1));
      if (hugo != null) {
        hugoRuns.add(
            TimedCommand.run(hugo, work.resolve(tag + "-hugo-" + i + ".log"), HUGO_COMMAND));
        System.err.printf("  hugo %d: %s%n", i, hugoRuns.get(hugoRuns.size() - 1));
      }
    }
    List<Map<String, Long>> breakdowns = new ArrayList<>();
    List<Long> totals = new ArrayList<>();
    for (int i = 1; i <= runs; i++) {
      Map<String, Long> steps =
          BuildBreakdown.measure(copy, work.resolve(tag + "-steps-" + i + ".log"));
      breakdowns.add(steps);
      totals.add(steps.values().stream().mapToLong(Long::longValue).sum());
      System.err.printf("  steps %d: %s%n", i, steps);
    }
    Map<String, Long> breakdown = new LinkedHashMap<>();
    for (String step : breakdowns.get(0).keySet()) {
      breakdown.put(step, median(breakdowns.stream().map(b -> b.getOrDefault(step, 0L)).toList()));
    }
    return new Measured(
        name,
        sourceFiles,
        first,
        new Runs(site),
        hugo == null ? null : new Runs(hugoRuns),
        breakdown,
        median(totals));
  }

  // ---------------------------------------------------------------------------------------------
  // The part of docs/benchmarks.md

  private static String part(
      List<Measured> measured,
      PreviewBenchmark.Result preview,
      int saves,
      int runs,
      LoadSampler load,
      ZonedDateTime date,
      String commit,
      String hugoVersion,
      Duration took)
      throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("## The user's command, end to end, beside Hugo\n\n");
    b.append(
        """
        Made by `./benchmark` (no arguments: 3 × 1000 articles, three runs). It copies the files of
        the checkout git knows of (the poms, the extension's sources, templates, assets, data,
        jbake.properties, `./mvnw`) to `target/benchmark/`, once with the synthetic corpus as
        content/ (the generator of the JBake-internal benchmark below: real paragraphs of the
        site's articles, translations under the same paths, one timeline event per ten articles)
        and once with the project's own content/. In each copy it runs the command of README,
        `./mvnw -o -q package -DskipTests`, once untimed (that first build compiles the extension;
        a user's checkout has done it already), then times it: *wall* as the user waits, *CPU* the
        user + system time of the whole process tree and *peak memory* the largest resident set of
        any one process of it (both from GNU time, `/usr/bin/time`; the largest process is Maven's
        JVM, which runs every step of the build). Figures are medians of the runs, their range in
        brackets.

        *Hugo* (when `hugo` is on the PATH) builds the same articles, converted to a minimal Hugo
        project of the benchmark's own (`HugoSite`: a content folder per language, the same paths,
        so Hugo pairs the translations; title, date, draft and translationKey in the front matter;
        taxonomies off; base, single, list, home and timeline layouts with the language switcher
        and previous/next links). Each run times the site's build, then `hugo --quiet`, so a change
        of load hits both. Hugo makes pages, lists, RSS feeds and a sitemap; it does not check the
        content, make the search indexes or archive the site (zip, BagIt, WARC, WACZ) as this
        build does.

        *The breakdown* comes from as many further runs of the same build with Maven's log on
        (`-B` and the time of day on every line instead of `-q`): a plugin execution lasts from the
        line that announces it to the next one, so the steps add up to the run's wall time. No
        profiler, no change to the build.

        """);
    b.append("### Run of ")
        .append(date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)))
        .append(", commit ")
        .append(commit)
        .append("\n\n");
    boolean idle = load.idle();
    if (!idle) {
      b.append(
          wrap(
              Locale.ROOT,
              "**Not the final figures: the machine was busy.** Its 1-minute load average was %.1f"
                  + " when the run began and %.1f–%.1f during it, on %d cores (idle means below 1"
                  + " at the start and at most cores + 1 during the run, the benchmark's own build"
                  + " included). A run of `./benchmark` on an idle machine is pending; until then"
                  + " these figures say more about the load than about the build.%n%n",
              load.atStart(),
              load.min(),
              load.max(),
              Runtime.getRuntime().availableProcessors()));
    } else {
      b.append(
          wrap(
              Locale.ROOT,
              "The machine was idle: 1-minute load average %.1f when the run began, %.1f–%.1f"
                  + " during it (the benchmark's own build included), on %d cores.%n%n",
              load.atStart(),
              load.min(),
              load.max(),
              Runtime.getRuntime().availableProcessors()));
    }
    StringBuilder about = new StringBuilder("Machine: ").append(machine()).append(". ");
    if (hugoVersion != null) {
      about.append(hugoVersion.replaceAll("\\s*BuildDate=\\S*", "")).append(". ");
    } else {
      about.append("`hugo` was not on the PATH, so Hugo was not measured. ");
    }
    about.append(
        String.format(
            Locale.ROOT,
            "Timed runs of each command: %d; the whole benchmark took %s.",
            runs,
            minutesAndSeconds(took.toMillis())));
    b.append(wrap(Locale.ROOT, "%s%n%n", about));

    b.append("| | source files | wall | CPU (user + sys) | peak memory |\n");
    b.append("| --- | ---: | ---: | ---: | ---: |\n");
    for (Measured m : measured) {
      b.append(row("this site, " + m.name(), m.sourceFiles(), m.site()));
      if (m.hugo() != null) {
        b.append(row("Hugo, " + m.name(), m.sourceFiles(), m.hugo()));
        b.append(
            String.format(
                Locale.ROOT,
                "| this site / Hugo, %s | | **%.1f×** | %.1f× | %.1f× |%n",
                m.name(),
                ratio(
                    m.site().median(TimedCommand.Timing::wallMs),
                    m.hugo().median(TimedCommand.Timing::wallMs)),
                ratio(
                    m.site().median(TimedCommand.Timing::cpuMs),
                    m.hugo().median(TimedCommand.Timing::cpuMs)),
                ratio(
                    m.site().median(TimedCommand.Timing::peakKb),
                    m.hugo().median(TimedCommand.Timing::peakKb))));
      }
    }
    b.append('\n');
    b.append(
        wrap(
            Locale.ROOT,
            "The first build of each copy, untimed in the table (it compiles the extension): %s.%n%n",
            String.join(
                "; ",
                measured.stream()
                    .map(
                        f ->
                            String.format(
                                Locale.ROOT,
                                "%s %.1f s wall, %.1f s CPU",
                                f.name(),
                                f.firstBuild().wallMs() / 1000.0,
                                f.firstBuild().cpuMs() / 1000.0))
                    .toList())));

    b.append("**Where the time goes** (medians of the runs with the log on):\n\n");
    b.append("| step |");
    measured.forEach(m -> b.append(' ').append(m.name()).append(" |"));
    b.append("\n| --- |");
    measured.forEach(m -> b.append(" ---: |"));
    b.append('\n');
    List<String> steps = new ArrayList<>();
    for (Measured m : measured) {
      m.breakdown().keySet().stream().filter(s -> !steps.contains(s)).forEach(steps::add);
    }
    for (String step : steps) {
      b.append("| ").append(step).append(" |");
      for (Measured m : measured) {
        Long ms = m.breakdown().get(step);
        b.append(ms == null ? " — |" : String.format(Locale.ROOT, " %.1f s |", ms / 1000.0));
      }
      b.append('\n');
    }
    b.append("| the whole run with the log on |");
    measured.forEach(
        m -> b.append(String.format(Locale.ROOT, " %.1f s |", m.breakdownTotalMs() / 1000.0)));
    b.append("\n\n");

    if (preview != null) {
      b.append(
          wrap(
              Locale.ROOT,
              "**The live preview** of the real site (`./benchmark --preview %d` alone): from"
                  + " saving an article to the preview serving the new bake, the watcher's quiet"
                  + " period included, median %d ms, slowest %d ms over %d saves (bake after a"
                  + " save: median %d ms; first bake %.1f s).%n%n",
              saves,
              preview.median(preview.savedToServedMs()),
              preview.max(preview.savedToServedMs()),
              saves,
              preview.median(preview.rebakeMs()),
              preview.firstBakeMs() / 1000.0));
    }
    b.append(targets(measured, preview));
    return b.toString();
  }

  private static String row(String what, int files, Runs r) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %.1f s (%.1f–%.1f) | %.1f s (%.1f–%.1f) | %d MiB (%d–%d) |%n",
        what,
        files,
        r.median(TimedCommand.Timing::wallMs) / 1000.0,
        r.min(TimedCommand.Timing::wallMs) / 1000.0,
        r.max(TimedCommand.Timing::wallMs) / 1000.0,
        r.median(TimedCommand.Timing::cpuMs) / 1000.0,
        r.min(TimedCommand.Timing::cpuMs) / 1000.0,
        r.max(TimedCommand.Timing::cpuMs) / 1000.0,
        r.median(TimedCommand.Timing::peakKb) / 1024,
        r.min(TimedCommand.Timing::peakKb) / 1024,
        r.max(TimedCommand.Timing::peakKb) / 1024);
  }

  /** The targets of issue 21, each with what was measured and by how much it is met or missed. */
  private static String targets(List<Measured> measured, PreviewBenchmark.Result preview) {
    Measured large =
        measured.stream()
            .filter(m -> m.name().equals("3 × 1000 articles"))
            .findFirst()
            .orElse(null);
    Measured real =
        measured.stream().filter(m -> m.name().equals("the real site")).findFirst().orElse(null);
    StringBuilder b = new StringBuilder();
    b.append("**Against the targets of issue 21:**\n\n");
    b.append("| target | measured | |\n| --- | ---: | --- |\n");
    String notMeasured = "not measured in this run";
    if (large == null) {
      String sizes =
          String.join(
              ", ",
              measured.stream().map(Measured::name).filter(n -> n.startsWith("3 ×")).toList());
      String why = notMeasured + (sizes.isEmpty() ? "" : " (it measured " + sizes + ")");
      b.append("| 3 × 1000: wall ≤ 12 s | — | ").append(why).append(" |\n");
      b.append("| 3 × 1000: wall ≤ 5 × Hugo's, same run | — | ").append(why).append(" |\n");
      b.append("| 3 × 1000: peak memory < 500 MiB | — | ").append(why).append(" |\n");
    } else {
      long wall = large.site().median(TimedCommand.Timing::wallMs);
      b.append(atMost("3 × 1000: wall ≤ 12 s", wall / 1000.0, 12, "s"));
      if (large.hugo() != null) {
        long hugoWall = large.hugo().median(TimedCommand.Timing::wallMs);
        double r = ratio(wall, hugoWall);
        b.append(atMost("3 × 1000: wall ≤ 5 × Hugo's, same run", r, 5, "×"));
      } else {
        b.append("| 3 × 1000: wall ≤ 5 × Hugo's, same run | — | ")
            .append(notMeasured)
            .append(" (no hugo on the PATH) |\n");
      }
      b.append(
          below(
              "3 × 1000: peak memory < 500 MiB",
              large.site().median(TimedCommand.Timing::peakKb) / 1024.0,
              500,
              "MiB"));
    }
    if (real == null) {
      b.append("| the real site: wall ≤ 8 s | — | ").append(notMeasured).append(" |\n");
    } else {
      b.append(
          atMost(
              "the real site: wall ≤ 8 s",
              real.site().median(TimedCommand.Timing::wallMs) / 1000.0,
              8,
              "s"));
    }
    if (preview == null) {
      b.append("| preview: save to page, median ≤ 300 ms | — | ")
          .append(notMeasured)
          .append(" |\n");
    } else {
      b.append(
          atMost(
              "preview: save to page, median ≤ 300 ms",
              preview.median(preview.savedToServedMs()),
              300,
              "ms"));
    }
    b.append('\n');
    for (Measured m : measured) {
      long total = m.breakdownTotalMs();
      String steps =
          String.join(
              "; ",
              m.breakdown().entrySet().stream()
                  .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                  .map(
                      e ->
                          String.format(
                              Locale.ROOT,
                              "%s %.1f s (%.0f %%)",
                              e.getKey(),
                              e.getValue() / 1000.0,
                              100.0 * e.getValue() / Math.max(1, total)))
                  .toList());
      b.append(
          wrap(
              Locale.ROOT,
              "- What costs the time, %s: the build with the log on (median %.1f s; timed with"
                  + " -q, %.1f s) is, largest first: %s.%n",
              m.name(),
              total / 1000.0,
              m.site().median(TimedCommand.Timing::wallMs) / 1000.0,
              steps));
    }
    return b.toString();
  }

  private static String atMost(String target, double value, double limit, String unit) {
    return verdict(target, value, limit, unit, value <= limit);
  }

  private static String below(String target, double value, double limit, String unit) {
    return verdict(target, value, limit, unit, value < limit);
  }

  private static String verdict(
      String target, double value, double limit, String unit, boolean met) {
    String shown = format(value, unit);
    String by = format(Math.abs(limit - value), unit);
    return String.format(
        Locale.ROOT,
        "| %s | %s | %s by %s (%.0f %% of the limit) |%n",
        target,
        shown,
        met ? "met" : "**missed**",
        by,
        100.0 * value / limit);
  }

  private static String format(double value, String unit) {
    return switch (unit) {
      case "×" -> String.format(Locale.ROOT, "%.1f×", value);
      case "ms", "MiB" -> String.format(Locale.ROOT, "%.0f %s", value, unit);
      default -> String.format(Locale.ROOT, "%.1f %s", value, unit);
    };
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Formats a paragraph (or a list item) and wraps it at 100 columns like the rest of the page; the
   * lines of a list item after its first are indented by two spaces.
   */
  private static String wrap(Locale locale, String format, Object... args) {
    String text = String.format(locale, format, args);
    String trailing = text.substring(text.stripTrailing().length());
    String indent = text.startsWith("- ") ? "  " : "";
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder();
    boolean empty = true;
    for (String word : text.stripTrailing().split(" ")) {
      if (!empty && line.length() + 1 + word.length() > 100) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(indent);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    return out.append(line).append(trailing).toString();
  }

  static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double ratio(long a, long b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }

  private static String minutesAndSeconds(long ms) {
    long s = Math.round(ms / 1000.0);
    return s >= 60 ? (s / 60) + " min " + (s % 60) + " s" : s + " s";
  }

  private static int countFiles(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      return (int) s.filter(Files::isRegularFile).count();
    }
  }

  /** The short commit of the checkout, marked when the working tree has uncommitted changes. */
  private static String commit() {
    String head = git("rev-parse", "--short", "HEAD");
    String changes = git("status", "--porcelain", "--untracked-files=no");
    return "`" + head + "`" + (changes.isEmpty() ? "" : " with uncommitted changes");
  }

  /** What git says of the checkout (the site's own {@link Git}), or "unknown". */
  private static String git(String... args) {
    return Git.answer(FixtureSite.PROJECT, args).orElse("unknown");
  }

  private static String machine() throws IOException {
    String cpu = "unknown CPU";
    long memKb = 0;
    if (Files.exists(Path.of("/proc/cpuinfo"))) {
      cpu =
          Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
              .filter(l -> l.startsWith("model name"))
              .findFirst()
              .map(l -> l.substring(l.indexOf(':') + 1).strip())
              .orElse(cpu);
    }
    if (Files.exists(Path.of("/proc/meminfo"))) {
      memKb =
          Files.readAllLines(Path.of("/proc/meminfo")).stream()
              .filter(l -> l.startsWith("MemTotal:"))
              .findFirst()
              .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
              .orElse(0L);
    }
    String maven = "Maven (version unknown)";
    Path wrapper = FixtureSite.PROJECT.resolve(".mvn/wrapper/maven-wrapper.properties");
    if (Files.exists(wrapper)) {
      maven =
          Files.readAllLines(wrapper).stream()
              .filter(l -> l.startsWith("distributionUrl"))
              .findFirst()
              .map(l -> "Maven " + l.replaceAll(".*apache-maven-([^/]+)-bin.*", "$1"))
              .orElse(maven);
    }
    return String.format(
        Locale.ROOT,
        "%d cores (%s), %d MiB of memory, %s, Java %s, %s",
        Runtime.getRuntime().availableProcessors(),
        cpu,
        memKb / 1024,
        System.getProperty("os.name"),
        System.getProperty("java.version"),
        maven);
  }

  /** Samples the 1-minute load average every two seconds while the benchmark runs. */
  static final class LoadSampler {
    private static final Path LOADAVG = Path.of("/proc/loadavg");
    private final double atStart;
    private final List<Double> samples = new ArrayList<>();
    private final Thread thread;

    private LoadSampler() {
      atStart = read();
      thread =
          new Thread(
              () -> {
                while (!Thread.currentThread().isInterrupted()) {
                  double v = read();
                  synchronized (samples) {
                    samples.add(v);
                  }
                  try {
                    Thread.sleep(2000);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "load-sampler");
      thread.setDaemon(true);
    }

    static LoadSampler start() {
      LoadSampler s = new LoadSampler();
      s.thread.start();
      return s;
    }

    void stop() throws InterruptedException {
      thread.interrupt();
      thread.join();
    }

    double atStart() {
      return atStart;
    }

    double min() {
      synchronized (samples) {
        return samples.stream().mapToDouble(Double::doubleValue).min().orElse(atStart);
      }
    }

    double max() {
      synchronized (samples) {
        return samples.stream().mapToDouble(Double::doubleValue).max().orElse(atStart);
      }
    }

    /** Idle: below 1 when the run began, never above cores + 1 (its own build included). */
    boolean idle() {
      return atStart < 1 && max() <= Runtime.getRuntime().availableProcessors() + 1;
    }

    private static double read() {
      try {
        return Double.parseDouble(Files.readString(LOADAVG).split("\\s+")[0]);
      } catch (IOException | RuntimeException e) {
        return Double.NaN;
      }
    }
  }
}
