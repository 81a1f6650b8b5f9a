package org.beihaiyatsushiro.site.sbom;

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

  /** The library's package URL, as CycloneDX and vulnerability databases name it. */
  public String purl() {
    return "pkg:maven/"
        + group
        + "/"
        + artifact
        + "@"
        + version
        + (classifier.isEmpty() ? "?type=jar" : "?classifier=" + classifier + "&type=jar");
  }

  @Override
  public String toString() {
    return group + ":" + artifact + ":" + version + (classifier.isEmpty() ? "" : ":" + classifier);
  }
}
