package org.beihaiyatsushiro.site.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.testing.Printed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake an editor can make in images/, as the message they read. */
class PictureFolderTest {
  @TempDir Path site;

  private static final String SIDECAR =
      "caption:\n  zh: 港口\n  ja: 港\n  en: The harbour\ncredit: Test\nlicence: CC0-1.0\n";

  private void write(String path, byte[] bytes) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private void picture(String name, byte[] bytes) throws IOException {
    write("images/" + name, bytes);
    write("images/" + name + ".yml", SIDECAR.getBytes(StandardCharsets.UTF_8));
  }

  private PictureFolder.Pictures read(Problems problems) {
    return PictureFolder.read(
        site.resolve("images"),
        p -> site.relativize(p).toString().replace('\\', '/'),
        sha -> false,
        problems);
  }

  private java.util.List<String> problems() {
    Problems problems = new Problems();
    read(problems);
    return problems.sorted().stream().map(Printed::line).toList();
  }

  @Test
  void goodPicturesHaveNoProblems() throws IOException {
    picture("harbour.jpg", TestPictures.phoneJpeg(64, 48, 6));
    picture("seal.png", TestPictures.pngWithAlpha(30, 20));
    picture(
        "map.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\"><rect width=\"5\" height=\"5\"/></svg>"
            .getBytes(StandardCharsets.UTF_8));
    Problems problems = new Problems();
    PictureFolder.Pictures pictures = read(problems);
    assertThat(problems.sorted()).isEmpty();
    assertThat(pictures.pictures().keySet())
        .containsExactlyInAnyOrder("harbour.jpg", "seal.png", "map.svg");
    assertThat(pictures.named("harbour.jpg").orElseThrow().sidecar().credit().values())
        .containsOnly("Test");
  }

  @Test
  void aPngNamedJpgIsReportedWithItsRightName() throws IOException {
    picture("harbour.jpg", TestPictures.greyPng(10, 10));
    assertThat(problems())
        .containsExactly(
            "images/harbour.jpg:1: the name says JPEG photograph, but the file is a PNG image"
                + " (rename it to harbour.png (and its sidecar with it))");
  }

  @Test
  void aFileThatIsNoPictureIsReported() throws IOException {
    picture("harbour.jpg", "not a picture".getBytes(StandardCharsets.UTF_8));
    assertThat(problems())
        .containsExactly(
            "images/harbour.jpg:1: the name says JPEG photograph, but the file is no picture the"
                + " site takes (save it again as JPEG, PNG, WebP or SVG)");
  }

  @Test
  void aTruncatedPhotographIsReported() throws IOException {
    picture("cut.jpg", TestPictures.truncated(TestPictures.phoneJpeg(400, 300, 1)));
    picture("cut.png", TestPictures.truncated(TestPictures.pngWithAlpha(400, 300)));
    assertThat(problems())
        .containsExactly(
            "images/cut.jpg:1: the picture is cut short: the file ends before the picture does"
                + " (copy or export the original again; an upload or copy may have stopped half"
                + " way)",
            "images/cut.png:1: the picture is cut short: the file ends before the picture does"
                + " (copy or export the original again; an upload or copy may have stopped half"
                + " way)");
  }

  @Test
  void aHugePhotographIsReportedBeforeItIsDecoded() throws IOException {
    picture("scan.png", TestPictures.hugePng(7000, 6000));
    picture("strip.png", TestPictures.hugePng(12_001, 2));
    assertThat(problems())
        .containsExactly(
            "images/scan.png:1: the picture is 7000 × 6000 pixels, more than an original may have"
                + " (at most 40 million pixels, at most 12000 on a side) (make it smaller first"
                + " (3,000 pixels across is plenty for the web))",
            "images/strip.png:1: the picture is 12001 × 2 pixels, more than an original may have"
                + " (at most 40 million pixels, at most 12000 on a side) (make it smaller first"
                + " (3,000 pixels across is plenty for the web))");
  }

  @Test
  void aFileBeyondTheByteLimitIsNotRead() throws IOException {
    byte[] big = new byte[(int) PictureLimits.MAX_BYTES + 1];
    big[0] = (byte) 0xFF;
    picture("camera.jpg", big);
    assertThat(problems())
        .containsExactly(
            "images/camera.jpg:1: the picture is 20.0 MiB, more than the 20.0 MiB an original may"
                + " have (save it smaller (a photograph for the web needs no more than 3,000"
                + " pixels across); the site makes the sizes readers need)");
  }

  @Test
  void aPictureWithoutSidecarAndASidecarWithoutPictureAreReported() throws IOException {
    write("images/harbour.jpg", TestPictures.phoneJpeg(64, 48, 1));
    write("images/statue.jpg.yml", SIDECAR.getBytes(StandardCharsets.UTF_8));
    assertThat(problems())
        .containsExactly(
            "images/harbour.jpg:1: this picture has no sidecar, so its caption, credit and"
                + " licence are unknown (create images/harbour.jpg.yml with caption: (zh:, ja:,"
                + " en: under it), credit: and licence:)",
            "images/statue.jpg.yml:1: this sidecar belongs to no picture: images/statue.jpg does"
                + " not exist (rename it after its picture (picture.jpg.yml for picture.jpg), or"
                + " delete it)");
  }

  @Test
  void namesFoldersAndOtherFilesAreReported() throws IOException {
    picture("Harbour Photo.jpg", TestPictures.phoneJpeg(8, 8, 1));
    picture("old/harbour.jpg", TestPictures.phoneJpeg(8, 8, 1));
    write("images/notes.txt", new byte[] {'x'});
    write("images/.DS_Store", new byte[] {0});
    assertThat(problems())
        .containsExactly(
            "images/Harbour Photo.jpg:1: the name 'Harbour Photo.jpg' has capital letters, spaces"
                + " or other signs (names become web addresses: rename it with lower-case a–z, 0–9"
                + " and dashes, for example harbour-1996.jpg (and its sidecar with it))",
            "images/notes.txt:1: images/ holds pictures and their sidecars only; this is neither"
                + " (pictures are .jpg, .png, .webp or .svg files, each with a sidecar"
                + " notes.txt.yml; keep other files elsewhere)",
            "images/old/harbour.jpg:1: pictures are kept directly in images/, not in folders"
                + " inside it (move it to images/harbour.jpg (with its sidecar))",
            "images/old/harbour.jpg.yml:1: pictures are kept directly in images/, not in folders"
                + " inside it (move it to images/harbour.jpg.yml (with its sidecar))");
  }

  @Test
  void theProblemsOfOneSidecarDoNotSilenceAnother() throws IOException {
    // Pictures are checked on several threads: many broken sidecars beside good ones.
    for (int i = 0; i < 40; i++) {
      write("images/bad-" + i + ".png", TestPictures.greyPng(4, 4));
      write("images/bad-" + i + ".png.yml", "caption: [\n".getBytes(StandardCharsets.UTF_8));
      picture("good-" + i + ".png", TestPictures.greyPng(4, 4));
    }
    Problems problems = new Problems();
    PictureFolder.Pictures pictures = read(problems);
    assertThat(problems.size()).isEqualTo(40);
    assertThat(pictures.pictures()).hasSize(40);
  }

  @Test
  void aLinkInImagesIsNeverRead() throws IOException {
    Path outside = Files.createTempFile("outside", ".jpg");
    Files.write(outside, TestPictures.phoneJpeg(8, 8, 1));
    Files.createDirectories(site.resolve("images"));
    Files.createSymbolicLink(site.resolve("images/passwd.jpg"), outside);
    assertThat(problems()).hasSize(1);
    assertThat(problems().get(0)).startsWith("images/passwd.jpg:1: this is a symbolic link to ");
    Files.delete(outside);
  }
}
