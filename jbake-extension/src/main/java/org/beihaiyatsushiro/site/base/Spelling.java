package org.beihaiyatsushiro.site.base;

import java.util.Collection;
import java.util.Optional;

/**
 * The "did you mean" of every message about an unknown name (a front-matter field, a sidecar's key,
 * a licence): the known name nearest to a misspelt one, when it is near enough to be a typo.
 */
public final class Spelling {
  private Spelling() {}

  /**
   * The known word nearest to {@code unknown}, ignoring case, if at most a third of its letters
   * (and at least two) differ; the first of equally near ones.
   */
  public static Optional<String> closest(String unknown, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(unknown.toLowerCase(), k.toLowerCase());
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best != null && bestDistance <= Math.max(2, unknown.length() / 3)
        ? Optional.of(best)
        : Optional.empty();
  }

  /** Levenshtein distance: edits to turn one word into another. */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
