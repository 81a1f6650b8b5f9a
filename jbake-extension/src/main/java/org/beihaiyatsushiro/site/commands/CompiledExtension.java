package org.beihaiyatsushiro.site.commands;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The extension as the editors' commands run it, in a project folder: its compiled classes and the
 * list of its libraries (jbake-extension/target/tool.classpath), both made by the Maven wrapper.
 *
 * <p>They are made again only when the extension's code or a pom changed since they were last made,
 * so that a command run on every save starts Java directly instead of Maven (which takes seconds
 * even with nothing to compile). The same rule holds on every system, because it is here and not in
 * the launchers.
 */
public final class CompiledExtension {
  /**
   * What the wrapper is given, in the project's root folder, to compile the extension and list its
   * libraries. The launchers give the same on the very first run, when this class is not compiled
   * yet. The list uses the system's path separator, ':' or ';', as the classpath itself does.
   */
  public static final List<String> MAVEN_ARGUMENTS =
      List.of(
          "-q",
          "-pl",
          "jbake-extension",
          "compile",
          "dependency:build-classpath",
          "-Dmdep.includeScope=compile",
          "-Dmdep.outputFile=target/tool.classpath");

  /** The compiled classes, relative to the project's root. */
  public static final String CLASSES = "jbake-extension/target/classes";

  /** The list of the extension's libraries, relative to the project's root. */
  public static final String LIBRARIES = "jbake-extension/target/tool.classpath";

  /** What the compiled extension is made from: a change to any file here makes it stale. */
  public static final List<String> SOURCES =
      List.of("jbake-extension/src/main", "jbake-extension/pom.xml", "build-parent/pom.xml");

  private final Path projectRoot;

  /**
   * @param projectRoot the folder of the root pom.xml and the Maven wrapper
   */
  public CompiledExtension(Path projectRoot) {
    this.projectRoot = projectRoot.toAbsolutePath().normalize();
  }

  /**
   * Whether the extension must be compiled before a command runs: when its classes or its list of
   * libraries are missing, or a file of {@link #SOURCES} is newer than that list.
   */
  public boolean isStale() {
    Path libraries = projectRoot.resolve(LIBRARIES);
    if (!Files.isRegularFile(libraries) || !Files.isDirectory(projectRoot.resolve(CLASSES))) {
      return true;
    }
    try {
      FileTime made = Files.getLastModifiedTime(libraries);
      for (String source : SOURCES) {
        Path path = projectRoot.resolve(source);
        if (!Files.exists(path)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(path)) {
          if (files.anyMatch(f -> modified(f).compareTo(made) > 0)) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException | UncheckedIOException e) {
      // Cannot tell: compiling again is the safe answer.
      return true;
    }
  }

  /**
   * Compiles the extension and lists its libraries with the project's Maven wrapper, whose output
   * goes to this process's console.
   *
   * @return the wrapper's exit status, 0 when the extension is ready
   */
  public int rebuild() throws IOException, InterruptedException {
    int status =
        new ProcessBuilder(mavenCommand(isWindows()))
            .directory(projectRoot.toFile())
            .inheritIO()
            .start()
            .waitFor();
    if (status == 0) {
      // The wrapper leaves an unchanged list as it was, with its old time.
      Files.setLastModifiedTime(
          projectRoot.resolve(LIBRARIES), FileTime.fromMillis(System.currentTimeMillis()));
    }
    return status;
  }

  /** The wrapper's command line: mvnw.cmd through cmd.exe on Windows, the sh script elsewhere. */
  List<String> mavenCommand(boolean windows) {
    List<String> command = new ArrayList<>();
    if (windows) {
      // Started in the project's folder, so that the script's path needs no quoting for cmd.exe.
      command.addAll(List.of("cmd.exe", "/c", "mvnw.cmd"));
    } else {
      command.add(projectRoot.resolve("mvnw").toString());
    }
    command.addAll(MAVEN_ARGUMENTS);
    return command;
  }

  /**
   * The classpath of a command: the compiled classes, then the libraries as the wrapper listed
   * them, separated by this system's path separator (the wrapper wrote them on this system).
   */
  public List<Path> classpath() throws IOException {
    List<Path> classpath = new ArrayList<>();
    classpath.add(projectRoot.resolve(CLASSES));
    String listed = Files.readString(projectRoot.resolve(LIBRARIES), StandardCharsets.UTF_8);
    for (String entry : listed.strip().split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        classpath.add(Path.of(entry.strip()));
      }
    }
    return classpath;
  }

  static boolean isWindows() {
    return System.getProperty("os.name", "").startsWith("Windows");
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
