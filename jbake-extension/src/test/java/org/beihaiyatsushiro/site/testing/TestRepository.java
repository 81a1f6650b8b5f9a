package org.beihaiyatsushiro.site.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A git repository for tests and the benchmark: runs git in a folder, and makes the one commit a
 * test needs at a fixed time, by a fixed editor, unsigned, so what the site reads from git (the
 * commit, its date) is known in advance whatever the computer's own git settings.
 */
public final class TestRepository {
  private final Path dir;
  private final Instant commitTime;

  private TestRepository(Path dir, Instant commitTime) {
    this.dir = Objects.requireNonNull(dir, "dir");
    this.commitTime = Objects.requireNonNull(commitTime, "commitTime");
  }

  /** The repository in {@code dir} (not made yet), whose commits are dated {@code commitTime}. */
  public static TestRepository in(Path dir, Instant commitTime) {
    return new TestRepository(dir, commitTime);
  }

  /**
   * Makes the folder a repository holding one commit of {@code paths} (relative to the folder).
   *
   * @return the commit's hash
   */
  public String commit(String... paths) {
    git("init", "-q");
    List<String> add = new ArrayList<>(List.of("add", "--"));
    add.addAll(List.of(paths));
    git(add.toArray(String[]::new));
    git(
        "-c",
        "user.name=Editor",
        "-c",
        "user.email=editor@example.invalid",
        "-c",
        "commit.gpgsign=false",
        "commit",
        "-q",
        "-m",
        "content");
    return git("rev-parse", "HEAD").strip();
  }

  /** Runs {@code git -C dir args…}, which must succeed; its output (and errors). */
  public String git(String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    String date = commitTime.getEpochSecond() + " +0000";
    pb.environment().put("GIT_AUTHOR_DATE", date);
    pb.environment().put("GIT_COMMITTER_DATE", date);
    try {
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as("git %s: %s", String.join(" ", args), out).isZero();
      return out;
    } catch (IOException e) {
      throw new AssertionError("git " + String.join(" ", args) + " could not run: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while git " + String.join(" ", args) + " ran", e);
    }
  }
}
