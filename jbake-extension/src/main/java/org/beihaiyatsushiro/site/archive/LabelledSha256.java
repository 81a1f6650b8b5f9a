package org.beihaiyatsushiro.site.archive;

import java.security.MessageDigest;
import org.beihaiyatsushiro.site.base.Digests;

/**
 * The labelled SHA-256 the web archive's formats write ({@code sha256:} and the digest in
 * hexadecimal, from {@link Digests}).
 */
final class LabelledSha256 {
  private LabelledSha256() {}

  /**
   * The labelled SHA-256 of the bytes, as the WARC's records and the WACZ's datapackage.json give
   * it (the WARC 1.1 grammar has no room for the '=' padding a base32 SHA-256 needs).
   */
  static String of(byte[] bytes) {
    return "sha256:" + Digests.sha256Hex(bytes);
  }

  /** The labelled SHA-256 of a digest's bytes so far, as {@link #of(byte[])} gives it. */
  static String of(MessageDigest sha256) {
    return "sha256:" + Digests.hex(sha256);
  }
}
