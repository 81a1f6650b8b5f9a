package org.beihaiyatsushiro.site.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.beihaiyatsushiro.site.base.Language;

/**
 * Cuts folded text into the terms of the index, and a query into the terms it looks up.
 *
 * <p>Chinese and Japanese have no spaces between words, so a run of Han, hiragana and katakana is
 * indexed as every single character and every overlapping pair of characters (bigrams): 并驾齐驱 gives
 * 并, 并驾, 驾, 驾齐, 齐, 齐驱, 驱. A query of two or more such characters looks up its bigrams (all must be
 * found), a query of one character looks that character up; so any word of the text is found,
 * wherever a word boundary would have been. Other letters and digits form words, split at
 * everything else (spaces, punctuation, hyphens): Sakamoto-machi gives sakamoto and machi, for the
 * text and for the query alike. An English plural is indexed and looked up as its singular ({@link
 * #stem}), so seahorses and seahorse find the same pages.
 *
 * <p>The query script (assets/js/search.js) implements the same rules; search-cases.json holds the
 * cases both are tested on.
 */
public final class Tokenizer {
  private Tokenizer() {}

  /** A stretch of folded text of one kind: Chinese/Japanese characters, or one word. */
  public record Run(boolean cjk, String text) {}

  /** Whether a character is indexed as Chinese or Japanese: {@link Language#isCjkLetter}. */
  public static boolean isCjk(int codePoint) {
    return Language.isCjkLetter(codePoint);
  }

  /** Whether a character belongs to a word: a letter, digit or mark (Unicode L, N, M) not CJK. */
  public static boolean isWordPart(int codePoint) {
    if (isCjk(codePoint)) {
      return false;
    }
    return switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER,
          Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK ->
          true;
      default -> false;
    };
  }

  /** The runs of a text, after folding it. */
  public static List<Run> runs(String text) {
    String folded = SearchText.fold(text);
    List<Run> runs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean currentCjk = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      boolean cjk = isCjk(cp);
      if (!cjk && !isWordPart(cp)) {
        flush(runs, current, currentCjk);
        continue;
      }
      if (current.length() > 0 && cjk != currentCjk) {
        flush(runs, current, currentCjk);
      }
      currentCjk = cjk;
      current.appendCodePoint(cp);
    }
    flush(runs, current, currentCjk);
    return runs;
  }

  /**
   * The terms a text is indexed under, one per occurrence, in order: each CJK character followed by
   * the bigram it starts, and each word.
   */
  public static List<String> indexTerms(String text) {
    return indexTerms(runs(text));
  }

  /** The terms a text cut into {@code runs} is indexed under (see {@link #indexTerms(String)}). */
  public static List<String> indexTerms(List<Run> runs) {
    List<String> terms = new ArrayList<>();
    for (Run run : runs) {
      if (!run.cjk()) {
        terms.add(stem(run.text()));
        continue;
      }
      int[] cps = run.text().codePoints().toArray();
      for (int i = 0; i < cps.length; i++) {
        terms.add(new String(cps, i, 1));
        if (i + 1 < cps.length) {
          terms.add(new String(cps, i, 2));
        }
      }
    }
    return terms;
  }

  /**
   * The distinct terms a query looks up, in order: the bigrams of each CJK run (its one character
   * if it has only one), and each word.
   */
  public static List<String> queryTerms(String query) {
    Objects.requireNonNull(query, "query");
    LinkedHashSet<String> terms = new LinkedHashSet<>();
    for (Run run : runs(query)) {
      if (!run.cjk()) {
        terms.add(stem(run.text()));
        continue;
      }
      int[] cps = run.text().codePoints().toArray();
      if (cps.length == 1) {
        terms.add(run.text());
      }
      for (int i = 0; i + 1 < cps.length; i++) {
        terms.add(new String(cps, i, 2));
      }
    }
    return List.copyOf(terms);
  }

  /** The length of a text in positions: one per CJK character, one per word. */
  public static int positions(String text) {
    return positions(runs(text));
  }

  /** The length in positions of a text cut into {@code runs}. */
  public static int positions(List<Run> runs) {
    int n = 0;
    for (Run run : runs) {
      n += run.cjk() ? run.text().codePointCount(0, run.text().length()) : 1;
    }
    return n;
  }

  /**
   * The singular of a folded English plural, as the index and the query both write a word: cities →
   * city, churches → church, boxes → box, glasses → glass, seahorses → seahorse. Only words of four
   * or more letters a–z change, and never one ending in ss, us or is (glass, campus, this), so
   * names and words in other languages keep their form but for a final s. The rule is small and the
   * same on both sides, so a word that is no plural (news → new) still finds itself.
   */
  public static String stem(String word) {
    if (word.length() < 4 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return word;
    }
    if (word.endsWith("ies") && word.length() > 4) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("sses")
        || word.endsWith("ches")
        || word.endsWith("shes")
        || word.endsWith("xes")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** Whether a query term is a word that may also match the longer words it begins. */
  public static boolean matchesAsPrefix(String term) {
    return term.length() >= 3 && !isCjk(term.codePointAt(0));
  }

  private static void flush(List<Run> runs, StringBuilder current, boolean cjk) {
    if (current.length() > 0) {
      runs.add(new Run(cjk, current.toString()));
      current.setLength(0);
    }
  }
}
