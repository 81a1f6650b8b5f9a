package org.beihaiyatsushiro.site.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.beihaiyatsushiro.site.base.Caches;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.pages.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the site publishes of a photograph: sizes, upright, sRGB, no metadata, the same bytes. */
class PictureVariantsTest {
  @TempDir Path dir;

  private static final String SIDECAR =
      "caption:\n  zh: 港口\n  ja: 港\n  en: The harbour\ncredit: Test\nlicence: CC0-1.0\n";

  private Map<String, PictureVariants.Published> publish(Path site, Path cache) {
    Problems problems = new Problems();
    PictureVariants variants = new PictureVariants(cache);
    PictureFolder.Pictures pictures =
        PictureFolder.read(
            dir.resolve("images"), p -> "images/" + p.getFileName(), variants::cached, problems);
    assertThat(problems.sorted()).isEmpty();
    return variants.publish(pictures, new SiteWriter(site));
  }

  private void add(String name, byte[] bytes) throws IOException {
    Files.createDirectories(dir.resolve("images"));
    Files.write(dir.resolve("images/" + name), bytes);
    Files.writeString(dir.resolve("images/" + name + ".yml"), SIDECAR);
  }

  @Test
  void aPhonePhotographStandsUprightInEachStatedWidthWithoutItsGpsPosition() throws IOException {
    // 2000 × 1500 as stored, turned 90° clockwise by its EXIF: 1500 × 2000 upright.
    add("harbour.jpg", TestPictures.phoneJpeg(2000, 1500, 6));
    Path site = dir.resolve("site");
    PictureVariants.Published p = publish(site, dir.resolve("cache")).get("harbour.jpg");

    assertThat(p.variants())
        .extracting(PictureVariants.Variant::width, PictureVariants.Variant::height)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(480, 640),
            org.assertj.core.groups.Tuple.tuple(960, 1280),
            org.assertj.core.groups.Tuple.tuple(1440, 1920));
    assertThat(p.fallbackType()).isEqualTo("image/jpeg");
    for (PictureVariants.Variant v : p.variants()) {
      byte[] jpeg = Files.readAllBytes(site.resolve(v.fallback()));
      byte[] webp = Files.readAllBytes(site.resolve(v.webp()));
      BufferedImage shown = ImageIO.read(new ByteArrayInputStream(jpeg));
      assertThat(shown.getWidth()).isEqualTo(v.width());
      assertThat(shown.getHeight()).isEqualTo(v.height());
      // Turned clockwise, the red left half is now the top: red above, blue below.
      assertThat(new java.awt.Color(shown.getRGB(v.width() / 2, 5)).getRed()).isGreaterThan(200);
      assertThat(new java.awt.Color(shown.getRGB(v.width() / 2, v.height() - 5)).getBlue())
          .isGreaterThan(200);
      assertThat(jpegSegments(jpeg)).containsExactly("APP0 JFIF");
      assertThat(webpChunks(webp)).containsExactly("VP8 ");
      assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "GPS");
    }
    assertThat(p.variants().get(0).webp()).matches("images/harbour\\.[0-9a-f]{10}-480\\.webp");
  }

  @Test
  void everyOrientationIsTurnedUpright() {
    // A 4 × 2 picture, the top-left pixel marked; each orientation tells where it is stored.
    for (int orientation = 1; orientation <= 8; orientation++) {
      BufferedImage stored = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
      BufferedImage upright = PictureDecoder.upright(stored, orientation);
      assertThat(upright.getWidth())
          .as("orientation %d", orientation)
          .isEqualTo(orientation >= 5 ? 2 : 4);
    }
    // Orientation 6: stored turned 90° counter-clockwise; the stored top-left pixel is the
    // upright top-right one.
    BufferedImage stored = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
    stored.setRGB(0, 0, 0xFF0000);
    assertThat(PictureDecoder.upright(stored, 6).getRGB(1, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
    assertThat(PictureDecoder.upright(stored, 8).getRGB(0, 3) & 0xFFFFFF).isEqualTo(0xFF0000);
    assertThat(PictureDecoder.upright(stored, 3).getRGB(3, 1) & 0xFFFFFF).isEqualTo(0xFF0000);
    assertThat(PictureDecoder.upright(stored, 2).getRGB(3, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
    assertThat(PictureDecoder.upright(stored, 4).getRGB(0, 1) & 0xFFFFFF).isEqualTo(0xFF0000);
    assertThat(PictureDecoder.upright(stored, 5).getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
    assertThat(PictureDecoder.upright(stored, 7).getRGB(1, 3) & 0xFFFFFF).isEqualTo(0xFF0000);
  }

  @Test
  void aCmykJpegIsPublishedInSrgb() throws IOException {
    add("print.jpg", TestPictures.cmykJpeg(600, 400));
    Path site = dir.resolve("site");
    PictureVariants.Published p = publish(site, dir.resolve("cache")).get("print.jpg");

    assertThat(p.variants()).extracting(PictureVariants.Variant::width).containsExactly(480, 600);
    byte[] jpeg = Files.readAllBytes(site.resolve(p.variants().get(1).fallback()));
    BufferedImage shown = ImageIO.read(new ByteArrayInputStream(jpeg));
    assertThat(shown.getColorModel().getNumComponents()).isEqualTo(3);
    java.awt.Color cyan = new java.awt.Color(shown.getRGB(300, 200));
    // Full cyan ink on screen: little red, much green and blue.
    assertThat(cyan.getRed()).isLessThan(80);
    assertThat(cyan.getGreen()).isGreaterThan(120);
    assertThat(cyan.getBlue()).isGreaterThan(180);
    assertThat(jpegSegments(jpeg)).containsExactly("APP0 JFIF");
  }

  @Test
  void aPngWithTransparencyFallsBackToPngAndIsNeverUpscaled() throws IOException {
    add("seal.png", TestPictures.pngWithAlpha(300, 200));
    Path site = dir.resolve("site");
    PictureVariants.Published p = publish(site, dir.resolve("cache")).get("seal.png");

    assertThat(p.fallbackType()).isEqualTo("image/png");
    assertThat(p.variants()).extracting(PictureVariants.Variant::width).containsExactly(300);
    byte[] png = Files.readAllBytes(site.resolve(p.variants().get(0).fallback()));
    assertThat(pngChunks(png)).containsExactly("IHDR", "IDAT", "IEND");
    BufferedImage shown = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(shown.getRGB(250, 100) >>> 24).isZero();
    assertThat(shown.getRGB(50, 100) >>> 24).isEqualTo(255);
    assertThat(webpChunks(Files.readAllBytes(site.resolve(p.variants().get(0).webp()))))
        .containsExactly("VP8X", "ALPH", "VP8 ");
  }

  @Test
  void theSameOriginalGivesTheSameBytesAndTheCacheIsUsed() throws IOException {
    add("harbour.jpg", TestPictures.phoneJpeg(1600, 1200, 1));
    add("seal.png", TestPictures.pngWithAlpha(1000, 500));
    publish(dir.resolve("one"), dir.resolve("cache-one"));
    publish(dir.resolve("two"), dir.resolve("cache-two"));
    assertThat(filesOf(dir.resolve("one"))).isEqualTo(filesOf(dir.resolve("two")));
    assertThat(filesOf(dir.resolve("one")).keySet()).hasSize(2 * (3 + 3));

    // A second bake copies from the cache: a variant changed there shows in the site.
    Path cached;
    try (Stream<Path> all = Files.walk(dir.resolve("cache-one"))) {
      cached = all.filter(f -> f.toString().endsWith("480.jpg")).findFirst().orElseThrow();
    }
    Files.write(cached, new byte[] {1, 2, 3});
    publish(dir.resolve("three"), dir.resolve("cache-one"));
    assertThat(filesOf(dir.resolve("three")).values())
        .contains(List.of((byte) 1, (byte) 2, (byte) 3));
  }

  @Test
  void aBakeWithUnchangedPicturesLeavesTheirFilesInTheSiteAsTheyAre() throws IOException {
    add("harbour.jpg", TestPictures.phoneJpeg(1600, 1200, 1));
    add(
        "seal.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>"
            .getBytes(StandardCharsets.UTF_8));
    Path site = dir.resolve("site");
    publish(site, dir.resolve("cache"));
    FileTime longAgo = FileTime.fromMillis(86_400_000L);
    List<Path> files;
    try (Stream<Path> all = Files.walk(site)) {
      files = all.filter(Files::isRegularFile).toList();
    }
    for (Path f : files) {
      Files.setLastModifiedTime(f, longAgo);
    }

    publish(site, dir.resolve("cache"));

    assertThat(files).hasSize(3 * 2 + 1);
    for (Path f : files) {
      assertThat(Files.getLastModifiedTime(f)).as("%s", f.getFileName()).isEqualTo(longAgo);
    }
  }

  @Test
  void theCacheKeepsOnlyThePicturesOfTheLastBake() throws IOException {
    add("harbour.jpg", TestPictures.phoneJpeg(1600, 1200, 1));
    add("seal.png", TestPictures.pngWithAlpha(1000, 500));
    Path cache = dir.resolve("cache");
    publish(dir.resolve("site"), cache);
    assertThat(cacheFolders(cache)).hasSize(2);
    Files.writeString(cache.resolve("notes.txt"), "not the cache's");
    // A folder a stopped bake left half-made, and one another bake is making now.
    Path stopped = Files.createDirectory(cache.resolve("a".repeat(64) + ".part-123"));
    Files.write(stopped.resolve("480.webp"), new byte[] {1});
    Files.setLastModifiedTime(
        stopped, FileTime.from(Instant.now().minus(Caches.ABANDONED_AFTER).minusSeconds(60)));
    Path beingMade = Files.createDirectory(cache.resolve("b".repeat(64) + ".part-456"));

    Files.delete(dir.resolve("images/seal.png"));
    Files.delete(dir.resolve("images/seal.png.yml"));
    Map<String, PictureVariants.Published> published = publish(dir.resolve("site"), cache);

    assertThat(published).containsOnlyKeys("harbour.jpg");
    assertThat(cacheFolders(cache)).hasSize(2).contains(beingMade);
    assertThat(stopped).doesNotExist();
    assertThat(cache.resolve("notes.txt")).exists();
    // What is left is the harbour's: a bake with it takes it from the cache as it is.
    Path variant;
    try (Stream<Path> all = Files.walk(cache)) {
      variant = all.filter(f -> f.toString().endsWith("480.jpg")).findFirst().orElseThrow();
    }
    Files.write(variant, new byte[] {4, 5, 6});
    publish(dir.resolve("again"), cache);
    assertThat(filesOf(dir.resolve("again")).values())
        .contains(List.of((byte) 4, (byte) 5, (byte) 6));
  }

  private static List<Path> cacheFolders(Path cache) throws IOException {
    try (Stream<Path> entries = Files.list(cache)) {
      return entries.filter(Files::isDirectory).toList();
    }
  }

  @Test
  void twoPicturesWithTheSameBytesArePublishedBothInOneBake() throws IOException {
    // The same photograph under two names shares one cache folder, made on two threads at once.
    byte[] photo = TestPictures.phoneJpeg(1600, 1200, 1);
    for (int i = 0; i < 6; i++) {
      add("copy-" + i + ".jpg", photo);
    }
    Path site = dir.resolve("site");

    Map<String, PictureVariants.Published> published = publish(site, dir.resolve("cache"));

    assertThat(published).hasSize(6);
    for (PictureVariants.Published p : published.values()) {
      for (PictureVariants.Variant v : p.variants()) {
        assertThat(site.resolve(v.webp())).isRegularFile();
      }
    }
  }

  @Test
  void widthsAreTheStatedOnesUpToTheOriginals() {
    assertThat(PictureVariants.widthsFor(4000)).containsExactly(480, 960, 1440);
    assertThat(PictureVariants.widthsFor(1440)).containsExactly(480, 960, 1440);
    assertThat(PictureVariants.widthsFor(1000)).containsExactly(480, 960, 1000);
    assertThat(PictureVariants.widthsFor(480)).containsExactly(480);
    assertThat(PictureVariants.widthsFor(200)).containsExactly(200);
  }

  /** Each file under a folder by its path, as a list of bytes (comparable). */
  private static Map<String, List<Byte>> filesOf(Path folder) throws IOException {
    Map<String, List<Byte>> files = new java.util.TreeMap<>();
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        List<Byte> bytes = new ArrayList<>();
        for (byte b : Files.readAllBytes(f)) {
          bytes.add(b);
        }
        files.put(folder.relativize(f).toString(), bytes);
      }
    }
    return files;
  }

  /** The APPn segments of a JPEG and their identifiers, read by TwelveMonkeys. */
  static List<String> jpegSegments(byte[] jpeg) throws IOException {
    List<String> found = new ArrayList<>();
    for (JPEGSegment s :
        JPEGSegmentUtil.readSegments(
            new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg)),
            JPEGSegmentUtil.APP_SEGMENTS)) {
      found.add("APP" + (s.marker() - 0xFFE0) + " " + s.identifier());
    }
    return found;
  }

  /** The chunks of a WebP file (RIFF): VP8, VP8L, VP8X, ALPH, and EXIF, XMP or ICCP if any. */
  static List<String> webpChunks(byte[] webp) {
    ByteBuffer b = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
    b.position(12);
    List<String> chunks = new ArrayList<>();
    while (b.remaining() >= 8) {
      byte[] type = new byte[4];
      b.get(type);
      int size = b.getInt();
      chunks.add(new String(type, StandardCharsets.US_ASCII));
      b.position(b.position() + size + (size & 1));
    }
    return chunks;
  }

  /** The chunk types of a PNG file, each once, in order. */
  static List<String> pngChunks(byte[] png) {
    ByteBuffer b = ByteBuffer.wrap(png);
    b.position(8);
    List<String> chunks = new ArrayList<>();
    while (b.remaining() >= 12) {
      int size = b.getInt();
      byte[] type = new byte[4];
      b.get(type);
      String name = new String(type, StandardCharsets.US_ASCII);
      if (chunks.isEmpty() || !chunks.get(chunks.size() - 1).equals(name)) {
        chunks.add(name);
      }
      b.position(b.position() + size + 4);
    }
    return chunks;
  }
}
