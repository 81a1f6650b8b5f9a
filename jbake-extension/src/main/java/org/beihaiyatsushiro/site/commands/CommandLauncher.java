package org.beihaiyatsushiro.site.commands;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starts one of the {@link EditorsCommand editors' commands} in the project's root folder, on every
 * system alike: compiles the extension with the Maven wrapper when {@link CompiledExtension} says
 * it is stale, then runs the command's main class in a Java process of its own with the extension's
 * whole classpath, the same Java options as this one, and the editor's arguments, and ends with its
 * exit status.
 *
 * <p>The launchers ({@code jbake-extension/run.sh}, {@code jbake-extension\run.cmd}) start it with
 * only the extension's classes on the classpath, so they never read the list of libraries
 * themselves (Windows' command line could not hold it). Usage: {@code CommandLauncher <command>
 * [arguments...]}, in the project's root folder.
 */
public final class CommandLauncher {
  private static final String USAGE =
      "usage: CommandLauncher <command> [arguments...] in the project's folder; commands: "
          + Stream.of(EditorsCommand.values())
              .map(EditorsCommand::launcherName)
              .collect(Collectors.joining(", "));

  private CommandLauncher() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Optional<EditorsCommand> command =
        args.length == 0 ? Optional.empty() : EditorsCommand.named(args[0]);
    if (command.isEmpty()) {
      exit(2, USAGE);
      return;
    }
    Path projectRoot = Path.of("").toAbsolutePath();
    if (!Files.isRegularFile(projectRoot.resolve("jbake-extension/pom.xml"))) {
      exit(2, projectRoot + " is not the project's folder (the launchers start this in it)");
      return;
    }
    CompiledExtension extension = new CompiledExtension(projectRoot);
    if (extension.isStale()) {
      System.err.println(
          "The extension's code or a pom has changed: compiling it with the Maven wrapper …");
      int status = extension.rebuild();
      if (status != 0) {
        exit(status, "the extension could not be compiled: see the Maven wrapper's messages above");
        return;
      }
    }
    Process process =
        new ProcessBuilder(
                javaCommand(
                    Path.of(
                        System.getProperty("java.home"),
                        "bin",
                        CompiledExtension.isWindows() ? "java.exe" : "java"),
                    ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    extension.classpath(),
                    command.get(),
                    Arrays.asList(args).subList(1, args.length)))
            .inheritIO()
            .start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "command-stop"));
    System.exit(process.waitFor());
  }

  /** The commands' logging: warnings only (the preview sets its own when it starts). */
  static final String LOGGING = "org/beihaiyatsushiro/site/commands/logback-commands.xml";

  /**
   * The Java options of every command's process, before the editor's own (JAVA_OPTS, which win): as
   * in Maven's .mvn/jvm.config, only the quick compiler (the live preview's wait from save to page
   * fell from a median of 340 ms to 290 ms over 20 saves, its first bake from 5.7 s to 4.1 s) and
   * the serial collector (unless the editor's options choose another: Java refuses two), and
   * JBake's throwaway content store hashes its users' passwords once.
   */
  public static final List<String> JAVA_OPTIONS =
      List.of(
          "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dsecurity.userPasswordSaltIterations=1");

  /** Whether an option chooses a garbage collector ({@code -XX:+UseG1GC} and the like). */
  private static boolean choosesCollector(String option) {
    return option.startsWith("-XX:+Use") && option.endsWith("GC");
  }

  /**
   * The command line of a command's own Java process.
   *
   * @param java the java program to run
   * @param javaOptions the options this process was started with (JAVA_OPTS)
   * @param classpath the extension's classes and libraries
   * @param arguments the editor's arguments, passed on unchanged
   */
  static List<String> javaCommand(
      Path java,
      List<String> javaOptions,
      List<Path> classpath,
      EditorsCommand command,
      List<String> arguments) {
    List<String> line = new ArrayList<>();
    line.add(java.toString());
    // Before the editor's own options, so that a -Dlogback.configurationFile there still wins.
    line.add("-Dlogback.configurationFile=" + LOGGING);
    boolean collectorChosen = javaOptions.stream().anyMatch(CommandLauncher::choosesCollector);
    JAVA_OPTIONS.stream()
        .filter(option -> !(collectorChosen && choosesCollector(option)))
        .forEach(line::add);
    line.addAll(javaOptions);
    line.add("-cp");
    line.add(
        classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    line.add(command.mainClass());
    line.addAll(arguments);
    return line;
  }

  /**
   * When this process is stopped (Ctrl+C reaches both processes), gives the command time to stop by
   * itself (the preview closes its server), then stops it.
   */
  private static void stop(Process process) {
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroy();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
    }
  }

  private static void exit(int status, String message) {
    System.err.println(message);
    System.exit(status);
  }
}
