package org.beihaiyatsushiro.site.sbom;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The bake's SBOM and its check, run by the bake itself: when JBake's Maven plugin bakes the site,
 * the jars of its class loader go into {@code target/sbom/bake-classpath.cdx.json} (beside the
 * baked site's folder), and the bake fails if that SBOM holds a banned version.
 *
 * <p>Outside the plugin (tests, the preview) the class loader is not the plugin's and nothing is
 * written.
 */
public final class BakeClasspathSbom {
  /** Where the SBOM goes, relative to the folder that holds the baked site's folder. */
  public static final Path FILE = Path.of("sbom", "bake-classpath.cdx.json");

  private BakeClasspathSbom() {}

  /**
   * Writes and checks the SBOM of the class loader's jars, when it is the plugin's.
   *
   * @param siteFolder the baked site's folder (target/site)
   * @return the SBOM written, or empty outside the plugin
   * @throws BannedVersionException when the SBOM holds a banned version
   */
  public static Optional<Path> record(ClassLoader loader, Path siteFolder) throws IOException {
    Optional<List<Path>> jars = Classpath.ofPluginRealm(loader);
    if (jars.isEmpty()) {
      return Optional.empty();
    }
    Path sbom = siteFolder.toAbsolutePath().getParent().resolve(FILE);
    List<Library> libraries = Classpath.of(jars.get());
    BakeSbom.write(libraries, sbom);
    check(libraries, sbom, BannedVersions.standard());
    return Optional.of(sbom);
  }

  /**
   * Fails when the libraries of the SBOM just written hold a version the list bans; the check is
   * made on the libraries in memory, not on the file read back.
   *
   * @param sbom the SBOM written from the libraries, named in each sentence
   * @throws BannedVersionException naming every banned library found
   */
  public static void check(List<Library> libraries, Path sbom, BannedVersions banned) {
    List<String> found = banned.foundIn(libraries, sbom);
    if (!found.isEmpty()) {
      throw new BannedVersionException(found);
    }
  }

  /** The bake's classpath holds a banned version. */
  public static final class BannedVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> found;

    BannedVersionException(List<String> found) {
      super(String.join("\n", found));
      this.found = List.copyOf(found);
    }

    /** One sentence per banned library. */
    public List<String> found() {
      return found;
    }
  }
}
