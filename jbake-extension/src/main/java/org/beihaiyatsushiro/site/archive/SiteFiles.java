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
import org.beihaiyatsushiro.site.base.PlainFiles;
import org.beihaiyatsushiro.site.base.SitePaths;

/**
 * The files of a baked site in the one order every archive lists them: sorted by their site path,
 * so no archive depends on the order a file system happens to return. Each file is read once here,
 * and every archive is made from these bytes.
 *
 * <p>The bytes are held in memory while the archives are made: the site (about 550 KiB; 32 MiB for
 * 3 × 1000 synthetic articles) and its compressed WARC (a quarter of it) at most twice over, so
 * about twice the site's size in all. A site larger than a third of what the JVM may use is refused
 * before a file is read, with a message saying how to give it more.
 */
final class SiteFiles {
  private SiteFiles() {}

  /**
   * Every regular file under the site's root with its bytes, sorted by path; a text file must be
   * valid UTF-8, since its Content-Type says so.
   *
   * <p>Only regular files whose real path is inside the site's folder are archived. The walk
   * follows no link; a site holding a link, wherever it points, or anything else that is not a
   * regular file or folder (a named pipe, a device) is refused whole, naming every such entry, so
   * that nothing from outside the repository goes into an archive. The content check refuses links
   * among the sources, so a site baked from them holds none.
   *
   * @throws IllegalArgumentException when the folder holds no baked site (no index.html)
   * @throws IllegalStateException naming the file when a text file is not UTF-8
   * @throws UnsafeSiteException naming every link and special file the site holds
   * @throws IllegalStateException when the site is too large to hold in memory
   */
  static List<SiteFile> of(Path siteRoot) {
    return of(siteRoot, Runtime.getRuntime().maxMemory() / 3);
  }

  /**
   * Every regular file under the site's root with its bytes, as {@link #of(Path)} gives them.
   *
   * @param maxBytes the most bytes the site's files may hold in all
   */
  static List<SiteFile> of(Path siteRoot, long maxBytes) {
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
    List<Path> paths = new ArrayList<>();
    for (Path file : listing.files()) {
      if (realPathOf(file).startsWith(root)) {
        paths.add(file);
      } else {
        refused.add(sitePath(root, file) + " lies outside the site's folder");
      }
    }
    long totalBytes = listing.bytes();
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
    if (totalBytes > maxBytes) {
      throw new IllegalStateException(
          "the baked site in "
              + siteRoot
              + " holds "
              + mebibytes(totalBytes)
              + ", more than the archive can hold in this Java's memory ("
              + mebibytes(maxBytes)
              + ", a third of what it may use): nothing was archived (give the build more"
              + " memory, e.g. MAVEN_OPTS=-Xmx"
              + ((totalBytes >> 20) * 3 + 512)
              + "m)");
    }
    paths.sort(Comparator.comparing(p -> sitePath(root, p)));
    List<SiteFile> files = new ArrayList<>(paths.size());
    for (Path p : paths) {
      String path = sitePath(root, p);
      files.add(new SiteFile(path, read(path, p)));
    }
    return List.copyOf(files);
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
