package org.beihaiyatsushiro.site.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./preview} in a process of its own, as an editor starts it: what its console shows. */
class PreviewCommandIT {
  @TempDir Path dir;

  @Test
  void theConsoleShowsTheBakeAndTheAddressAndNoLibraryChatter() throws Exception {
    // Complete in every language, so that the site itself has nothing to warn of.
    FixtureSite site =
        FixtureSite.withRealTheme(dir)
            .write("content/zh/beihai.md", FixtureSite.article("北海", "2022-09-29", "广西的港口城市。"))
            .write("content/ja/beihai.md", FixtureSite.article("北海", "2022-09-29", "広西の港町。"))
            .write(
                "content/en/beihai.md",
                FixtureSite.article("Beihai", "2022-09-29", "A port city in Guangxi."));
    Process preview =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                PreviewCommand.class.getName(),
                "--port",
                "0",
                site.root().toString())
            .redirectErrorStream(true)
            .start();
    List<String> console = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(preview.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        console.add(line);
        if (line.startsWith("Save a file")) {
          break;
        }
      }
    } finally {
      preview.destroy();
      preview.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(console).anyMatch(l -> l.matches("Baked in \\d+ ms\\."));
    assertThat(console).anyMatch(l -> l.startsWith("Preview: http://127.0.0.1:"));
    assertThat(console)
        .as("the preview's console")
        .noneMatch(l -> l.startsWith("WARN") || l.startsWith("INFO") || l.contains("ignored"));
  }
}
