package org.beihaiyatsushiro.site.archive;

import java.util.Objects;

/**
 * One file of the baked site: its path from the site's root ({@code en/index.html}, always with
 * '/') and its bytes, read once by {@link SiteFiles#read} and handed to every archive's writer. The
 * bytes are not copied: no archive may change them.
 *
 * @param path the path from the site's root, with '/' separators
 * @param bytes the file's content; a text file's is valid UTF-8
 */
record SiteFile(String path, byte[] bytes) {
  SiteFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(bytes, "bytes");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
      throw new IllegalArgumentException("not a site path: '" + path + "'");
    }
  }

  /** The Content-Type a web server sends for it. */
  String mediaType() {
    return MediaTypes.of(path);
  }
}
