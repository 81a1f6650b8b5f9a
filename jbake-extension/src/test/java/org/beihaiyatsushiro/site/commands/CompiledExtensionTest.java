package org.beihaiyatsushiro.site.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the editors' commands compile the extension again, and the classpath they run it with, on a
 * project folder made here with files of known times.
 */
class CompiledExtensionTest {
  private static final Instant BUILT = Instant.parse("2026-01-01T12:00:00Z");

  @TempDir Path root;

  private CompiledExtension extension;

  @BeforeEach
  void compiledProject() throws IOException {
    for (String source :
        List.of(
            "jbake-extension/pom.xml",
            "build-parent/pom.xml",
            "pom.xml",
            "jbake-extension/src/main/java/org/example/Page.java",
            "jbake-extension/src/test/java/org/example/PageTest.java",
            "content/en/beihai.md")) {
      write(source, BUILT.minusSeconds(3600));
    }
    Files.createDirectories(root.resolve(CompiledExtension.CLASSES));
    write(CompiledExtension.LIBRARIES, BUILT);
    extension = new CompiledExtension(root);
  }

  @Test
  void theExtensionIsUpToDateWhenNothingItIsMadeFromChangedSince() {
    assertThat(extension.isStale()).isFalse();
  }

  @Test
  void aChangeToItsCodeOrAPomMakesItStale() throws IOException {
    for (String source :
        List.of(
            "jbake-extension/src/main/java/org/example/Page.java",
            "jbake-extension/src/main/resources/org/example/reload.js",
            "jbake-extension/pom.xml",
            "build-parent/pom.xml")) {
      write(source, BUILT.plusSeconds(1));
      assertThat(extension.isStale()).as("after a change to " + source).isTrue();
      write(source, BUILT.minusSeconds(1));
      assertThat(extension.isStale()).as("with " + source + " as it was").isFalse();
    }
  }

  @Test
  void aDeletedSourceFileMakesItStaleThroughItsFolder() throws IOException {
    Files.delete(root.resolve("jbake-extension/src/main/java/org/example/Page.java"));
    assertThat(extension.isStale()).isTrue();
  }

  @Test
  void aChangeToTestsContentOrTheRootPomDoesNot() throws IOException {
    write("jbake-extension/src/test/java/org/example/PageTest.java", BUILT.plusSeconds(60));
    write("content/en/beihai.md", BUILT.plusSeconds(60));
    write("pom.xml", BUILT.plusSeconds(60));
    assertThat(extension.isStale()).isFalse();
  }

  @Test
  void missingClassesOrClasspathMakeItStale() throws IOException {
    Files.delete(root.resolve(CompiledExtension.LIBRARIES));
    assertThat(extension.isStale()).as("without target/tool.classpath").isTrue();
    compiledProject();
    Files.delete(root.resolve(CompiledExtension.CLASSES));
    assertThat(extension.isStale()).as("without target/classes").isTrue();
  }

  @Test
  void theClasspathIsTheClassesThenTheListedLibrariesInThisSystemsSeparator() throws IOException {
    Path jar = root.resolve("repository with spaces/flexmark-0.64.8.jar");
    Path other = root.resolve("repository/jsoup-1.22.1.jar");
    Files.writeString(
        root.resolve(CompiledExtension.LIBRARIES), jar + File.pathSeparator + other + "\n");
    assertThat(extension.classpath())
        .containsExactly(root.resolve(CompiledExtension.CLASSES), jar, other);
  }

  @Test
  void theWrapperIsMvnwCmdThroughCmdOnWindowsAndTheShScriptElsewhere() {
    List<String> unix = new ArrayList<>(List.of(root.resolve("mvnw").toString()));
    unix.addAll(CompiledExtension.MAVEN_ARGUMENTS);
    assertThat(extension.mavenCommand(false)).isEqualTo(unix);
    List<String> windows = new ArrayList<>(List.of("cmd.exe", "/c", "mvnw.cmd"));
    windows.addAll(CompiledExtension.MAVEN_ARGUMENTS);
    assertThat(extension.mavenCommand(true)).isEqualTo(windows);
  }

  private void write(String path, Instant modified) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, path);
    Files.setLastModifiedTime(file, FileTime.from(modified));
    // The folders as they were at the last compile: adding or removing a file changes their time.
    for (Path folder = file.getParent(); folder.startsWith(root); folder = folder.getParent()) {
      Files.setLastModifiedTime(folder, FileTime.from(BUILT.minusSeconds(3600)));
    }
  }
}
