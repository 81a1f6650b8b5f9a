package org.beihaiyatsushiro.site.sbom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.beihaiyatsushiro.site.base.Digests;

/**
 * The SHA-256 of the classpath's jars, remembered from one bake to the next in a file beside the
 * SBOM, so that a bake whose classpath has not changed hashes none of its jars again (hashing the
 * plugin's 40 MiB of jars took about a second of every bake).
 *
 * <p>A remembered digest is used only for a jar at the same absolute path with the same size and
 * the same time of last change; any other jar is hashed. Each line of the file holds the digest,
 * the size in bytes, the time of last change in milliseconds and the path, separated by single
 * spaces. A file that cannot be read, or a line that is not of that form, is ignored: the jars it
 * would have named are hashed again.
 */
final class JarDigests {
  private final Path file;
  private final Map<String, Remembered> remembered;
  private final Map<String, Remembered> used = new TreeMap<>();

  private record Remembered(String sha256, long size, long modified) {}

  private JarDigests(Path file, Map<String, Remembered> remembered) {
    this.file = file;
    this.remembered = remembered;
  }

  /** The digests remembered in {@code file}; none when it is missing or unreadable. */
  static JarDigests readFrom(Path file) {
    Map<String, Remembered> remembered = new TreeMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // Missing (the first bake) or unreadable: every jar is hashed.
      lines = List.of();
    }
    for (String line : lines) {
      String[] parts = line.split(" ", 4);
      if (parts.length != 4 || !parts[0].matches("[0-9a-f]{64}")) {
        continue;
      }
      try {
        remembered.put(
            parts[3], new Remembered(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2])));
      } catch (NumberFormatException e) {
        // Not a line of this file's form: the jar is hashed again.
      }
    }
    return new JarDigests(file, remembered);
  }

  /** The SHA-256 of the jar in hexadecimal: remembered when the jar is unchanged, else hashed. */
  String sha256(Path jar) throws IOException {
    Path absolute = jar.toAbsolutePath();
    String key = absolute.toString();
    long size = Files.size(absolute);
    long modified = Files.getLastModifiedTime(absolute).toMillis();
    Remembered known = remembered.get(key);
    if (known == null || known.size() != size || known.modified() != modified) {
      known = new Remembered(hash(absolute), size, modified);
    }
    used.put(key, known);
    return known.sha256();
  }

  /** Writes the digests this bake used (and only those) back to the file. */
  void write() throws IOException {
    List<String> lines = new ArrayList<>();
    used.forEach(
        (path, r) -> lines.add(r.sha256() + " " + r.size() + " " + r.modified() + " " + path));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static String hash(Path jar) throws IOException {
    MessageDigest digest = Digests.sha256Digest();
    try (var in = Files.newInputStream(jar)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return Digests.hex(digest);
  }
}
