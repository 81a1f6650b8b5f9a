package org.beihaiyatsushiro.site.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.beihaiyatsushiro.site.commands.CommandLauncher;
import org.beihaiyatsushiro.site.preview.LivePreview;
import org.beihaiyatsushiro.site.testing.FixtureSite;

/**
 * How long an editor waits in the live preview: from saving one file of the real site to the
 * preview serving the new bake. A copy of the site is previewed, so the sources are never touched;
 * one article is saved again and again (a line added, then taken away), and each wait is measured
 * from the write to the moment the preview has the new bake, the watcher's quiet period included.
 */
final class PreviewBenchmark {
  private static final String SAVED = "content/en/sister-cities.md";

  private PreviewBenchmark() {}

  /** The measured waits, first bake first. */
  record Result(long firstBakeMs, List<Long> rebakeMs, List<Long> savedToServedMs) {
    long median(List<Long> values) {
      List<Long> sorted = values.stream().sorted().toList();
      return sorted.get(sorted.size() / 2);
    }

    long max(List<Long> values) {
      return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    String table() {
      return String.format(
          Locale.ROOT,
          "| live preview of the real site | %d saves | first bake %.2f s | bake after a save:"
              + " median %.2f s, slowest %.2f s | save to new page served: median %.2f s,"
              + " slowest %.2f s |%n",
          rebakeMs.size(),
          firstBakeMs / 1000.0,
          median(rebakeMs) / 1000.0,
          max(rebakeMs) / 1000.0,
          median(savedToServedMs) / 1000.0,
          max(savedToServedMs) / 1000.0);
    }

    @Override
    public String toString() {
      return "first bake "
          + firstBakeMs
          + " ms, bakes "
          + rebakeMs
          + " ms, waits "
          + savedToServedMs
          + " ms";
    }
  }

  /** Previews a copy of the real site ({@link FixtureSite#PROJECT}) and saves one article. */
  static Result run(int saves) throws Exception {
    List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
    if (!options.containsAll(CommandLauncher.JAVA_OPTIONS)) {
      throw new IllegalStateException(
          "the preview is measured in this JVM, which must run with the options of the editors'"
              + " commands, "
              + String.join(" ", CommandLauncher.JAVA_OPTIONS)
              + " (./benchmark gives them); it runs with "
              + options);
    }
    Path site = Files.createTempDirectory("preview-bench-");
    FixtureSite.withRealTheme(site);
    FixtureSite.copyTree(FixtureSite.PROJECT.resolve("content"), site.resolve("content"));
    FixtureSite.copyTree(FixtureSite.PROJECT.resolve("images"), site.resolve("images"));
    Path saved = site.resolve(SAVED);
    String original = Files.readString(saved, StandardCharsets.UTF_8);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (LivePreview preview =
        LivePreview.start(
            site,
            site.resolve("preview-out"),
            0,
            new PrintStream(log, true, StandardCharsets.UTF_8))) {
      if (preview.server().last().failed()) {
        throw new IllegalStateException("the site does not bake:\n" + log);
      }
      long first = preview.server().last().took().toMillis();
      List<Long> rebakes = new ArrayList<>();
      List<Long> waits = new ArrayList<>();
      for (int i = 0; i < saves; i++) {
        int generation = preview.server().last().generation();
        String text =
            i % 2 == 0 ? original + "\nOne more line, saved by the benchmark.\n" : original;
        long start = System.nanoTime();
        Files.writeString(saved, text, StandardCharsets.UTF_8);
        while (preview.server().last().generation() == generation) {
          if (System.nanoTime() - start > 60_000_000_000L) {
            throw new IllegalStateException("no bake within a minute of a save:\n" + log);
          }
          Thread.sleep(5);
        }
        waits.add((System.nanoTime() - start) / 1_000_000);
        rebakes.add(preview.server().last().took().toMillis());
        if (preview.server().last().failed()) {
          throw new IllegalStateException("a save made the bake fail:\n" + log);
        }
        Thread.sleep(300);
      }
      return new Result(first, rebakes, waits);
    }
  }
}
