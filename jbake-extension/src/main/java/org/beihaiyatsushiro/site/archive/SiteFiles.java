package org.beihaiyatsushiro.site.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a baked site in the one order every archive lists them: sorted by their site path,
 * so no archive depends on the order a file system happens to return. Each file is read once here,
 * and every archive is made from these bytes.
 */
final class SiteFiles {
  private SiteFiles() {}

  /**
   * Every regular file under the site's root with its bytes, sorted by path; a text file must be
   * valid UTF-8, since its Content-Type says so.
   *
   * @throws IllegalArgumentException when the folder holds no baked site (no index.html)
   * @throws IllegalStateException naming the file when a text file is not UTF-8
   */
  static List<SiteFile> of(Path siteRoot) {
    if (!Files.isRegularFile(siteRoot.resolve("index.html"))) {
      throw new IllegalArgumentException(
          "no baked site in " + siteRoot + " (no index.html): bake the site first");
    }
    List<Path> paths;
    try (Stream<Path> s = Files.walk(siteRoot)) {
      paths =
          s.filter(Files::isRegularFile)
              .sorted(Comparator.comparing(p -> sitePath(siteRoot, p)))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the site in " + siteRoot, e);
    }
    List<SiteFile> files = new ArrayList<>(paths.size());
    for (Path p : paths) {
      String path = sitePath(siteRoot, p);
      files.add(new SiteFile(path, read(path, p)));
    }
    return List.copyOf(files);
  }

  private static String sitePath(Path siteRoot, Path file) {
    return siteRoot.relativize(file).toString().replace('\\', '/');
  }

  /** A file's bytes, checked to be UTF-8 when it is text. */
  private static byte[] read(String path, Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (MediaTypes.isText(path)) {
      try {
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes));
      } catch (CharacterCodingException e) {
        throw new IllegalStateException(
            path + ": is not UTF-8 text (save the file as UTF-8; it is published as UTF-8)", e);
      }
    }
    return bytes;
  }
}
