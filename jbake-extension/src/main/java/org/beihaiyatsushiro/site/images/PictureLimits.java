package org.beihaiyatsushiro.site.images;

import java.util.List;

/**
 * The stated limits of the pictures pipeline, in one place for the code, the messages and the
 * editors' guides.
 */
public final class PictureLimits {
  /** The largest original images/ may hold: 20 MiB, more than any camera's JPEG. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  /**
   * The most pixels an original may have: 40 million (a 7,700 × 5,200 photograph). Decoding one
   * takes 160 MB of memory; a scan beyond this is made smaller before it is added.
   */
  public static final long MAX_PIXELS = 40_000_000L;

  /** The longest side an original may have, in pixels. */
  public static final int MAX_SIDE = 12_000;

  /** The widths of the variants, never more than the original's own width. */
  public static final List<Integer> WIDTHS = List.of(480, 960, 1440);

  /** The WebP variants' quality (libwebp's 0–100 scale). */
  static final float WEBP_QUALITY = 0.80f;

  /** The JPEG fallbacks' quality (the JDK encoder's 0–1 scale). */
  static final float JPEG_QUALITY = 0.82f;

  /**
   * What a variant depends on besides the original's bytes: changing any setting above changes
   * this, and so every variant's cache key and name.
   */
  static final String RECIPE =
      "v1 widths=" + WIDTHS + " webp=" + WEBP_QUALITY + " jpeg=" + JPEG_QUALITY;

  /**
   * The {@code sizes} attribute of every photograph: a picture is at most as wide as the text
   * column ({@code --measure} in site.css, under 40rem in every language) and fills the screen
   * below that. A 1280 px screen thus loads the 960 px variant.
   */
  public static final String SIZES = "(min-width: 42rem) 40rem, 100vw";

  private PictureLimits() {}
}
