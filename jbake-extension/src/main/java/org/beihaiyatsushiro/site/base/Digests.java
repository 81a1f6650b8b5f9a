package org.beihaiyatsushiro.site.base;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hash digests in lower-case hexadecimal: the names of the image caches, the archives' manifests
 * and records, the SBOM's hashes. Every JDK has the algorithms used here.
 */
public final class Digests {
  private Digests() {}

  /** The SHA-256 of the bytes in hexadecimal. */
  public static String sha256Hex(byte[] bytes) {
    return hex("SHA-256", bytes);
  }

  /**
   * The digest of the bytes in hexadecimal.
   *
   * @param algorithm a {@link MessageDigest} algorithm name, such as {@code SHA-512}
   */
  public static String hex(String algorithm, byte[] bytes) {
    return HexFormat.of().formatHex(digest(algorithm).digest(bytes));
  }

  /** A new SHA-256 digest, for bytes that come in parts. */
  public static MessageDigest sha256Digest() {
    return digest("SHA-256");
  }

  /** What a digest has taken in so far, in hexadecimal (the digest starts again). */
  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no " + algorithm, e);
    }
  }
}
