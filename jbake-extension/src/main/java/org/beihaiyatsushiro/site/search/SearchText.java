package org.beihaiyatsushiro.site.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * The one normal form in which the index and every query compare text: Unicode NFKC, then case
 * folded (upper-cased, then lower-cased, so ß and SS both become ss).
 *
 * <p>NFKC makes full-width and half-width forms the same character (ＡＢＣ and ABC, ｶﾀｶﾅ and カタカナ,
 * １９９６ and 1996), so a reader finds the text however their keyboard writes it. The query script
 * (assets/js/search.js) applies exactly these steps; the shared cases in search-cases.json keep the
 * two in step.
 */
public final class SearchText {
  private SearchText() {}

  /** The text in the normal form of the index. */
  public static String fold(String text) {
    Objects.requireNonNull(text, "text");
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .toUpperCase(Locale.ROOT)
        .toLowerCase(Locale.ROOT);
  }
}
