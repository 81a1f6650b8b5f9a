package org.beihaiyatsushiro.site.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.beihaiyatsushiro.site.base.Digests;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Naming the jars of a class loader and writing their SBOM, on a small Maven repository made in a
 * temporary folder (jars are binary: they cannot be committed as fixtures).
 */
class ClasspathSbomIT {
  @TempDir Path dir;

  @Test
  void aRepositoryJarIsNamedByItsFoldersAndThePomBesideIt() throws Exception {
    Path yaml = repositoryJar("org.yaml", "snakeyaml", "2.7", "", groupPom("org.yaml"));
    Path jffi =
        repositoryJar("com.github.jnr", "jffi", "1.3.9", "native", groupPom("com.github.jnr"));
    Path inherits =
        repositoryJar(
            "org.eclipse.jetty",
            "jetty-http",
            "9.4.58.v20250814",
            "",
            parentGroupPom("org.eclipse.jetty"));

    assertThat(Classpath.of(List.of(yaml, jffi, inherits)))
        .extracting(Library::toString)
        .containsExactly(
            "org.yaml:snakeyaml:2.7",
            "com.github.jnr:jffi:1.3.9:native",
            "org.eclipse.jetty:jetty-http:9.4.58.v20250814");
    assertThat(Classpath.of(List.of(jffi)).get(0).purl())
        .isEqualTo("pkg:maven/com.github.jnr/jffi@1.3.9?classifier=native&type=jar");
  }

  @Test
  void aJarOutsideARepositoryIsNamedByItsPomProperties() throws Exception {
    Path jar = dir.resolve("jbake-extension/target/jbake-extension-1.0.0-SNAPSHOT.jar");
    writeJar(
        jar,
        "META-INF/maven/org.beihaiyatsushiro/jbake-extension/pom.properties",
        "groupId=org.beihaiyatsushiro\nartifactId=jbake-extension\nversion=1.0.0-SNAPSHOT\n");

    assertThat(Classpath.of(List.of(jar)))
        .extracting(Library::toString)
        .containsExactly("org.beihaiyatsushiro:jbake-extension:1.0.0-SNAPSHOT");
  }

  @Test
  void anEntryThatCannotBeNamedIsAnErrorNamingIt() throws Exception {
    Path classes = Files.createDirectories(dir.resolve("target/classes"));

    assertThatThrownBy(() -> Classpath.of(List.of(classes)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(classes + ": cannot name this classpath entry");
  }

  @Test
  void aPomWhoseGroupIsNotItsFolderIsAnError() throws Exception {
    Path jar = repositoryJar("org.yaml", "snakeyaml", "2.7", "", groupPom("org.other"));

    assertThatThrownBy(() -> Classpath.of(List.of(jar)))
        .hasMessageContaining("the pom names group org.other, which is not the folder it is in");
  }

  @Test
  void theSbomListsEveryJarWithItsPurlAndHashAndIsTheSameEachTime() throws Exception {
    Path yaml = repositoryJar("org.yaml", "snakeyaml", "2.7", "", groupPom("org.yaml"));
    Path core = repositoryJar("org.jbake", "jbake-core", "2.7.0", "", groupPom("org.jbake"));
    Path first = dir.resolve("first.cdx.json");
    Path second = dir.resolve("second.cdx.json");

    BakeSbom.write(Classpath.of(List.of(yaml, core)), first);
    BakeSbom.write(Classpath.of(List.of(core, yaml)), second);

    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    String json = Files.readString(first);
    assertThat(json).doesNotContain("timestamp").contains("\"specVersion\" : \"1.6\"");
    Bom bom = new JsonParser().parse(first.toFile());
    assertThat(bom.getSerialNumber()).startsWith("urn:uuid:");
    assertThat(bom.getComponents())
        .extracting(Component::getPurl)
        .containsExactly(
            "pkg:maven/org.jbake/jbake-core@2.7.0?type=jar",
            "pkg:maven/org.yaml/snakeyaml@2.7?type=jar");
    assertThat(bom.getComponents().get(1).getHashes())
        .singleElement()
        .satisfies(h -> assertThat(h.getValue()).hasSize(64));
  }

  @Test
  void aJarsDigestIsRememberedBesideTheSbomUntilTheJarChanges() throws Exception {
    Path yaml = repositoryJar("org.yaml", "snakeyaml", "2.7", "", groupPom("org.yaml"));
    Path sbom = dir.resolve("sbom/bake-classpath.cdx.json");
    Path remembered = sbom.resolveSibling(BakeSbom.DIGESTS);

    BakeSbom.write(Classpath.of(List.of(yaml)), sbom);
    String real = Digests.sha256Hex(Files.readAllBytes(yaml));
    assertThat(hashIn(sbom)).isEqualTo(real);
    assertThat(Files.readString(remembered))
        .isEqualTo(real + " " + Files.size(yaml) + " " + modified(yaml) + " " + yaml + "\n");

    // An unchanged jar is not read again: the SBOM takes the remembered digest.
    String forged = "0".repeat(64);
    Files.writeString(remembered, Files.readString(remembered).replace(real, forged));
    BakeSbom.write(Classpath.of(List.of(yaml)), sbom);
    assertThat(hashIn(sbom)).isEqualTo(forged);

    // A changed jar is hashed again.
    writeJar(yaml, "README", "snakeyaml 2.7, rebuilt with other bytes");
    BakeSbom.write(Classpath.of(List.of(yaml)), sbom);
    String changed = Digests.sha256Hex(Files.readAllBytes(yaml));
    assertThat(changed).isNotEqualTo(real);
    assertThat(hashIn(sbom)).isEqualTo(changed);

    // A file not of the expected form is ignored, and written anew.
    Files.writeString(remembered, "not a digest\n" + forged + " x y " + yaml + "\n");
    BakeSbom.write(Classpath.of(List.of(yaml)), sbom);
    assertThat(hashIn(sbom)).isEqualTo(changed);
    assertThat(Files.readString(remembered)).startsWith(changed + " ");
  }

  private static String hashIn(Path sbom) throws Exception {
    Bom bom = new JsonParser().parse(sbom.toFile());
    return bom.getComponents().get(0).getHashes().get(0).getValue();
  }

  private static long modified(Path file) throws IOException {
    return Files.getLastModifiedTime(file).toMillis();
  }

  @Test
  void inThePluginsClassLoaderTheBakeWritesTheSbomBesideTheSiteAndFailsOnABannedVersion()
      throws Exception {
    Path site = Files.createDirectories(dir.resolve("target/site"));
    Path raised = repositoryJar("org.yaml", "snakeyaml", "2.7", "", groupPom("org.yaml"));
    try (URLClassLoader realm = loader(raised)) {
      assertThat(BakeClasspathSbom.record(realm, site))
          .contains(dir.resolve("target/sbom/bake-classpath.cdx.json").toAbsolutePath());
    }

    Path vulnerable = repositoryJar("org.yaml", "snakeyaml", "1.30", "", groupPom("org.yaml"));
    try (URLClassLoader realm = loader(vulnerable)) {
      assertThatThrownBy(() -> BakeClasspathSbom.record(realm, site))
          .isInstanceOf(BakeClasspathSbom.BannedVersionException.class)
          .hasMessageContaining("org.yaml:snakeyaml 1.30 is banned, CVE-2022-1471");
    }
  }

  @Test
  void outsideThePluginNothingIsWritten() throws Exception {
    Path site = Files.createDirectories(dir.resolve("target/site"));

    assertThat(BakeClasspathSbom.record(ClassLoader.getSystemClassLoader(), site)).isEmpty();
    assertThat(dir.resolve("target/sbom")).doesNotExist();
  }

  private URLClassLoader loader(Path jar) throws IOException {
    return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
  }

  private Path repositoryJar(
      String group, String artifact, String version, String classifier, String pom)
      throws IOException {
    Path folder =
        dir.resolve("repository")
            .resolve(group.replace('.', '/'))
            .resolve(artifact)
            .resolve(version);
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve(artifact + "-" + version + ".pom"), pom, StandardCharsets.UTF_8);
    Path jar =
        folder.resolve(
            artifact + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + ".jar");
    writeJar(jar, "README", artifact + " " + version);
    return jar;
  }

  private static String groupPom(String group) {
    return "<project><modelVersion>4.0.0</modelVersion><groupId>" + group + "</groupId></project>";
  }

  private static String parentGroupPom(String group) {
    return "<project><parent><groupId>"
        + group
        + "</groupId></parent><artifactId>x</artifactId></project>";
  }

  private static void writeJar(Path jar, String entry, String text) throws IOException {
    Files.createDirectories(jar.getParent());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry(entry));
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
  }
}
