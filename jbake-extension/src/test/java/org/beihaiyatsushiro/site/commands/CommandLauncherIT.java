package org.beihaiyatsushiro.site.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as the sh and cmd launchers start it, in a process of its own in a project folder
 * made here: its Maven wrapper is a stand-in that records how it was called, so that what is
 * checked is when the launcher compiles and what it passes to the command.
 */
class CommandLauncherIT {
  private static final Instant BUILT = Instant.now().minusSeconds(3600);

  @TempDir Path dir;

  private Path project;
  private Path wrapperCalls;

  @BeforeEach
  void project() throws IOException {
    project = dir.resolve("project");
    wrapperCalls = dir.resolve("wrapper-calls.txt");
    for (String pom : List.of("jbake-extension/pom.xml", "build-parent/pom.xml")) {
      Files.createDirectories(project.resolve(pom).getParent());
      Files.writeString(project.resolve(pom), "<project/>\n");
      Files.setLastModifiedTime(project.resolve(pom), FileTime.from(BUILT.minusSeconds(60)));
    }
    Files.createDirectories(project.resolve(CompiledExtension.CLASSES));
    // The libraries of this test run stand in for the extension's: they hold the commands.
    Files.writeString(
        project.resolve(CompiledExtension.LIBRARIES), System.getProperty("java.class.path"));
    Files.setLastModifiedTime(project.resolve(CompiledExtension.LIBRARIES), FileTime.from(BUILT));
    wrapper(0);
  }

  @Test
  void anUpToDateExtensionRunsTheCommandDirectlyWithTheArgumentsAndItsExitStatus()
      throws Exception {
    Path site = dir.resolve("a site with spaces");
    FixtureSite.withRealTheme(site)
        .write("content/en/beihai.md", FixtureSite.article("Beihai", "2022-09-29", "A port."))
        .write("content/en/Silver Beach.md", FixtureSite.article("Silver", "2022", "A beach."));
    Result run = launch("check-content", site.toString());
    assertThat(run.output())
        .contains("content/en/Silver Beach.md:1: the name 'Silver Beach.md' contains capital");
    // The libraries' debugging (the share font's reader logs at DEBUG) stays out of the console.
    assertThat(run.output()).doesNotContain("DEBUG");
    assertThat(run.status()).isEqualTo(1);
    assertThat(wrapperCalls).doesNotExist();
  }

  @Test
  void aChangedSourceIsCompiledWithTheWrapperFirst() throws Exception {
    Files.writeString(
        project.resolve("build-parent/pom.xml"), "<project><!-- newer --></project>\n");
    Path site = dir.resolve("site");
    FixtureSite.withRealTheme(site)
        .write("content/en/beihai.md", FixtureSite.article("Beihai", "2022-09-29", "A port."));
    Result run = launch("translation-status", site.toString());
    assertThat(Files.readString(wrapperCalls).strip())
        .isEqualTo(String.join(" ", CompiledExtension.MAVEN_ARGUMENTS));
    assertThat(run.output()).contains("beihai");
    assertThat(new CompiledExtension(project).isStale()).as("after the compile").isFalse();
  }

  @Test
  void aFailedCompileStopsWithTheWrappersStatus() throws Exception {
    wrapper(3);
    Files.delete(project.resolve(CompiledExtension.LIBRARIES));
    Result run = launch("check-content");
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.output()).contains("the extension could not be compiled");
  }

  @Test
  void anUnknownCommandIsRefusedWithTheList() throws Exception {
    Result run = launch("publish");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.output())
        .contains("commands: preview, check-content, new-article, translation-status");
  }

  @Test
  void theCommandsJavaProcessGetsItsOptionsThenTheEditorsTheClasspathAndTheArgumentsUnchanged() {
    Path java = Path.of("/opt/jdk/bin/java");
    Path classes = project.resolve(CompiledExtension.CLASSES);
    Path jar = dir.resolve("m2 repository/jsoup.jar");
    assertThat(
            CommandLauncher.javaCommand(
                java,
                List.of("-XX:TieredStopAtLevel=1", "-Dsite.baseUrl=http://127.0.0.1:8821/"),
                List.of(classes, jar),
                EditorsCommand.NEW_ARTICLE,
                List.of("--lang", "ja", "--title", "銀灘 公園")))
        .containsExactly(
            java.toString(),
            "-Dlogback.configurationFile=org/beihaiyatsushiro/site/commands/logback-commands.xml",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Dsecurity.userPasswordSaltIterations=1",
            "-XX:TieredStopAtLevel=1",
            "-Dsite.baseUrl=http://127.0.0.1:8821/",
            "-cp",
            classes + File.pathSeparator + jar,
            "org.beihaiyatsushiro.site.authoring.NewArticleCommand",
            "--lang",
            "ja",
            "--title",
            "銀灘 公園");
  }

  @Test
  void aCollectorChosenInTheEditorsOptionsReplacesTheCommandsOwn() {
    List<String> line =
        CommandLauncher.javaCommand(
            Path.of("java"),
            List.of("-XX:+UseG1GC"),
            List.of(Path.of("classes")),
            EditorsCommand.CHECK_CONTENT,
            List.of());
    assertThat(line).contains("-XX:+UseG1GC", "-XX:TieredStopAtLevel=1");
    assertThat(line).doesNotContain("-XX:+UseSerialGC");
  }

  @Test
  void everyCommandsMainClassHasAMainMethod() throws Exception {
    for (EditorsCommand command : EditorsCommand.values()) {
      assertThat(Class.forName(command.mainClass()).getMethod("main", String[].class))
          .as(command.launcherName())
          .isNotNull();
    }
  }

  private record Result(int status, String output) {}

  /** Starts the launcher as run.sh does: only the extension's classes, in the project's folder. */
  private Result launch(String... arguments)
      throws IOException, InterruptedException, URISyntaxException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                Path.of(
                        CommandLauncher.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString(),
                CommandLauncher.class.getName()));
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
    return new Result(process.exitValue(), output);
  }

  /** A stand-in for the Maven wrapper: records its arguments and ends with the given status. */
  private void wrapper(int status) throws IOException {
    Path mvnw = project.resolve("mvnw");
    Files.writeString(
        mvnw, "#!/bin/sh\necho \"$@\" >> '" + wrapperCalls + "'\nexit " + status + "\n");
    mvnw.toFile().setExecutable(true);
  }
}
