package org.beihaiyatsushiro.site.images;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Phrase;

/**
 * The kinds of picture the site takes, each known by its file name's extension and by the first
 * bytes of the file: a {@code .jpg} whose bytes say PNG is a mistake to point at, not a file to
 * guess about.
 */
public enum ImageFormat {
  JPEG(Message.JPEG_PHOTOGRAPH, "jpg", "jpeg"),
  PNG(Message.PNG_IMAGE, "png"),
  WEBP(Message.WEBP_IMAGE, "webp"),
  SVG(Message.SVG_DRAWING, "svg");

  private final Message description;
  private final String[] extensions;

  ImageFormat(Message description, String... extensions) {
    this.description = description;
    this.extensions = extensions;
  }

  /** What the format is, in words, for messages: "JPEG photograph". */
  public Phrase description() {
    return description.with();
  }

  /** Whether the format is a drawing, published as it is, rather than a photograph to resize. */
  public boolean isDrawing() {
    return this == SVG;
  }

  /** The format a file name's extension names, if the site takes it. */
  public static Optional<ImageFormat> ofName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (ImageFormat f : values()) {
      if (Arrays.asList(f.extensions).contains(extension)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The format the first bytes of a file show, if any: the signatures the formats define (JPEG's
   * start-of-image marker, PNG's eight bytes, WebP's RIFF header), and for SVG text that starts,
   * after an optional byte-order mark and white space, with '<' (the XML parser then decides).
   */
  public static Optional<ImageFormat> sniff(byte[] bytes) {
    if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of(WEBP);
    }
    int i = startsWith(bytes, 0, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    while (i < bytes.length && Character.isWhitespace(bytes[i])) {
      i++;
    }
    if (i < bytes.length && bytes[i] == '<') {
      String head =
          new String(bytes, i, Math.min(bytes.length - i, 4096), StandardCharsets.UTF_8)
              .toLowerCase(Locale.ROOT);
      if (head.contains("<svg")) {
        return Optional.of(SVG);
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int offset, int... signature) {
    if (bytes.length < offset + signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((bytes[offset + i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
