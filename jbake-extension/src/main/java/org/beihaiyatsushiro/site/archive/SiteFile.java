package org.beihaiyatsushiro.site.archive;

import java.util.Objects;

/**
 * One file of the baked site: its path from the site's root ({@code en/index.html}, always with
 * '/'), its bytes and their SHA-256, read once by {@link SiteFiles#read} and handed to every
 * archive's writer. The bytes are not copied: no archive may change them.
 *
 * @param path the path from the site's root, with '/' separators
 * @param bytes the file's content; a text file's is valid UTF-8
 * @param sha256 the labelled SHA-256 of the bytes ({@link LabelledSha256#of}), the WARC record's
 *     payload digest; computed where the file is made, on the reader's thread, so that the WARC's
 *     writer, the archive's busiest, has one digest less to compute
 */
record SiteFile(String path, byte[] bytes, String sha256) {
  SiteFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(sha256, "sha256");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
      throw new IllegalArgumentException("not a site path: '" + path + "'");
    }
  }

  /** The file with its bytes' SHA-256 computed now. */
  SiteFile(String path, byte[] bytes) {
    this(path, bytes, LabelledSha256.of(bytes));
  }

  /** The Content-Type a web server sends for it. */
  String mediaType() {
    return MediaTypes.of(path);
  }
}
