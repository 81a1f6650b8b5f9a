package org.beihaiyatsushiro.site.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The site as one zip file to keep or pass on: unpacked anywhere, its folder's index.html opens the
 * site from disk, since every link in it is relative and names a file.
 */
final class SiteZip {
  private SiteZip() {}

  /**
   * Writes the files into {@code target}, each under {@code folder/}.
   *
   * @param folder the one folder the zip unpacks into
   * @param time the date of every entry (the source date)
   */
  static void write(List<SiteFile> files, String folder, Instant time, Path target)
      throws IOException {
    try (ReproducibleZip zip = new ReproducibleZip(target, time)) {
      for (SiteFile f : files) {
        zip.deflated(folder + "/" + f.path(), f.bytes());
      }
    }
  }
}
