package org.beihaiyatsushiro.site.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command as a user types it, under GNU time ({@code /usr/bin/time}), and reads what it
 * took: the wall-clock time, the CPU time of the whole process tree (user + system of every process
 * the command started and waited for, from the kernel's accounting of the children) and the peak
 * memory (the largest resident set of any one of those processes).
 */
final class TimedCommand {
  static final Path GNU_TIME = Path.of("/usr/bin/time");

  private TimedCommand() {}

  /** One run: wall and CPU in milliseconds, peak memory in KiB, and the log of its output. */
  record Timing(long wallMs, long cpuMs, long peakKb, Path log) {}

  /**
   * Writes to disk what earlier runs left in memory ({@code sync}), so that a run does not pay for
   * the writing of the one before it: a build of 3 × 1000 articles writes about 1 GB (the site and
   * its archives), which the system goes on writing after it ends (docs/benchmarks.md).
   */
  static void settleDisk() throws IOException, InterruptedException {
    Process sync = new ProcessBuilder("sync").inheritIO().start();
    if (sync.waitFor() != 0) {
      throw new IllegalStateException("sync failed");
    }
  }

  /**
   * Runs {@code command} in {@code dir}, its output in {@code log}; fails with the log's path if
   * the command fails, since the time of a failed build means nothing.
   */
  static Timing run(Path dir, Path log, List<String> command)
      throws IOException, InterruptedException {
    if (!Files.isExecutable(GNU_TIME)) {
      throw new IllegalStateException(
          GNU_TIME
              + " is missing (it measures CPU time and peak memory; on Debian: apt-get install"
              + " time)");
    }
    settleDisk();
    Path times = log.resolveSibling(log.getFileName() + ".time");
    List<String> timed =
        new ArrayList<>(List.of(GNU_TIME.toString(), "-o", times.toString(), "-f", "%e %U %S %M"));
    timed.addAll(command);
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(timed)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    int exit = p.waitFor();
    long wallMs = (System.nanoTime() - start) / 1_000_000;
    if (exit != 0) {
      throw new IllegalStateException(
          String.join(" ", command) + " failed in " + dir + " (exit " + exit + "); see " + log);
    }
    // GNU time writes "Command exited with non-zero status" lines first when it fails; the
    // figures are the last line.
    List<String> lines = Files.readAllLines(times, StandardCharsets.UTF_8);
    String[] f = lines.get(lines.size() - 1).trim().split("\\s+");
    long cpuMs = Math.round((Double.parseDouble(f[1]) + Double.parseDouble(f[2])) * 1000);
    return new Timing(wallMs, cpuMs, Long.parseLong(f[3]), log);
  }
}
