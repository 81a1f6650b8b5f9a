package org.beihaiyatsushiro.site.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.beihaiyatsushiro.site.base.PlainFiles;
import org.beihaiyatsushiro.site.base.SitePaths;

/**
 * The files of a baked site in the one order every archive lists them: sorted by their site path,
 * so no archive depends on the order a file system happens to return. The site is listed and
 * checked whole before anything is written; then {@link #read} reads each file once, in that order,
 * for every archive to be made from the same bytes.
 *
 * <p>The files are not held in memory together: the archive hands each one to its writers as it is
 * read ({@link FileHandoff}). Only one file must fit in memory whole, so a file larger than a
 * quarter of what the JVM may use is refused before anything is read, with a message saying how to
 * give it more.
 */
final class SiteFiles {
  /**
   * A file of the site, listed but not read.
   *
   * @param path its path from the site's root, with '/' separators
   * @param file where it lies
   */
  record Listed(String path, Path file) {}

  private final List<Listed> files;

  private SiteFiles(List<Listed> files) {
    this.files = List.copyOf(files);
  }

  /** The files, sorted by site path. */
  List<Listed> files() {
    return files;
  }

  /** The site path of every file. */
  Set<String> sitePaths() {
    return files.stream().map(Listed::path).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Every regular file under the site's root, sorted by path.
   *
   * <p>Only regular files whose real path is inside the site's folder are archived. The walk
   * follows no link; a site holding a link, wherever it points, or anything else that is not a
   * regular file or folder (a named pipe, a device) is refused whole, naming every such entry, so
   * that nothing from outside the repository goes into an archive. The content check refuses links
   * among the sources, so a site baked from them holds none.
   *
   * @throws IllegalArgumentException when the folder holds no baked site (no index.html)
   * @throws UnsafeSiteException naming every link and special file the site holds
   * @throws IllegalStateException naming the file when a file is too large to hold in memory
   */
  static SiteFiles of(Path siteRoot) {
    return of(siteRoot, Runtime.getRuntime().maxMemory() / 4);
  }

  /**
   * Every regular file under the site's root, as {@link #of(Path)} lists them.
   *
   * @param maxFileBytes the most bytes one file may hold
   */
  static SiteFiles of(Path siteRoot, long maxFileBytes) {
    if (!Files.isRegularFile(siteRoot.resolve(SitePaths.CHOOSER))) {
      throw new IllegalArgumentException(
          "no baked site in " + siteRoot + " (no index.html): bake the site first");
    }
    Path root;
    try {
      root = siteRoot.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the site in " + siteRoot, e);
    }
    // The site's one rule for plain files (base.PlainFiles), as the sources' check uses it.
    PlainFiles.Listing listing = PlainFiles.list(root);
    List<String> refused = new ArrayList<>();
    for (PlainFiles.Refused r : listing.refused()) {
      String path = sitePath(root, r.entry());
      refused.add(
          switch (r.refusal()) {
            case LINK -> path + " is a symbolic link to " + r.detail();
            case SPECIAL -> path + " is neither a file nor a folder (a pipe, socket or device)";
            case UNREADABLE -> path + " cannot be read (" + r.detail() + ")";
          });
    }
    List<Listed> files = new ArrayList<>();
    for (Path file : listing.files()) {
      if (realPathOf(file).startsWith(root)) {
        files.add(new Listed(sitePath(root, file), file));
      } else {
        refused.add(sitePath(root, file) + " lies outside the site's folder");
      }
    }
    if (!refused.isEmpty()) {
      refused.sort(null);
      throw new UnsafeSiteException(
          "the baked site in "
              + siteRoot
              + " holds what no archive may hold, so nothing was archived:\n  "
              + String.join("\n  ", refused)
              + "\n(only regular files inside the site's folder are archived: bake again from"
              + " sources that ./check-content passes)");
    }
    files.sort(Comparator.comparing(Listed::path));
    for (Listed f : files) {
      long size = sizeOf(f.file());
      if (size > maxFileBytes) {
        throw new IllegalStateException(
            f.path()
                + ": holds "
                + mebibytes(size)
                + ", more than the archive can hold in this Java's memory at once ("
                + mebibytes(maxFileBytes)
                + ", a quarter of what it may use): nothing was archived (give the build more"
                + " memory, e.g. MAVEN_OPTS=-Xmx"
                + ((size >> 20) * 4 + 512)
                + "m)");
      }
    }
    return new SiteFiles(files);
  }

  /**
   * Reads a listed file, checked to be UTF-8 when it is text, since its Content-Type says so.
   *
   * @throws IllegalStateException naming the file when a text file is not UTF-8
   * @throws UncheckedIOException naming the file when it cannot be read
   */
  static SiteFile read(Listed listed) {
    return new SiteFile(listed.path(), read(listed.path(), listed.file()));
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static Path realPathOf(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String mebibytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20));
  }

  private static String sitePath(Path siteRoot, Path file) {
    return siteRoot.relativize(file).toString().replace('\\', '/');
  }

  /** A file's bytes, checked to be UTF-8 when it is text. */
  private static byte[] read(String path, Path file) {
    byte[] bytes;
    try {
      // Opened without following a link, should one have taken a file's place since the walk.
      try (var in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        bytes = in.readAllBytes();
      }
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
