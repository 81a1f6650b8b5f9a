package org.beihaiyatsushiro.site.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of the baked site: its path from the site's root ({@code en/index.html}, always with
 * '/') and where it lies on disk.
 *
 * @param path the path from the site's root, with '/' separators
 * @param file the file on disk
 */
public record SiteFile(String path, Path file) {
  public SiteFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(file, "file");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
      throw new IllegalArgumentException("not a site path: '" + path + "'");
    }
  }

  /** The Content-Type a web server sends for it. */
  public String mediaType() {
    return MediaTypes.of(path);
  }

  /**
   * The file's bytes; a text file must be valid UTF-8, since its Content-Type says so.
   *
   * @throws IllegalStateException naming the file when a text file is not UTF-8
   */
  public byte[] bytes() {
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
