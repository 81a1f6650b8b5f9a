package org.beihaiyatsushiro.site.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the preview's watcher reports as saved, on the real file system: the files a bake reads, one
 * burst as one save, and neither the preview's own output nor editors' scratch files.
 */
class SourceWatcherIT {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path root;

  private SourceWatcher watcher;

  @BeforeEach
  void site() throws IOException {
    write("jbake.properties", "site.host=http://127.0.0.1/\n");
    write("content/en/beihai.md", "first\n");
    write("templates/article.ftlh", "<p>first</p>\n");
    Files.createDirectories(root.resolve("images"));
    Files.createDirectories(root.resolve("target/preview/site"));
    watcher = watcherOfTheSettings();
  }

  @AfterEach
  void stop() throws IOException {
    watcher.close();
  }

  @Test
  void aSaveInContentTemplatesOrTheSettingsIsReportedWithItsPath() throws Exception {
    write("content/en/beihai.md", "second\n");
    assertThat(nextChange()).containsExactly("content/en/beihai.md");
    write("templates/article.ftlh", "<p>second</p>\n");
    assertThat(nextChange()).containsExactly("templates/article.ftlh");
    write("jbake.properties", "site.host=http://127.0.0.1:8820/\n");
    assertThat(nextChange()).containsExactly("jbake.properties");
  }

  @Test
  void aNewPhotographAndItsSidecarInImagesAreASave() throws Exception {
    write("images/harbour.jpg", "a photograph\n");
    write("images/harbour.jpg.yml", "caption: …\n");
    List<String> saved = new java.util.ArrayList<>(nextChange());
    if (saved.size() < 2) {
      saved.addAll(nextChange());
    }
    assertThat(saved).containsExactlyInAnyOrder("images/harbour.jpg", "images/harbour.jpg.yml");
  }

  @Test
  void theBakesOwnOutputOtherFilesOfTheRootAndEditorsScratchFilesAreNotASave() throws Exception {
    write("target/preview/site/en/beihai.html", "<p>baked</p>\n");
    write("README.md", "notes\n");
    write("content/en/.beihai.md.swp", "vim's swap file\n");
    write("content/en/beihai.md~", "a backup\n");
    write("content/en/4913", "");
    write("content/en/#beihai.md#", "Emacs's auto-save\n");
    Thread.sleep(3 * SourceWatcher.QUIET_MILLIS);
    write("content/en/beihai.md", "second\n");
    assertThat(nextChange()).containsExactly("content/en/beihai.md");
  }

  @Test
  void aBurstOfChangesIsOneSave() throws Exception {
    write("content/en/beihai.md.tmp", "second\n");
    Files.move(
        root.resolve("content/en/beihai.md.tmp"),
        root.resolve("content/en/beihai.md"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    write("content/en/silver-beach.md", "new\n");
    assertThat(nextChange())
        .containsExactlyInAnyOrder("content/en/beihai.md", "content/en/silver-beach.md");
  }

  @Test
  void aFolderCreatedLaterIsWatchedToo() throws Exception {
    write("content/zh/events/1996-sister-cities.md", "first\n");
    assertThat(nextChange()).contains("content/zh/events/1996-sister-cities.md");
    write("content/zh/events/1996-sister-cities.md", "second\n");
    assertThat(nextChange()).containsExactly("content/zh/events/1996-sister-cities.md");
    write("data/i18n/en.yml", "title: Beihai\n");
    assertThat(nextChange()).contains("data/i18n/en.yml");
  }

  @Test
  void theFoldersJbakePropertiesNamesAreWatchedInsteadOfTheDefaultOnes() throws Exception {
    watcher.close();
    write("jbake.properties", "content.folder=articles\ntemplate.folder=layouts\n");
    write("articles/en/beihai.md", "first\n");
    write("layouts/article.ftlh", "<p>first</p>\n");
    watcher = watcherOfTheSettings();

    write("content/en/beihai.md", "no longer a source\n");
    Thread.sleep(3 * SourceWatcher.QUIET_MILLIS);
    write("articles/en/beihai.md", "second\n");
    assertThat(nextChange()).containsExactly("articles/en/beihai.md");
    write("layouts/article.ftlh", "<p>second</p>\n");
    assertThat(nextChange()).containsExactly("layouts/article.ftlh");
  }

  @Test
  void closingEndsTheWait() throws Exception {
    watcher.close();
    assertThat(nextChange()).isEmpty();
  }

  @Test
  void editorsScratchFilesAreKnownByName() {
    assertThat(
            List.of(
                ".beihai.md.swp",
                ".#beihai.md",
                ".DS_Store",
                "beihai.md~",
                "#beihai.md#",
                "4913",
                "beihai.md___jb_tmp___",
                "beihai.md___jb_old___",
                "~$beihai.docx",
                "beihai.md.tmp"))
        .allMatch(SourceWatcher::isEditorsScratchFile);
    assertThat(List.of("beihai.md", "4913.md", "site.css", "en.yml", "#", "a#b.md"))
        .noneMatch(SourceWatcher::isEditorsScratchFile);
  }

  /** The watcher of the preview's folders, as the site's jbake.properties names them. */
  private SourceWatcher watcherOfTheSettings() {
    return new SourceWatcher(
        root, LivePreview.watchedFolders(SiteConfig.read(root, root.resolve("target")).config()));
  }

  private List<String> nextChange() {
    return assertTimeoutPreemptively(WAIT, () -> watcher.awaitChange(), "a change within " + WAIT);
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
