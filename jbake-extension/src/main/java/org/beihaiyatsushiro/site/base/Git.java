package org.beihaiyatsushiro.site.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Questions to git about the repository the sources are in: which commit, when, and whether
 * anything has changed since. The archive names its source commit with it ({@code
 * archive.Provenance}), and the build takes its day from it ({@code pages.BuildDay}). A computer
 * without git, or sources outside a repository, get no answer rather than an error: both callers
 * then say so in what they write.
 */
public final class Git {
  private static final long TIMEOUT_SECONDS = 30;

  private Git() {}

  /**
   * What {@code git -C dir args…} prints, stripped; empty when git is missing, fails, takes longer
   * than 30 s, or the folder is no repository.
   */
  public static Optional<String> answer(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    try {
      Process p =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      p.getOutputStream().close();
      // Read on another thread, so that a git that hangs cannot hold this one past the timeout.
      CompletableFuture<byte[]> out =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return p.getInputStream().readAllBytes();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      return p.exitValue() == 0
          ? Optional.of(new String(out.get(), StandardCharsets.UTF_8).strip())
          : Optional.empty();
    } catch (IOException | ExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
