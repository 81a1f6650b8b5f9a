package org.beihaiyatsushiro.site.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.beihaiyatsushiro.site.bake.CheckContent;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links and special files among the sources, made by each test in a temporary copy of a small site
 * (git keeps links, so one can be committed): each is reported with its path and the hint, whether
 * it points out of the repository or not, and no byte it points to is read.
 */
class SourceLinksIT {
  /** What the file outside the repository holds; nothing of the site may ever show it. */
  private static final String SECRET = "root:x:0:0:secret outside the repository";

  private static final String LINK =
      "; the site reads no links, wherever they point, so that nothing from outside the"
          + " repository is ever published";
  private static final String FILE_HINT = " (replace the link with the file itself)";
  private static final String FOLDER_HINT =
      " (replace the link with the folder itself and its files)";

  @TempDir Path dir;

  private FixtureSite site;
  private Path outside;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @BeforeEach
  void smallSiteAndAFolderOutsideIt() throws IOException {
    site =
        FixtureSite.withRealTheme(dir.resolve("site"))
            .write("content/en/beihai.md", FixtureSite.article("Beihai", "2022", "A port city."));
    outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("passwd"), SECRET);
    Files.writeString(outside.resolve("secret.md"), FixtureSite.article("Secret", "2022", SECRET));
  }

  @Test
  void aLinkToAFileOutsideTheRepository() throws IOException {
    link("content/en/passwd.svg", outside.resolve("passwd"));

    assertThat(check())
        .containsExactly(
            "content/en/passwd.svg:1: this is a symbolic link to "
                + outside.resolve("passwd")
                + LINK
                + FILE_HINT);
  }

  @Test
  void aLinkToAFolderOutsideTheRepositoryInAssets() throws IOException {
    link("assets/outside", outside);

    assertThat(check())
        .containsExactly(
            "assets/outside:1: this is a symbolic link to " + outside + LINK + FOLDER_HINT);
  }

  @Test
  void aLinkToAMarkdownFileOutsideTheRepository() throws IOException {
    link("content/en/secret.md", outside.resolve("secret.md"));

    assertThat(check())
        .containsExactly(
            "content/en/secret.md:1: this is a symbolic link to "
                + outside.resolve("secret.md")
                + LINK
                + FILE_HINT);
  }

  @Test
  void aLinkToAFileInsideTheRepositoryIsReportedToo() throws IOException {
    link("content/en/copy.md", Path.of("beihai.md"));

    assertThat(check())
        .containsExactly(
            "content/en/copy.md:1: this is a symbolic link to beihai.md" + LINK + FILE_HINT);
  }

  @Test
  void linksInTemplatesAndDataAndJbakePropertiesItself() throws IOException {
    link("templates/extra.ftlh", outside.resolve("passwd"));
    link("data/more", outside);
    Path settings = site.root().resolve("jbake.properties");
    Path moved = Files.move(settings, outside.resolve("jbake.properties"));
    Files.createSymbolicLink(settings, moved);

    assertThat(check())
        .containsExactly(
            "data/more:1: this is a symbolic link to " + outside + LINK + FOLDER_HINT,
            "jbake.properties:1: this is a symbolic link to " + moved + LINK + FILE_HINT,
            "templates/extra.ftlh:1: this is a symbolic link to "
                + outside.resolve("passwd")
                + LINK
                + FILE_HINT);
  }

  @Test
  void aLinkedTableOfUiStringsIsNeverRead() throws IOException {
    Path table = site.root().resolve("data/i18n/ja.yml");
    Files.move(table, outside.resolve("ja.yml"));
    Files.writeString(outside.resolve("ja.yml"), SECRET + ": [unclosed\n");
    Files.createSymbolicLink(table, outside.resolve("ja.yml"));

    assertThat(check())
        .containsExactly(
            "data/i18n/ja.yml:1: this is a symbolic link to "
                + outside.resolve("ja.yml")
                + LINK
                + FILE_HINT);
  }

  @Test
  void aLinkLoopIsOneProblemAndTheCheckEnds() throws IOException {
    link("content/en/up", Path.of(".."));
    link("content/en/self", Path.of("self"));

    assertThat(check())
        .containsExactly(
            "content/en/self:1: this is a symbolic link to self" + LINK + FILE_HINT,
            "content/en/up:1: this is a symbolic link to .." + LINK + FOLDER_HINT);
  }

  @Test
  void aNamedPipeIsReportedAndNeverOpened() throws Exception {
    Path fifo = site.root().resolve("content/en/pipe.md");
    assumeThat(mkfifo(fifo)).as("this system can make a named pipe (mkfifo)").isTrue();

    assertThat(check())
        .containsExactly(
            "content/en/pipe.md:1: this is not a regular file but a special one (a named pipe,"
                + " socket or device); the site reads only plain files and folders (remove it)");
  }

  @Test
  void theBakeStopsBeforeJbakeCopiesALinkedAssetFolder() throws IOException {
    link("assets/outside", outside);

    FixtureSite.Result result = site.bake();

    assertThat(result.errors())
        .singleElement()
        .isInstanceOf(ContentProblemsException.class)
        .extracting(Throwable::getMessage)
        .isEqualTo(
            "The build failed because of 1 content problem, listed above as file:line: what is"
                + " wrong (how to fix it). Nothing was published.");

    assertThat(site.root().resolve("output/outside")).doesNotExist();
  }

  /** Runs the check as ./check-content does; returns the problem lines, checked for leaks. */
  private List<String> check() {
    int count = CheckContent.report(site.root(), out);
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).doesNotContain("secret outside");
    List<String> lines = printed.lines().toList();
    assertThat(count).isEqualTo(lines.size() - 1);
    return lines.subList(0, lines.size() - 1);
  }

  private void link(String path, Path target) throws IOException {
    Path link = site.root().resolve(path);
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, target);
  }

  private static boolean mkfifo(Path path) throws InterruptedException {
    try {
      Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
