package org.beihaiyatsushiro.site.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The launchers in the project's root folder, read as the shells read them: every editors' command
 * has an sh script and a Windows twin, and both pass the same command, Java options and arguments
 * to jbake-extension/run.sh and jbake-extension\run.cmd, which both start {@link CommandLauncher}
 * after the same first compile. (cmd.exe cannot run here; this is what can be checked of it.)
 */
class LaunchersTest {
  private static final Path ROOT = FixtureSite.PROJECT;

  private static final Pattern SH_CALL =
      Pattern.compile(
          "(?m)^(?:JAVA_OPTS=\"(?<options>.*?) \\$\\{JAVA_OPTS:-}\" )?"
              + "exec \"\\$\\(dirname \"\\$0\"\\)/jbake-extension/run\\.sh\" (?<command>\\S+) \"\\$@\"$");
  private static final Pattern CMD_OPTIONS =
      Pattern.compile("(?m)^set \"JAVA_OPTS=(?<options>.*?) %JAVA_OPTS%\"\r\n");
  private static final Pattern CMD_CALL =
      Pattern.compile("(?m)^call \"%~dp0jbake-extension\\\\run\\.cmd\" (?<command>\\S+) %\\*\r\n");

  /** What one launcher passes on: the command's name and the Java options it adds. */
  private record Call(String command, String javaOptions) {}

  @ParameterizedTest
  @EnumSource(EditorsCommand.class)
  void everyCommandHasAnShLauncherAndAWindowsTwinPassingTheSame(EditorsCommand command)
      throws IOException {
    Path sh = ROOT.resolve(command.launcherName());
    Path cmd = ROOT.resolve(command.launcherName() + ".cmd");
    assertThat(sh).isRegularFile().isExecutable();
    assertThat(cmd).isRegularFile();

    String shText = Files.readString(sh, StandardCharsets.UTF_8);
    assertThat(shText).startsWith("#!/bin/sh\n").doesNotContain("\r");
    Matcher shCall = SH_CALL.matcher(shText);
    assertThat(shCall.find()).as(sh + " calls jbake-extension/run.sh").isTrue();
    Call shPasses =
        new Call(shCall.group("command"), Optional.ofNullable(shCall.group("options")).orElse(""));

    String cmdText = readBatch(cmd);
    assertThat(cmdText).startsWith("@echo off\r\n").containsPattern("(?m)^setlocal\r\n");
    Matcher cmdCall = CMD_CALL.matcher(cmdText);
    assertThat(cmdCall.find()).as(cmd + " calls jbake-extension\\run.cmd").isTrue();
    Matcher cmdOptions = CMD_OPTIONS.matcher(cmdText);
    Call cmdPasses =
        new Call(cmdCall.group("command"), cmdOptions.find() ? cmdOptions.group("options") : "");
    assertThat(cmdText.strip()).endsWith("exit /b %ERRORLEVEL%");

    assertThat(shPasses).isEqualTo(new Call(command.launcherName(), shPasses.javaOptions()));
    assertThat(cmdPasses).as("what %s passes, against %s", cmd, sh).isEqualTo(shPasses);
  }

  @Test
  void everyLauncherInTheRootFolderIsACommandOfTheTable() throws IOException {
    List<String> commands =
        Stream.of(EditorsCommand.values()).map(EditorsCommand::launcherName).toList();
    try (Stream<Path> files = Files.list(ROOT)) {
      List<String> launchers =
          files
              .filter(Files::isRegularFile)
              .filter(f -> f.toString().endsWith(".cmd") || read(f).startsWith("#!"))
              .filter(
                  f ->
                      read(f).contains("jbake-extension/run.sh")
                          || read(f).contains("jbake-extension\\run.cmd"))
              .map(f -> f.getFileName().toString().replaceFirst("\\.cmd$", ""))
              .distinct()
              .toList();
      assertThat(launchers).containsExactlyInAnyOrderElementsOf(commands);
    }
  }

  @Test
  void bothRunScriptsCompileTheSameWayFirstThenStartTheCommandLauncher() throws IOException {
    String launcherClass =
        CompiledExtension.CLASSES
            + "/"
            + CommandLauncher.class.getName().replace('.', '/')
            + ".class";
    String mavenArguments = String.join(" ", CompiledExtension.MAVEN_ARGUMENTS);

    String sh = Files.readString(ROOT.resolve("jbake-extension/run.sh"), StandardCharsets.UTF_8);
    assertThat(sh)
        .startsWith("#!/bin/sh\n")
        .contains("if [ ! -f " + launcherClass + " ]; then\n  ./mvnw " + mavenArguments + "\n")
        .contains(
            "-cp "
                + CompiledExtension.CLASSES
                + " \\\n  "
                + CommandLauncher.class.getName()
                + " \"$@\"");

    String cmd = readBatch(ROOT.resolve("jbake-extension/run.cmd"));
    assertThat(cmd)
        .startsWith("@echo off\r\n")
        .containsPattern("(?m)^setlocal\r\n")
        .contains("if exist \"" + launcherClass.replace('/', '\\') + "\" goto launch\r\n")
        .contains(
            "-cp \"%ROOT%\\"
                + CompiledExtension.CLASSES.replace('/', '\\')
                + "\" "
                + CommandLauncher.class.getName()
                + " %*\r\nexit /b %ERRORLEVEL%\r\n");
    Matcher maven = Pattern.compile("(?m)^call \"%ROOT%\\\\mvnw\\.cmd\" (.*)\r\n").matcher(cmd);
    assertThat(maven.find()).as("run.cmd's first compile").isTrue();
    assertThat(maven.group(1).replace("\"", "")).isEqualTo(mavenArguments);
  }

  /** A batch file as cmd.exe needs it: CRLF after every line, ASCII only. */
  private static String readBatch(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.US_ASCII);
    assertThat(text.replace("\r\n", ""))
        .as(file + " has CRLF line endings (.gitattributes) and nothing but ASCII")
        .doesNotContain("\n", "\r")
        .matches("\\p{ASCII}*");
    return text;
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
