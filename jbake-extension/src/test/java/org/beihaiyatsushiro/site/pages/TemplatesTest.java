package org.beihaiyatsushiro.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The templates kept from one bake to the next (the live preview), and a saved one read again. */
class TemplatesTest {
  @TempDir Path dir;

  @Test
  void theTemplatesOfAnUnchangedFolderAreKeptAndASavedTemplateIsReadAgain() throws Exception {
    Path page = dir.resolve("page.ftlh");
    Files.writeString(page, "<p>${title}</p>", StandardCharsets.UTF_8);
    Templates first = Templates.of(dir);
    assertThat(first.render("page.ftlh", Map.of("title", "Beihai"))).isEqualTo("<p>Beihai</p>");

    assertThat(Templates.of(dir)).isSameAs(first);

    // Saved with the same size and the same time of change: its bytes tell.
    FileTime saved = Files.getLastModifiedTime(page);
    Files.writeString(page, "<b>${title}</b>", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(page, saved);
    assertThat(Templates.of(dir).render("page.ftlh", Map.of("title", "Yatsushiro")))
        .isEqualTo("<b>Yatsushiro</b>");

    // A template added later is found.
    Files.writeString(dir.resolve("added.ftlh"), "${title}!", StandardCharsets.UTF_8);
    assertThat(Templates.of(dir).render("added.ftlh", Map.of("title", "1972"))).isEqualTo("1972!");
  }
}
