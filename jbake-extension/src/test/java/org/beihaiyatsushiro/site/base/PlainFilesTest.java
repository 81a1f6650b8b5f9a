package org.beihaiyatsushiro.site.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one rule for what may be read from a folder, shared by the sources' check and the archive:
 * plain files in plain folders, every link and special file refused, no link followed.
 */
class PlainFilesTest {
  @TempDir Path dir;

  @Test
  void plainFilesAreListedSortedWithTheirSizeAndNothingIsRefused() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("site/en"));
    Files.writeString(folder.resolve("b.html"), "12345");
    Files.writeString(folder.resolve("a.html"), "123");

    PlainFiles.Listing listing = PlainFiles.list(dir.resolve("site"));

    assertThat(listing.files()).containsExactly(folder.resolve("a.html"), folder.resolve("b.html"));
    assertThat(listing.refused()).isEmpty();
    assertThat(listing.bytes()).isEqualTo(8);
  }

  @Test
  void aLinkToAFileOrAFolderIsRefusedWithItsTargetAndNeverEntered() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("passwd"), "secret");
    Path folder = Files.createDirectories(dir.resolve("site"));
    Files.writeString(folder.resolve("page.html"), "page");
    Files.createSymbolicLink(folder.resolve("passwd.svg"), outside.resolve("passwd"));
    Files.createSymbolicLink(folder.resolve("more"), outside);

    PlainFiles.Listing listing = PlainFiles.list(folder);

    assertThat(listing.files()).containsExactly(folder.resolve("page.html"));
    assertThat(listing.refused())
        .containsExactlyInAnyOrder(
            new PlainFiles.Refused(
                folder.resolve("passwd.svg"),
                PlainFiles.Refusal.LINK,
                outside.resolve("passwd").toString()),
            new PlainFiles.Refused(
                folder.resolve("more"), PlainFiles.Refusal.LINK, outside.toString()));
    assertThat(
            listing.refused().stream()
                .filter(PlainFiles.Refused::isLinkToFolder)
                .map(PlainFiles.Refused::entry))
        .containsExactly(folder.resolve("more"));
    assertThat(listing.bytes()).isEqualTo(4);
  }

  @Test
  void aNamedPipeIsRefusedAsSpecial() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("site"));
    Path fifo = folder.resolve("x.md");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assumeThat(p.waitFor() == 0).as("this system can make a named pipe (mkfifo)").isTrue();

    PlainFiles.Listing listing = PlainFiles.list(folder);

    assertThat(listing.files()).isEmpty();
    assertThat(listing.refused())
        .containsExactly(new PlainFiles.Refused(fifo, PlainFiles.Refusal.SPECIAL, ""));
  }

  @Test
  void aFolderThatDoesNotExistHoldsNothing() {
    PlainFiles.Listing listing = PlainFiles.list(dir.resolve("missing"));

    assertThat(listing.files()).isEmpty();
    assertThat(listing.refused()).isEmpty();
  }
}
