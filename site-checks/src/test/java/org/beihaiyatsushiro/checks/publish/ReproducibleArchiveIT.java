package org.beihaiyatsushiro.checks.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.site.archive.Provenance;
import org.beihaiyatsushiro.site.archive.SiteArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archives are reproducible: archiving the baked site again, twice, into other folders gives
 * exactly the bytes this build wrote to target/archive, since nothing in them depends on the clock,
 * the folder or the order of the file system.
 */
class ReproducibleArchiveIT {
  @TempDir Path dir;

  @Test
  void archivingTheSiteTwiceMoreGivesTheSameBytesAsTheBuild() throws IOException {
    Provenance sources = Provenance.of(BakedSite.SOURCES, System.getenv());
    String base = PublishedSite.baseUrl();

    // The bag carries the SBOM the bake wrote beside the site, as the build's archive step does.
    List<Path> bagTagFiles =
        List.of(BakedSite.ROOT.resolveSibling("sbom").resolve("bake-classpath.cdx.json"));

    SiteArchive.write(BakedSite.ROOT, dir.resolve("again"), base, sources, bagTagFiles);
    SiteArchive.write(BakedSite.ROOT, dir.resolve("once-more"), base, sources, bagTagFiles);

    Map<String, String> built = hashes(PublishedSite.ARCHIVE);
    assertThat(built)
        .containsKeys(
            "beihai-yatsushiro-site.zip",
            "beihai-yatsushiro.warc.gz",
            "beihai-yatsushiro.cdxj",
            "beihai-yatsushiro.wacz",
            "beihai-yatsushiro-bag/bag-info.txt",
            "beihai-yatsushiro-bag/manifest-sha512.txt",
            "beihai-yatsushiro-bag/tagmanifest-sha512.txt",
            "beihai-yatsushiro-bag/bake-classpath.cdx.json");
    assertThat(hashes(dir.resolve("again"))).isEqualTo(built);
    assertThat(hashes(dir.resolve("once-more"))).isEqualTo(built);
  }

  /** The SHA-256 of every file under a folder, by relative path. */
  static Map<String, String> hashes(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        try (InputStream in = Files.newInputStream(p)) {
          MessageDigest md = MessageDigest.getInstance("SHA-256");
          out.put(
              root.relativize(p).toString().replace('\\', '/'),
              HexFormat.of().formatHex(md.digest(in.readAllBytes())));
        } catch (java.security.NoSuchAlgorithmException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return out;
  }
}
