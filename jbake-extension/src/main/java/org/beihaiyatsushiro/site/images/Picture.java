package org.beihaiyatsushiro.site.images;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One checked picture of images/: its file, what it is, the hash of its bytes and what its sidecar
 * says.
 *
 * @param name its file name, which pages use: beihai-harbour.jpg
 * @param file the file on disk
 * @param sourcePath the file as editors see it: images/beihai-harbour.jpg
 * @param format what its bytes are
 * @param sha256 the SHA-256 of its bytes, in hex: the key of its variants in the cache
 * @param sidecar its caption, credit and licence
 */
public record Picture(
    String name, Path file, String sourcePath, ImageFormat format, String sha256, Sidecar sidecar) {
  public Picture {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(sidecar, "sidecar");
  }

  /** The file name without its extension: beihai-harbour. */
  public String stem() {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
