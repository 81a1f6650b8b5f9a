package org.beihaiyatsushiro.site.sbom;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The jars a class loader runs with, each named by its Maven coordinates.
 *
 * <p>JBake's Maven plugin runs the bake in a class loader of its own (Maven's plugin realm, a
 * {@link URLClassLoader}) holding exactly the jars Maven resolved for the plugin: the plugin's
 * dependencies with the versions the site's pom.xml raises. That list is the bake's classpath as it
 * runs. A jar from a Maven repository is named by its folder ({@code group/path/artifact/version/})
 * and the group in the pom beside it; a jar from elsewhere (the extension's own, built in this
 * reactor) by the one {@code META-INF/maven/…/pom.properties} it holds.
 */
public final class Classpath {
  private Classpath() {}

  /**
   * The jars of JBake's plugin realm, when the given class loader is one; empty in any other class
   * loader (tests, the editors' commands), whose classpath is not the bake's.
   */
  public static Optional<List<Path>> ofPluginRealm(ClassLoader loader) {
    if (!(loader instanceof URLClassLoader urls)) {
      return Optional.empty();
    }
    List<Path> jars = new ArrayList<>();
    for (URL url : urls.getURLs()) {
      try {
        jars.add(Path.of(url.toURI()));
      } catch (URISyntaxException | IllegalArgumentException e) {
        throw new IllegalStateException(
            "the bake's classpath has an entry that is no file: " + url);
      }
    }
    return Optional.of(jars);
  }

  /**
   * Names every jar.
   *
   * @throws IllegalArgumentException naming the first entry that is no jar of a Maven repository
   *     and carries no pom.properties of its own
   */
  public static List<Library> of(List<Path> jars) throws IOException {
    List<Library> libraries = new ArrayList<>();
    for (Path jar : jars) {
      libraries.add(name(jar));
    }
    return libraries;
  }

  static Library name(Path jar) throws IOException {
    Optional<Library> inRepository = fromRepositoryLayout(jar);
    if (inRepository.isPresent()) {
      return inRepository.get();
    }
    if (Files.isRegularFile(jar)) {
      Optional<Library> described = fromPomProperties(jar);
      if (described.isPresent()) {
        return described.get();
      }
    }
    throw new IllegalArgumentException(
        jar
            + ": cannot name this classpath entry (it is neither a jar of a Maven repository nor a"
            + " jar with one META-INF/maven/…/pom.properties; build the jar with Maven)");
  }

  /**
   * {@code …/group/path/artifact/version/artifact-version[-classifier].jar} with {@code
   * artifact-version.pom} beside it, whose group matches the folders.
   */
  private static Optional<Library> fromRepositoryLayout(Path jar) throws IOException {
    Path versionDir = jar.getParent();
    Path artifactDir = versionDir == null ? null : versionDir.getParent();
    if (artifactDir == null || artifactDir.getFileName() == null) {
      return Optional.empty();
    }
    String version = versionDir.getFileName().toString();
    String artifact = artifactDir.getFileName().toString();
    String stem = artifact + "-" + version;
    String file = jar.getFileName().toString();
    Path pom = versionDir.resolve(stem + ".pom");
    if (!file.startsWith(stem) || !file.endsWith(".jar") || !Files.isRegularFile(pom)) {
      return Optional.empty();
    }
    String rest = file.substring(stem.length(), file.length() - ".jar".length());
    if (!rest.isEmpty() && !rest.startsWith("-")) {
      return Optional.empty();
    }
    String classifier = rest.isEmpty() ? "" : rest.substring(1);
    String group = groupOf(pom);
    Path groupDir = artifactDir.getParent();
    if (groupDir == null || !groupDir.endsWith(Path.of("", group.split("\\.")))) {
      throw new IllegalArgumentException(
          pom + ": the pom names group " + group + ", which is not the folder it is in");
    }
    return Optional.of(new Library(group, artifact, version, classifier, jar));
  }

  private static Optional<Library> fromPomProperties(Path jar) throws IOException {
    try (JarFile j = new JarFile(jar.toFile())) {
      List<JarEntry> descriptions =
          j.stream()
              .filter(e -> e.getName().startsWith("META-INF/maven/"))
              .filter(e -> e.getName().endsWith("/pom.properties"))
              .toList();
      if (descriptions.size() != 1) {
        return Optional.empty();
      }
      Properties p = new Properties();
      try (InputStream in = j.getInputStream(descriptions.get(0))) {
        p.load(in);
      }
      String group = p.getProperty("groupId");
      String artifact = p.getProperty("artifactId");
      String version = p.getProperty("version");
      if (group == null || artifact == null || version == null) {
        return Optional.empty();
      }
      return Optional.of(new Library(group, artifact, version, "", jar));
    }
  }

  /** The pom's own groupId, or its parent's when it inherits the group. */
  private static String groupOf(Path pom) throws IOException {
    Element project;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setNamespaceAware(false);
      project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(pom + ": not a readable pom (" + e.getMessage() + ")", e);
    }
    Optional<String> own = childText(project, "groupId");
    if (own.isPresent()) {
      return own.get();
    }
    return child(project, "parent")
        .flatMap(parent -> childText(parent, "groupId"))
        .orElseThrow(() -> new IOException(pom + ": the pom names no groupId"));
  }

  private static Optional<Element> child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> childText(Element parent, String name) {
    return child(parent, name).map(e -> e.getTextContent().strip());
  }
}
