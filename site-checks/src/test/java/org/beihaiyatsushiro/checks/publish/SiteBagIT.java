package org.beihaiyatsushiro.checks.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.exceptions.CorruptChecksumException;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.site.archive.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The BagIt bag of the site: complete and valid by bagit-java's verifier, with SHA-512 manifests
 * and a bag-info.txt that names the sources, and a single flipped byte is caught.
 */
class SiteBagIT {
  private final Path bagDir = PublishedSite.archives().bag();

  @TempDir Path dir;

  @Test
  void theBagIsValidAndHoldsEveryFileOfTheSite() throws Exception {
    Bag bag = new BagReader().read(bagDir);
    try (BagVerifier verifier = new BagVerifier()) {
      verifier.isValid(bag, false);
    }
    assertThat(bag.getVersion().toString()).isEqualTo("1.0");
    assertThat(bag.getPayLoadManifests())
        .singleElement()
        .satisfies(m -> assertThat(m.getAlgorithm().getBagitName()).isEqualTo("sha512"));
    assertThat(bag.getTagManifests())
        .singleElement()
        .satisfies(m -> assertThat(m.getAlgorithm().getBagitName()).isEqualTo("sha512"));
    List<String> payload =
        bag.getPayLoadManifests().iterator().next().getFileToChecksumMap().keySet().stream()
            .map(p -> bagDir.resolve("data").relativize(p).toString().replace('\\', '/'))
            .sorted()
            .toList();
    assertThat(payload).isEqualTo(BakedSite.files());
  }

  @Test
  void theBagCarriesTheSbomOfTheBakesClasspathInItsTagManifest() throws Exception {
    Bag bag = new BagReader().read(bagDir);
    Path sbom = bagDir.resolve("bake-classpath.cdx.json");

    // Every tag manifest (there is one, SHA-512) lists every tag file, the SBOM among them.
    assertThat(bag.getTagManifests())
        .isNotEmpty()
        .allSatisfy(
            m ->
                assertThat(m.getFileToChecksumMap().keySet())
                    .containsExactlyInAnyOrder(
                        bagDir.resolve("bagit.txt"),
                        bagDir.resolve("bag-info.txt"),
                        bagDir.resolve("manifest-sha512.txt"),
                        sbom));
    assertThat(Files.readString(sbom))
        .contains("\"bomFormat\" : \"CycloneDX\"", "pkg:maven/org.jbake/jbake-core@");
  }

  @Test
  void bagInfoNamesTheSourceCommitTheirDateAndTheSoftware() throws Exception {
    Bag bag = new BagReader().read(bagDir);
    Provenance sources = Provenance.of(BakedSite.SOURCES, System.getenv());

    assertThat(bag.getMetadata().get("Source-Commit")).containsExactly(sources.commit());
    assertThat(bag.getMetadata().get("Source-Date")).containsExactly(sources.sourceDateText());
    assertThat(bag.getMetadata().get("Bagging-Date")).containsExactly(sources.sourceDay());
    assertThat(bag.getMetadata().get("Bag-Software-Agent"))
        .singleElement()
        .asString()
        .contains("jbake-extension", "bagit-java");
    assertThat(bag.getMetadata().get("External-Identifier"))
        .containsExactly(PublishedSite.baseUrl());
    assertThat(bag.getMetadata().get("Payload-Oxum")).hasSize(1);
  }

  @Test
  void aFlippedByteInACopyOfTheBagIsDetected() throws Exception {
    Path copy = dir.resolve("bag");
    copyTree(bagDir, copy);
    Path page = copy.resolve("data/en/index.html");
    byte[] bytes = Files.readAllBytes(page);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(page, bytes);

    Bag bag = new BagReader().read(copy);
    try (BagVerifier verifier = new BagVerifier()) {
      assertThatThrownBy(() -> verifier.isValid(bag, false))
          .isInstanceOf(CorruptChecksumException.class)
          .hasMessageContaining("en/index.html");
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
