package org.beihaiyatsushiro.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.beihaiyatsushiro.site.base.Digests;
import org.beihaiyatsushiro.site.images.TestPictures;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.beihaiyatsushiro.site.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bake into what the last bake left (the output folder is not emptied first): it gives exactly
 * what a bake into an empty folder gives, leaves unchanged files untouched, and writes nothing
 * through a link found there.
 */
class RebakeIT {
  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2022-09-29T00:00:00Z"));

  @TempDir Path dir;

  @Test
  void bakedAgainAfterChangesTheSiteIsWhatABakeIntoAnEmptyFolderGives() throws Exception {
    FixtureSite site = site(dir.resolve("again"));
    assertThat(site.bake().errors()).isEmpty();
    Path output = site.root().resolve("output");
    assertThat(output.resolve("en/beihai.html")).exists();
    assertThat(output.resolve("img/map.png")).exists();

    // An article and an asset deleted, an article changed; left in the output: a stray page, a
    // folder where a page goes, a file where a folder goes.
    Files.delete(site.root().resolve("content/en/beihai.md"));
    Files.delete(site.root().resolve("assets/img/map.png"));
    site.write("content/en/harbour.md", FixtureSite.article("Harbour", "2022-09-29", "Changed."));
    Files.writeString(output.resolve("en/stale.html"), "an old page");
    Files.createDirectories(output.resolve("images/old"));
    Files.writeString(output.resolve("images/old/harbour.0123456789-960.webp"), "an old variant");
    Files.delete(output.resolve("en/harbour.html"));
    Files.createDirectories(output.resolve("en/harbour.html/inside"));
    Files.writeString(output.resolve("en/harbour.html/inside/old.html"), "left over");
    TestFiles.deleteTree(output.resolve("ja"));
    Files.writeString(output.resolve("ja"), "a file where a folder goes");
    assertThat(site.bake().errors()).isEmpty();

    FixtureSite fresh = site(dir.resolve("fresh"));
    Files.delete(fresh.root().resolve("content/en/beihai.md"));
    Files.delete(fresh.root().resolve("assets/img/map.png"));
    fresh.write("content/en/harbour.md", FixtureSite.article("Harbour", "2022-09-29", "Changed."));
    assertThat(fresh.bake().errors()).isEmpty();

    Map<String, String> expected = hashes(fresh.root().resolve("output"));
    assertThat(expected)
        .containsKey("en/harbour.html")
        .doesNotContainKey("en/beihai.html")
        .containsKey("en/leaflet.pdf")
        .hasKeySatisfying(
            new org.assertj.core.api.Condition<>(
                k -> k.matches("images/quay\\.[0-9a-f]{10}-960\\.webp"), "a picture's variant"));
    assertThat(hashes(output)).isEqualTo(expected);
    assertThat(folders(output)).isEqualTo(folders(fresh.root().resolve("output")));
  }

  @Test
  void filesWhoseBytesAreThereAlreadyAreNotWrittenAgain() throws Exception {
    FixtureSite site = site(dir.resolve("site"));
    assertThat(site.bake().errors()).isEmpty();
    Path output = site.root().resolve("output");
    Map<Path, byte[]> before = new HashMap<>();
    try (Stream<Path> all = Files.walk(output)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        before.put(file, Files.readAllBytes(file));
        Files.setLastModifiedTime(file, LONG_AGO);
      }
    }
    assertThat(htmlPages(output)).hasSizeGreaterThan(5);
    site.write("content/en/harbour.md", FixtureSite.article("Harbour", "2022-09-29", "Changed."));

    assertThat(site.bake().errors()).isEmpty();

    assertThat(Files.readString(output.resolve("en/harbour.html"))).contains("Changed.");
    // Every file the bake writes whose bytes did not change keeps its time; every other is new.
    // (JBake copies assets/ and content/'s other files after the bake, anew each time.)
    List<Path> rewritten = new ArrayList<>();
    for (Map.Entry<Path, byte[]> file : before.entrySet()) {
      Path sitePath = output.relativize(file.getKey());
      if (Files.exists(site.root().resolve("assets").resolve(sitePath))
          || Files.exists(site.root().resolve("content").resolve(sitePath))) {
        continue;
      }
      boolean same = Arrays.equals(Files.readAllBytes(file.getKey()), file.getValue());
      FileTime time = Files.getLastModifiedTime(file.getKey());
      if (same) {
        assertThat(time).as("%s", file.getKey()).isEqualTo(LONG_AGO);
      } else {
        assertThat(time).as("%s", file.getKey()).isNotEqualTo(LONG_AGO);
        rewritten.add(sitePath);
      }
    }
    assertThat(rewritten).contains(Path.of("en/harbour.html"));
    assertThat(rewritten.size()).isLessThan(before.size() / 2);
    // Among the files kept as they were: a picture's variant and another page's share image.
    List<Path> kept =
        before.keySet().stream()
            .map(output::relativize)
            .filter(p -> !rewritten.contains(p))
            .toList();
    assertThat(kept)
        .anyMatch(p -> p.toString().matches("images/quay\\.[0-9a-f]{10}-960\\.webp"))
        .anyMatch(p -> p.toString().startsWith("img/share/ja/"));
  }

  @Test
  void aLinkLeftInTheOutputIsNotWrittenThroughTheOldOutputGoes() throws Exception {
    FixtureSite site = site(dir.resolve("site"));
    assertThat(site.bake().errors()).isEmpty();
    Path output = site.root().resolve("output");
    Path outside = Files.writeString(dir.resolve("outside.html"), "not the site's");
    Path page = output.resolve("en/beihai.html");
    Files.delete(page);
    Files.createSymbolicLink(page, outside);
    Files.writeString(output.resolve("en/stale.html"), "an old page");

    assertThat(site.bake().errors()).isEmpty();

    assertThat(Files.readString(outside)).isEqualTo("not the site's");
    assertThat(Files.isRegularFile(page, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(Files.readString(page)).contains("A port city.");
    assertThat(output.resolve("en/stale.html")).doesNotExist();
  }

  @Test
  void aFileOfTheOutputWithAnotherNameOutsideIsNotWrittenThrough() throws Exception {
    FixtureSite site = site(dir.resolve("site"));
    assertThat(site.bake().errors()).isEmpty();
    Path page = site.root().resolve("output/en/harbour.html");
    String published = Files.readString(page);
    // As `cp -al` of the site to a web server's folder would leave it.
    Path served = Files.createLink(dir.resolve("served-harbour.html"), page);
    site.write("content/en/harbour.md", FixtureSite.article("Harbour", "2022-09-29", "Changed."));

    assertThat(site.bake().errors()).isEmpty();

    assertThat(Files.readString(served)).isEqualTo(published);
    assertThat(Files.readString(page)).contains("Changed.");
  }

  private static FixtureSite site(Path root) {
    return FixtureSite.withRealTheme(root)
        .write("content/en/index.md", FixtureSite.page("Beihai & Yatsushiro", "home"))
        .write("content/ja/index.md", FixtureSite.page("北海と八代", "home"))
        .write("content/en/timeline.md", FixtureSite.page("Timeline", "timeline"))
        .write("content/en/beihai.md", FixtureSite.article("Beihai", "2022-09-29", "A port city."))
        .write("content/en/harbour.md", FixtureSite.article("Harbour", "2022-09-29", "A harbour."))
        .writeBytes("assets/img/map.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2})
        .writeBytes("content/en/leaflet.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8))
        .writeBytes("images/quay.jpg", TestPictures.phoneJpeg(1000, 600, 1))
        .write(
            "images/quay.jpg.yml",
            "caption:\n  zh: 码头\n  ja: 岸壁\n  en: The quay\ncredit: Test\nlicence: CC0-1.0\n")
        .write(
            "content/en/quay.md",
            FixtureSite.article("Quay", "2022-09-29", "![The quay](../../images/quay.jpg)"));
  }

  private static List<Path> htmlPages(Path output) throws IOException {
    try (Stream<Path> s = Files.walk(output)) {
      return s.filter(p -> p.toString().endsWith(".html")).toList();
    }
  }

  /** The SHA-256 of every file under a folder, by its path there. */
  private static Map<String, String> hashes(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        out.put(
            root.relativize(p).toString().replace('\\', '/'),
            Digests.sha256Hex(Files.readAllBytes(p)));
      }
    }
    return out;
  }

  private static List<String> folders(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isDirectory)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
