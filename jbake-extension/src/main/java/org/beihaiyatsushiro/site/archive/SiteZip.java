package org.beihaiyatsushiro.site.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The site as one zip file to keep or pass on: unpacked anywhere, its folder's index.html opens the
 * site from disk, since every link in it is relative and names a file.
 */
final class SiteZip {
  private SiteZip() {}

  /**
   * Writes the files into {@code target}, each under {@code folder/}, as they come: sorted by path.
   * A file already compressed (a PNG, a WebP) is stored, every other file deflated.
   *
   * @param folder the one folder the zip unpacks into
   * @param time the date of every entry (the source date)
   */
  static void write(Iterable<SiteFile> files, String folder, Instant time, Path target)
      throws IOException {
    try (ReproducibleZip zip = new ReproducibleZip(target, time)) {
      for (SiteFile f : files) {
        zip.add(folder + "/" + f.path(), f.bytes());
      }
    }
  }
}
