package org.beihaiyatsushiro.site.sbom;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import com.github.packageurl.PackageURLBuilder;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One jar of the bake's classpath, named by its Maven coordinates.
 *
 * @param classifier the jar's classifier ({@code native} for jffi's), or empty
 * @param jar where the jar was read from
 */
public record Library(String group, String artifact, String version, String classifier, Path jar) {
  public Library {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(artifact, "artifact");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(classifier, "classifier");
    Objects.requireNonNull(jar, "jar");
  }

  /**
   * The library's package URL, as CycloneDX and vulnerability databases name it ({@code
   * pkg:maven/group/artifact@version?type=jar}), written by the package-url library.
   */
  public String purl() {
    PackageURLBuilder purl =
        PackageURLBuilder.aPackageURL()
            .withType(PackageURL.StandardTypes.MAVEN)
            .withNamespace(group)
            .withName(artifact)
            .withVersion(version)
            .withQualifier("type", "jar");
    if (!classifier.isEmpty()) {
      purl.withQualifier("classifier", classifier);
    }
    try {
      return purl.build().canonicalize();
    } catch (MalformedPackageURLException e) {
      throw new IllegalArgumentException(jar + ": no package URL for " + this, e);
    }
  }

  @Override
  public String toString() {
    return group + ":" + artifact + ":" + version + (classifier.isEmpty() ? "" : ":" + classifier);
  }
}
