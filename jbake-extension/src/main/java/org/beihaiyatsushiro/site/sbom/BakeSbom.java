package org.beihaiyatsushiro.site.sbom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.Metadata;

/**
 * The bake's classpath as a CycloneDX 1.6 SBOM (JSON), written with CycloneDX's own Java library:
 * every library with its package URL and the SHA-256 of the jar that ran.
 *
 * <p>The SBOM is reproducible: no timestamp, components sorted by package URL, and a serial number
 * derived from that list, so the same classpath gives the same bytes.
 */
public final class BakeSbom {
  static final Version SPEC = Version.VERSION_16;

  /** The file beside the SBOM that remembers its jars' digests (see {@link JarDigests}). */
  static final String DIGESTS = "jar-sha256.txt";

  private BakeSbom() {}

  /** The SBOM of these libraries, in JSON, with the jars' digests taken from {@code digests}. */
  private static String json(List<Library> libraries, JarDigests digests) throws IOException {
    List<Library> sorted = inOrder(libraries);
    List<Component> components = new ArrayList<>();
    StringBuilder identity = new StringBuilder();
    for (Library library : sorted) {
      String sha256 = digests.sha256(library.jar());
      components.add(component(library, sha256));
      identity.append(library.purl()).append(' ').append(sha256).append('\n');
    }
    Bom bom = new Bom();
    bom.setSerialNumber(
        "urn:uuid:" + UUID.nameUUIDFromBytes(identity.toString().getBytes(StandardCharsets.UTF_8)));
    Metadata metadata = new Metadata();
    // A new Metadata is dated now; the SBOM describes the classpath, not the moment of the bake.
    metadata.setTimestamp(null);
    Component bake = new Component();
    bake.setType(Component.Type.APPLICATION);
    bake.setName("bake-classpath");
    bake.setDescription("The classpath JBake's Maven plugin baked the Beihai–Yatsushiro site with");
    metadata.setComponent(bake);
    bom.setMetadata(metadata);
    bom.setComponents(components);
    try {
      return BomGeneratorFactory.createJson(SPEC, bom).toJsonString() + "\n";
    } catch (GeneratorException e) {
      throw new IOException("the SBOM could not be written: " + e.getMessage(), e);
    }
  }

  /** The libraries in the order the SBOM lists them: by package URL. */
  static List<Library> inOrder(List<Library> libraries) {
    List<Library> sorted = new ArrayList<>(libraries);
    sorted.sort(Comparator.comparing(Library::purl));
    return sorted;
  }

  /**
   * Writes the SBOM of these libraries to {@code file}, replacing it. The jars' digests are
   * remembered beside it ({@link #DIGESTS}), so that the next SBOM of an unchanged classpath hashes
   * no jar again.
   */
  public static void write(List<Library> libraries, Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    JarDigests digests = JarDigests.readFrom(folder.resolve(DIGESTS));
    String json = json(libraries, digests);
    Files.createDirectories(folder);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    digests.write();
  }

  private static Component component(Library library, String sha256) {
    Component c = new Component();
    c.setType(Component.Type.LIBRARY);
    c.setGroup(library.group());
    c.setName(library.artifact());
    c.setVersion(library.version());
    c.setPurl(library.purl());
    c.setBomRef(library.purl());
    c.setHashes(List.of(new Hash(Hash.Algorithm.SHA_256, sha256)));
    return c;
  }
}
