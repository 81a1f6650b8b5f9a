package org.beihaiyatsushiro.site.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * One bake in a JVM of its own, for the benchmark: prints the time spent inside JBake's {@link
 * Oven} (wall clock, and the CPU time of all the process's threads meanwhile: the bake itself on
 * all cores, the garbage collector and the JIT compiler) and the process's peak resident memory on
 * a line starting with RESULT.
 */
public final class BenchmarkBake {
  private BenchmarkBake() {}

  public static void main(String[] args) throws Exception {
    File source = new File(args[0]);
    File output = new File(args[1]);
    Oven oven =
        new Oven(
            new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source, output, true));
    OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
    long start = System.nanoTime();
    long cpuStart = os.getProcessCpuTime();
    oven.bake();
    long bakeMs = (System.nanoTime() - start) / 1_000_000;
    long cpuMs = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
    long peakKb = peakResidentKb();
    System.out.println(
        "RESULT bakeMs="
            + bakeMs
            + " cpuMs="
            + cpuMs
            + " peakKb="
            + peakKb
            + " errors="
            + oven.getErrors().size());
    System.exit(oven.getErrors().isEmpty() ? 0 : 1);
  }

  /** VmHWM from /proc/self/status: the most memory the process held at once. */
  private static long peakResidentKb() throws Exception {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }
}
