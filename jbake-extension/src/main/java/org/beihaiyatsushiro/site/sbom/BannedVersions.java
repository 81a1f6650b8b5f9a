package org.beihaiyatsushiro.site.sbom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.maven.artifact.versioning.DefaultArtifactVersion;
import org.apache.maven.artifact.versioning.InvalidVersionSpecificationException;
import org.apache.maven.artifact.versioning.VersionRange;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.parsers.JsonParser;

/**
 * Versions of libraries the bake must not run with: each a Maven version range with the
 * vulnerabilities it has. The list is {@code banned-versions.txt} beside this class; a line is
 * {@code group:artifact range why}, where the artifact may be {@code *} (every artifact of the
 * group) and the range is Maven's syntax ({@code [,2.0)} is "below 2.0").
 *
 * <p>The bake checks its own SBOM against it, so a version that comes back (a plugin update, a
 * dependency of a dependency) fails the build with the library, the vulnerability and where to
 * raise it.
 */
public final class BannedVersions {
  /** One line of the list. */
  record Ban(String group, String artifact, VersionRange range, String why) {
    boolean bans(String group, String artifact, String version) {
      return this.group.equals(group)
          && (this.artifact.equals("*") || this.artifact.equals(artifact))
          && range.containsVersion(new DefaultArtifactVersion(version));
    }
  }

  private static final String LIST = "banned-versions.txt";

  private final List<Ban> bans;

  private BannedVersions(List<Ban> bans) {
    this.bans = List.copyOf(bans);
  }

  List<Ban> bans() {
    return bans;
  }

  /** The site's list, {@code banned-versions.txt} beside this class. */
  public static BannedVersions standard() throws IOException {
    try (InputStream in = BannedVersions.class.getResourceAsStream(LIST)) {
      Objects.requireNonNull(in, LIST + " is missing from the extension's jar");
      return parse(LIST, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /**
   * Reads a list.
   *
   * @param source the list's name, for errors ({@code source:line: …})
   */
  static BannedVersions parse(String source, String text) {
    List<Ban> bans = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\\s+", 3);
      String[] ga = fields[0].split(":");
      if (fields.length < 3 || ga.length != 2) {
        throw new IllegalArgumentException(
            source
                + ":"
                + (i + 1)
                + ": not a ban (write group:artifact, a version range and why, e.g."
                + " \"org.yaml:snakeyaml [,2.0) CVE-2022-1471\")");
      }
      try {
        bans.add(new Ban(ga[0], ga[1], VersionRange.createFromVersionSpec(fields[1]), fields[2]));
      } catch (InvalidVersionSpecificationException e) {
        throw new IllegalArgumentException(
            source
                + ":"
                + (i + 1)
                + ": "
                + fields[1]
                + " is not a version range (write Maven's syntax, e.g. [,2.0) for below 2.0)");
      }
    }
    return new BannedVersions(bans);
  }

  /**
   * What an SBOM file holds that this list bans, one plain sentence each (naming the file), in the
   * SBOM's order; empty when nothing is banned.
   */
  public List<String> foundIn(Path sbom) throws IOException {
    Bom bom;
    try {
      bom = new JsonParser().parse(sbom.toFile());
    } catch (ParseException e) {
      throw new IOException(sbom + ": not a CycloneDX SBOM (" + e.getMessage() + ")", e);
    }
    List<String> found = new ArrayList<>();
    if (bom.getComponents() == null) {
      return found;
    }
    for (Component c : bom.getComponents()) {
      if (c.getGroup() != null && c.getVersion() != null) {
        found.addAll(banned(sbom, c.getGroup(), c.getName(), c.getVersion()));
      }
    }
    return found;
  }

  /**
   * What the libraries of an SBOM hold that this list bans, checked from the libraries themselves
   * (the SBOM just written from them is not read back), one plain sentence each naming the SBOM, in
   * the SBOM's order (by package URL); empty when nothing is banned.
   *
   * @param sbom the SBOM written from these libraries, named in each sentence
   */
  public List<String> foundIn(List<Library> libraries, Path sbom) {
    List<String> found = new ArrayList<>();
    for (Library library : BakeSbom.inOrder(libraries)) {
      found.addAll(banned(sbom, library.group(), library.artifact(), library.version()));
    }
    return found;
  }

  /** One sentence for each ban of a library. */
  private List<String> banned(Path sbom, String group, String artifact, String version) {
    List<String> found = new ArrayList<>();
    for (Ban ban : bans) {
      if (ban.bans(group, artifact, version)) {
        found.add(
            sbom
                + ": "
                + group
                + ":"
                + artifact
                + " "
                + version
                + " is banned, "
                + ban.why()
                + " (raise it among the JBake plugin's <dependencies> in pom.xml; see"
                + " docs/dependencies.md)");
      }
    }
    return found;
  }
}
