package org.beihaiyatsushiro.site.archive;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hash digests in lower-case hexadecimal, the form the archives' manifests and records use. */
final class Digests {
  private Digests() {}

  /**
   * The labelled SHA-256 of the bytes, {@code sha256:} and the digest in hexadecimal, as the WARC's
   * records and the WACZ's datapackage.json give it (the WARC 1.1 grammar has no room for the '='
   * padding a base32 SHA-256 needs).
   */
  static String sha256(byte[] bytes) {
    return "sha256:" + hex("SHA-256", bytes);
  }

  /** A new SHA-256 digest, for bytes that come in parts. */
  static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
  }

  /** The labelled SHA-256 of a digest's bytes so far, as {@link #sha256(byte[])} gives it. */
  static String sha256(MessageDigest sha256) {
    return "sha256:" + HexFormat.of().formatHex(sha256.digest());
  }

  /**
   * The digest of the bytes in hexadecimal.
   *
   * @param algorithm a {@link MessageDigest} algorithm name, such as {@code SHA-512}
   */
  static String hex(String algorithm, byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no " + algorithm, e);
    }
  }
}
