package org.beihaiyatsushiro.site.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.beihaiyatsushiro.site.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's guard before JBake ({@code CheckContent --before-bake}) refuses a site without the
 * folders JBake needs in the site's own words, naming the folder, instead of leaving JBake to end
 * the build with its own message.
 */
class BuildGuardIT {
  @TempDir Path dir;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void aSiteWithoutItsContentFolderIsRefusedNamingIt() throws IOException {
    FixtureSite site = FixtureSite.withRealTheme(dir);
    TestFiles.deleteTree(site.root().resolve("content"));

    assertThat(CheckContent.beforeBake(site.root(), out)).isEqualTo(1);
    assertThat(printed())
        .startsWith(
            "content:1: the content folder is missing (create it with one folder per language:"
                + " content/zh, content/ja, content/en)\n")
        .contains("The build failed because of 1 content problem");
  }

  @Test
  void aSiteWithoutItsTemplatesFolderIsRefusedNamingIt() throws IOException {
    FixtureSite site =
        FixtureSite.withRealTheme(dir)
            .write("content/en/beihai.md", FixtureSite.article("Beihai", "2022", "A port."));
    TestFiles.deleteTree(site.root().resolve("templates"));

    assertThat(CheckContent.beforeBake(site.root(), out)).isEqualTo(1);
    assertThat(printed())
        .startsWith(
            "templates:1: the templates folder is missing: the site has no page layouts (restore"
                + " the folder from the site's repository, or set template.folder in"
                + " jbake.properties to the folder that holds the templates)\n");
  }

  @Test
  void aWholeSitePassesTheGuard() {
    FixtureSite site =
        FixtureSite.withRealTheme(dir)
            .write("content/en/beihai.md", FixtureSite.article("Beihai", "2022", "A port."));

    assertThat(CheckContent.beforeBake(site.root(), out)).isZero();
    assertThat(printed()).isEmpty();
  }

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
