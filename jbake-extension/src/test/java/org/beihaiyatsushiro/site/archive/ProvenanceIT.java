package org.beihaiyatsushiro.site.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.beihaiyatsushiro.site.base.SourceDate;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.beihaiyatsushiro.site.testing.TestRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source date and commit an archive names, read from the environment or from git. */
class ProvenanceIT {
  private static final Instant COMMIT_TIME = Instant.parse("2022-09-29T03:00:00Z");

  @TempDir Path dir;

  @Test
  void inAGitRepositoryTheDateIsTheLastCommitsAndTheCommitItsHash() throws Exception {
    String sha = commitedRepository();

    Provenance p = Provenance.of(dir, Map.of());

    assertThat(p.commit()).isEqualTo(sha).hasSize(40);
    assertThat(p.sourceDate()).isEqualTo(COMMIT_TIME);
    assertThat(p.sourceDay()).isEqualTo("2022-09-29");
    assertThat(p.software()).contains("jbake-extension", "jwarc", "bagit-java");
  }

  @Test
  void uncommittedChangesAreNamedWithTheCommit() throws Exception {
    String sha = commitedRepository();
    Files.writeString(dir.resolve("content.md"), "changed\n");

    assertThat(Provenance.of(dir, Map.of()).commit())
        .isEqualTo(sha + " (with uncommitted changes)");
  }

  @Test
  void aNewArticleNotYetCommittedIsAnUncommittedChange() throws Exception {
    String sha = commitedRepository();
    Files.createDirectories(dir.resolve("content/en/events"));
    Files.writeString(dir.resolve("content/en/events/new.md"), "a new article\n");

    assertThat(Provenance.of(dir, Map.of()).commit())
        .isEqualTo(sha + " (with uncommitted changes)");
  }

  @Test
  void newFilesInEachSourceFolderAndAnUntrackedJbakePropertiesCount() throws Exception {
    String sha = commitedRepository();
    for (String file :
        List.of(
            "templates/new.ftlh", "assets/css/new.css", "data/i18n/xx.yml", "jbake.properties")) {
      Path path = dir.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, "new\n");

      assertThat(Provenance.of(dir, Map.of()).commit())
          .as(file)
          .isEqualTo(sha + " (with uncommitted changes)");
      Files.delete(path);
    }
  }

  @Test
  void untrackedFilesOutsideTheSourcesOrIgnoredByGitDoNotCount() throws Exception {
    String sha = commitedRepository();
    Files.writeString(dir.resolve("notes.txt"), "not part of the site\n");
    Files.writeString(dir.resolve(".gitignore"), "*.swp\n");
    Files.createDirectories(dir.resolve("content/en"));
    Files.writeString(dir.resolve("content/en/.beihai.md.swp"), "an editor's swap file\n");

    assertThat(Provenance.of(dir, Map.of()).commit()).isEqualTo(sha);
  }

  @Test
  void sourceDateEpochWinsOverTheCommitTime() throws Exception {
    commitedRepository();

    Provenance p = Provenance.of(dir, Map.of(SourceDate.SOURCE_DATE_EPOCH, "1664409600"));

    assertThat(p.sourceDate()).isEqualTo(Instant.parse("2022-09-29T00:00:00Z"));
  }

  @Test
  void aSourceDateEpochThatIsNoNumberIsRefusedWithItsName() {
    // The words come from the project's tables, as in the build.
    FixtureSite.copyTree(
        FixtureSite.PROJECT.resolve("data/messages"), dir.resolve("data/messages"));
    assertThatThrownBy(() -> Provenance.of(dir, Map.of(SourceDate.SOURCE_DATE_EPOCH, "yesterday")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SOURCE_DATE_EPOCH is 'yesterday'");
  }

  @Test
  void withoutGitTheDateIsTheNewestSourceFileAndTheCommitSaysItIsUnknown() throws IOException {
    Path older = Files.writeString(dir.resolve("a.md"), "a\n");
    Path newer =
        Files.writeString(
            Files.createDirectories(dir.resolve("content/zh")).resolve("b.md"), "b\n");
    Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2021-06-01T12:00:00Z")));
    // Build output (any folder named target) and hidden files and folders are no sources.
    for (String notASource :
        List.of(
            "target/late.html", "jbake-extension/target/late.class", ".idea/late.xml", ".late")) {
      Path file = dir.resolve(notASource);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "built\n");
      Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
    }

    Provenance p = Provenance.of(dir, Map.of());

    assertThat(p.sourceDate()).isEqualTo(Instant.parse("2021-06-01T12:00:00Z"));
    assertThat(p.commit()).startsWith("unknown");
  }

  /** A repository in the temporary folder with one commit at {@link #COMMIT_TIME}. */
  private String commitedRepository() throws Exception {
    Files.writeString(dir.resolve("content.md"), "text\n");
    return TestRepository.in(dir, COMMIT_TIME).commit("content.md");
  }
}
