package org.beihaiyatsushiro.site.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.beihaiyatsushiro.site.testing.TestFiles;

/**
 * A full copy of the project, as a user's checkout holds it, for the end-to-end benchmark: every
 * file git knows of (tracked, or new and not ignored) except content/, so that {@code ./mvnw -o -q
 * package -DskipTests} runs in it exactly as in the project, on whatever content/ the benchmark
 * puts there. Nothing of target/ is copied: the copy's first build compiles the extension itself.
 */
final class ProjectCopy {
  private ProjectCopy() {}

  /** Makes {@code dir} (deleted first if it exists) a copy of {@code project} without content/. */
  static Path make(Path project, Path dir) throws IOException, InterruptedException {
    TestFiles.deleteTree(dir);
    Files.createDirectories(dir);
    for (String file : filesOf(project)) {
      if (file.startsWith("content/")) {
        continue;
      }
      Path from = project.resolve(file);
      if (!Files.isRegularFile(from)) {
        continue; // tracked but deleted in the working tree
      }
      Path to = dir.resolve(file);
      Files.createDirectories(to.getParent());
      // COPY_ATTRIBUTES keeps the executable bit of ./mvnw.
      Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
    Files.createDirectories(dir.resolve("content"));
    return dir;
  }

  /** The files of the working tree git knows of: tracked, or untracked and not ignored. */
  private static List<String> filesOf(Path project) throws IOException, InterruptedException {
    Process git =
        new ProcessBuilder(
                "git",
                "-C",
                project.toString(),
                "ls-files",
                "-z",
                "--cached",
                "--others",
                "--exclude-standard")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (git.waitFor() != 0) {
      throw new IllegalStateException(
          project + ": git ls-files failed (the benchmark copies the files of a git checkout)");
    }
    List<String> files = new ArrayList<>();
    for (String f : out.split("\0")) {
      if (!f.isEmpty()) {
        files.add(f);
      }
    }
    return files;
  }
}
