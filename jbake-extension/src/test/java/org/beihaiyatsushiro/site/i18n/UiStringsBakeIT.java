package org.beihaiyatsushiro.site.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A UI string missing in one language stops the bake instead of leaving a hole in a page. */
class UiStringsBakeIT {
  @TempDir Path dir;

  @Test
  void aKeyMissingInOneLanguageFailsTheBakeNamingKeyAndLanguage() throws IOException {
    FixtureSite fixture =
        FixtureSite.withRealTheme(dir)
            .write("content/en/beihai.md", FixtureSite.article("Beihai", "1984", "A port city."));
    Path ja = dir.resolve("data/i18n/ja.yml");
    String withoutTimeline =
        Files.readString(ja)
            .lines()
            .filter(line -> !line.startsWith("nav.timeline:"))
            .collect(Collectors.joining("\n", "", "\n"));
    Files.writeString(ja, withoutTimeline);

    FixtureSite.Result site = fixture.bake();

    assertThat(site.failed()).isTrue();
    assertThat(site.problemLines())
        .containsExactly(
            "data/i18n/ja.yml:1: the UI string 'nav.timeline' is missing in ja (zh has it)"
                + " (add 'nav.timeline: …' in ja's words)");
    assertThat(site.files()).noneMatch(f -> f.endsWith(".html"));
  }
}
