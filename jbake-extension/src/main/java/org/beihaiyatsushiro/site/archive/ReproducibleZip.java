package org.beihaiyatsushiro.site.archive;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip file whose bytes depend only on what goes in: entries sorted by name, every entry dated
 * with one given time (written as the zip's local time, so the build machine's time zone does not
 * matter), no extra fields, a fixed compression level.
 *
 * <p>The level is zlib's default (6), not the best (9): on the site's HTML, level 9 took five times
 * the CPU for a zip 1.3 % smaller (3 × 1000 synthetic articles: 8.38 MB instead of 8.49 MB; zlib
 * compressed their files in 3.4 s of CPU at level 9, 0.7 s at level 6).
 *
 * <p>Entries are written as they are added, which must be in name order, so the zip never holds its
 * content in memory. Whether an entry is deflated or stored is decided by its name, the one rule
 * every archive follows ({@link MediaTypes#isCompressed}): a PNG or a gzip file is stored as it is,
 * since deflating it again costs time for nothing.
 */
final class ReproducibleZip implements Closeable {
  /**
   * The zlib level every archive deflates its text at (the zip's entries, the WARC's records): the
   * fastest. Against zlib's default (6), on 3 × 1000 synthetic articles the archive step took
   * 4.5–5.0 s instead of 5.4–5.6 s and 6.2–7.0 s of CPU instead of 7.7–8.2 s (three runs each, in
   * turns), for a zip 1.2 % larger (127.7 MB instead of 126.1 MB; most of it is share images,
   * stored as they are).
   */
  static final int DEFLATE_LEVEL = Deflater.BEST_SPEED;

  private final LocalDateTime time;
  private final ZipOutputStream zip;
  private String lastName;

  /** Opens the zip file, replacing whatever file was there. */
  ReproducibleZip(Path target, Instant time) throws IOException {
    Objects.requireNonNull(target, "target");
    this.time = LocalDateTime.ofInstant(Objects.requireNonNull(time, "time"), ZoneOffset.UTC);
    Files.createDirectories(target.toAbsolutePath().getParent());
    this.zip =
        new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16));
    zip.setLevel(DEFLATE_LEVEL);
  }

  /** Adds an entry holding the bytes, deflated unless they are already compressed. */
  ReproducibleZip add(String name, byte[] bytes) throws IOException {
    if (MediaTypes.isCompressed(name)) {
      CRC32 crc = new CRC32();
      crc.update(bytes);
      zip.putNextEntry(stored(name, bytes.length, crc.getValue()));
    } else {
      zip.putNextEntry(entry(name, ZipEntry.DEFLATED));
    }
    zip.write(bytes);
    zip.closeEntry();
    return this;
  }

  /**
   * Adds an entry holding a file's bytes, copied from the file, deflated unless they are already
   * compressed.
   *
   * @param size the file's size, and {@code crc} its CRC-32, known from writing it: a stored entry
   *     gives both before its bytes
   */
  ReproducibleZip add(String name, Path file, long size, long crc) throws IOException {
    zip.putNextEntry(
        MediaTypes.isCompressed(name) ? stored(name, size, crc) : entry(name, ZipEntry.DEFLATED));
    Files.copy(file, zip);
    zip.closeEntry();
    return this;
  }

  private ZipEntry stored(String name, long size, long crc) {
    ZipEntry entry = entry(name, ZipEntry.STORED);
    entry.setSize(size);
    entry.setCompressedSize(size);
    entry.setCrc(crc);
    return entry;
  }

  private ZipEntry entry(String name, int method) {
    if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("..")) {
      throw new IllegalArgumentException("not a zip entry name: '" + name + "'");
    }
    if (lastName != null && name.compareTo(lastName) <= 0) {
      throw new IllegalArgumentException(
          "zip entry added out of name order or twice: " + name + " after " + lastName);
    }
    lastName = name;
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(time);
    entry.setMethod(method);
    return entry;
  }

  /** Writes the zip's central directory and closes the file. */
  @Override
  public void close() throws IOException {
    zip.close();
  }
}
