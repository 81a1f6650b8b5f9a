package org.beihaiyatsushiro.site.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/benchmarks.md holds written prose and the parts the benchmark writes; each written part sits
 * between two HTML comments naming the command that writes it, so a run replaces its own part and
 * leaves the rest of the page as it is.
 */
final class BenchmarksDoc {
  private BenchmarksDoc() {}

  /** Replaces the part written by {@code command} with {@code text}, or fails plainly. */
  static void replacePart(Path doc, String command, String text) throws IOException {
    String begin = "<!-- begin: written by " + command + " -->\n";
    String end = "<!-- end: written by " + command + " -->\n";
    String page = Files.readString(doc, StandardCharsets.UTF_8);
    int from = page.indexOf(begin);
    int to = page.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalStateException(
          doc
              + ": no part written by "
              + command
              + " (put the lines "
              + begin.strip()
              + " and "
              + end.strip()
              + " where its figures go)");
    }
    String replaced = page.substring(0, from + begin.length()) + text + page.substring(to);
    Files.writeString(doc, replaced, StandardCharsets.UTF_8);
  }
}
