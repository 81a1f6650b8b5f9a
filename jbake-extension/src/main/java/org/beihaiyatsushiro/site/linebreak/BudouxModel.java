package org.beihaiyatsushiro.site.linebreak;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A BudouX model and its parser: where a sentence of Chinese or Japanese may break between phrases.
 *
 * <p>BudouX (Apache-2.0, by Google) scores each place between two characters with the weights its
 * model gives to the characters around it (one, two and three at a time); a place with a positive
 * score is a phrase boundary. This is a line-for-line port of {@code Parser.parseBoundaries} of the
 * npm package budoux 0.9.2 (no Java port is published on Maven Central); the models are that
 * package's, as JSON beside this class, with its licence (BUDOUX-NOTICE, BUDOUX-LICENSE). Positions
 * are UTF-16 indexes, as in JavaScript.
 */
public final class BudouxModel {
  private static final String[] FEATURES = {
    "UW1", "UW2", "UW3", "UW4", "UW5", "UW6", "BW1", "BW2", "BW3", "TW1", "TW2", "TW3", "TW4"
  };

  /** The characters before and after position i that each feature reads: [from, to) offsets. */
  private static final int[][] SPANS = {
    {-3, -2}, {-2, -1}, {-1, 0}, {0, 1}, {1, 2}, {2, 3}, {-2, 0}, {-1, 1}, {0, 2}, {-3, 0}, {-2, 1},
    {-1, 2}, {0, 3}
  };

  /** Each feature's weights, by the one to three UTF-16 characters it reads ({@link #key}). */
  private final WeightTable[] weights;

  private final long totalWeight;

  private BudouxModel(Map<String, Map<String, Integer>> model) {
    if (!List.of(FEATURES).containsAll(model.keySet())) {
      throw new IllegalArgumentException(
          "a BudouX model with an unknown feature: " + model.keySet());
    }
    weights = new WeightTable[FEATURES.length];
    long sum = 0;
    for (int f = 0; f < FEATURES.length; f++) {
      Map<Long, Integer> feature = new HashMap<>();
      for (Map.Entry<String, Integer> e : model.getOrDefault(FEATURES[f], Map.of()).entrySet()) {
        String chars = e.getKey();
        if (chars.isEmpty() || chars.length() > 3) {
          throw new IllegalArgumentException(
              "a BudouX model with a key of " + chars.length() + " characters: " + FEATURES[f]);
        }
        feature.put(key(chars, 0, chars.length()), e.getValue());
        sum += e.getValue();
      }
      weights[f] = new WeightTable(feature);
    }
    totalWeight = sum;
  }

  /**
   * One to three characters of a text as a number: their count, then each character's 16 bits.
   * Never 0, which {@link WeightTable} keeps for an empty slot.
   */
  static long key(CharSequence text, int from, int to) {
    long key = to - from;
    for (int i = from; i < to; i++) {
      key = (key << 16) | text.charAt(i);
    }
    return key;
  }

  /** The Japanese model, read once for every bake of the JVM (the preview bakes many times). */
  public static BudouxModel japanese() {
    return Bundled.JAPANESE;
  }

  /** The Simplified Chinese model, read once. */
  public static BudouxModel simplifiedChinese() {
    return Bundled.SIMPLIFIED_CHINESE;
  }

  /** The models beside this class, read when first asked for. */
  private static final class Bundled {
    static final BudouxModel JAPANESE = load("budoux-ja.json");
    static final BudouxModel SIMPLIFIED_CHINESE = load("budoux-zh-hans.json");
  }

  static BudouxModel load(String resource) {
    try (InputStream in = BudouxModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "the BudouX model " + resource + " is not on the classpath");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        Map<String, Map<String, Integer>> model =
            new Gson().fromJson(reader, new TypeToken<Map<String, Map<String, Integer>>>() {});
        return new BudouxModel(model);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the BudouX model " + resource, e);
    }
  }

  /**
   * The phrase boundaries of a sentence: the positions (1 to length − 1) before which a new phrase
   * begins, in order.
   */
  public List<Integer> boundaries(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    List<Integer> result = new ArrayList<>();
    for (int i = 1; i < sentence.length(); i++) {
      // BudouX starts each score at -0.5 × the sum of all weights; doubled, it stays an integer.
      long score = -totalWeight;
      for (int f = 0; f < FEATURES.length; f++) {
        // JavaScript's substring: the span clamped to the sentence, never reversed.
        int from = Math.max(0, Math.min(i + SPANS[f][0], sentence.length()));
        int to = Math.max(0, Math.min(i + SPANS[f][1], sentence.length()));
        if (from < to) {
          score += 2L * weights[f].weight(key(sentence, from, to));
        }
      }
      if (score > 0) {
        result.add(i);
      }
    }
    return result;
  }

  /** The weight a feature gives to the characters of a {@link #key}: 0 when it gives none. */
  int weight(String feature, long key) {
    return weights[List.of(FEATURES).indexOf(feature)].weight(key);
  }

  /**
   * One feature's weights as an open-addressing hash table of primitives (linear probing, at most
   * half full): the parser looks up thirteen keys for every character of a page, and a lookup here
   * reads a slot or a few, where a binary search of the sorted keys read ten (it was a tenth of a
   * large bake's CPU time). Written here rather than taken from a library of primitive collections:
   * the one on the bake's classpath (HPPC) comes, pinned to an old version, with JBake's OrientDB,
   * and this table is built once and only read.
   */
  static final class WeightTable {
    private final long[] keys;
    private final int[] weights;
    private final int mask;
    private final int shift;

    WeightTable(Map<Long, Integer> entries) {
      int slots = Integer.highestOneBit(Math.max(2, entries.size()) * 2 - 1) << 1;
      keys = new long[slots];
      weights = new int[slots];
      mask = slots - 1;
      shift = Long.numberOfLeadingZeros(mask);
      for (Map.Entry<Long, Integer> e : entries.entrySet()) {
        long key = e.getKey();
        if (key == 0) {
          throw new IllegalArgumentException("0 is no key of a weight table");
        }
        int at = slot(key);
        while (keys[at] != 0) {
          at = (at + 1) & mask;
        }
        keys[at] = key;
        weights[at] = e.getValue();
      }
    }

    /** The key's weight, 0 when the table has none for it. */
    int weight(long key) {
      for (int at = slot(key); ; at = (at + 1) & mask) {
        long k = keys[at];
        if (k == key) {
          return weights[at];
        }
        if (k == 0) {
          return 0;
        }
      }
    }

    /** The key's first slot: the top bits of the key times 2^64 over the golden ratio. */
    private int slot(long key) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }
  }

  /** The sentence cut at its boundaries. */
  public List<String> phrases(String sentence) {
    return cut(sentence, boundaries(sentence));
  }

  /** A text cut at the given positions (in order, 1 to length − 1). */
  static List<String> cut(String text, List<Integer> positions) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int at : positions) {
      out.add(text.substring(start, at));
      start = at;
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }
}
