package org.beihaiyatsushiro.site.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Problems;

/**
 * The text of a source file, decoded strictly as UTF-8.
 *
 * <p>A byte order mark is dropped and CRLF or CR line endings become LF, so that editors on any
 * system write the same article. Bytes that are not UTF-8 are reported with the line they sit on,
 * instead of turning silently into replacement characters.
 */
public final class SourceText {
  private static final char BOM = '\uFEFF';

  private SourceText() {}

  /**
   * Decodes the bytes of a file.
   *
   * @return the text, or empty after recording a problem against {@code path}
   */
  public static Optional<String> decode(byte[] bytes, String path, Problems problems) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(path, "path");
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        boolean crlf = bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n';
        if (bytes[i] == '\n' || (bytes[i] == '\r' && !crlf)) {
          line++;
        }
      }
      problems.add(path, line, Message.NOT_UTF8.with(), Message.HINT_SAVE_AS_UTF8.with());
      return Optional.empty();
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    if (!text.isEmpty() && text.charAt(0) == BOM) {
      text = text.substring(1);
    }
    return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
  }
}
