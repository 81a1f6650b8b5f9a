package org.beihaiyatsushiro.site.linebreak;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

/**
 * Where a line of Chinese or Japanese text may break: between phrases, as a {@link BudouxModel}
 * finds them, under the site's rules.
 *
 * <ul>
 *   <li>No break inside a number or a word of Latin letters (BudouX may cut 2022 into 20 / 22), nor
 *       between a number and the word it counts (50周年, 1996年, 12万5千人).
 *   <li>A break after a dash (北海と八代――日中…), never inside one (——), nor beside a no-break space (a
 *       figure's credit, "— 当サイト作成", keeps its dash).
 *   <li>No break before closing punctuation (。、」）…) or after opening punctuation (「（“), which an
 *       explicit break opportunity would otherwise allow.
 *   <li>No break inside a word the site keeps whole (data/linebreak-keep.txt: 中日邦交正常化), which is a
 *       phrase of its own (中日邦交正常化 / 50周年纪念), with the Japanese particle after it (国交正常化から / 50年).
 *   <li>The last phrase of a text has at least three characters besides punctuation: a shorter one
 *       joins the phrase before it, so no lone fragment ("す。", "交往。") ends a paragraph or heading.
 * </ul>
 */
public final class PhraseBreaks {
  private static final String CLOSING =
      "、。，．,.：；:;！？!?）〕］｝〉》」』】〙〗〟’”｠»ー…‥ゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・/";
  private static final String OPENING = "（〔［｛〈《「『【〘〖〝‘“｟«";

  /** The dashes Chinese and Japanese write doubled (——, ――): a phrase may end after them. */
  public static final String DOUBLED_DASHES = "—―";

  private static final int SHORTEST_LAST_PHRASE = 3;

  /** How many characters at the end of a text {@link #lastBreak} looks at first. */
  static final int TAIL = 64;

  /** How many characters before a place the model reads. */
  private static final int CONTEXT = 3;

  private final BudouxModel model;

  /**
   * The breaks of every text broken so far, by text. A page's header, menus, footer and the titles
   * of the lists repeat from page to page: two thirds of the text a 3 × 1000-article bake breaks
   * had been broken before. Made anew for each bake ({@link LineBreaks} is), so it never outlives
   * the site it was made for.
   */
  private final Map<String, List<Integer>> found = new ConcurrentHashMap<>();

  private final List<String> keptWhole;
  private final int longestKept;

  /**
   * @param model the language's model
   * @param keptWhole words never broken inside, whatever the model says
   */
  public PhraseBreaks(BudouxModel model, List<String> keptWhole) {
    this.model = Objects.requireNonNull(model, "model");
    this.keptWhole = keptWhole.stream().filter(w -> w.length() > 1).toList();
    this.longestKept = this.keptWhole.stream().mapToInt(String::length).max().orElse(0);
  }

  /** The positions (UTF-16 indexes, 1 to length − 1) where the text may break, in order. */
  public List<Integer> breaks(String text) {
    List<Integer> known = found.get(text);
    if (known != null) {
      return known;
    }
    List<Integer> breaks = find(text);
    found.put(text, breaks);
    return breaks;
  }

  private List<Integer> find(String text) {
    TreeSet<Integer> breaks = new TreeSet<>(model.boundaries(text));
    // A dash (——, ――) ends a phrase, whether or not the model saw it so.
    for (int at = 1; at < text.length(); at++) {
      if (DOUBLED_DASHES.indexOf(text.charAt(at - 1)) >= 0
          && DOUBLED_DASHES.indexOf(text.charAt(at)) < 0) {
        breaks.add(at);
      }
    }
    // A word the site keeps whole is a phrase of its own: it may start and end a line, but the
    // Japanese particle or ending after it (国交正常化から) stays with it, as in any phrase.
    for (String word : keptWhole) {
      for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        breaks.add(at);
        int end = at + word.length();
        if (end >= text.length() || !isHiragana(text.charAt(end))) {
          breaks.add(end);
        }
      }
    }
    breaks.removeIf(at -> at <= 0 || at >= text.length() || !allowed(text, at));
    for (String word : keptWhole) {
      for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        breaks.subSet(at + 1, at + word.length()).clear();
      }
    }
    // The last phrase is never a lone fragment.
    while (!breaks.isEmpty()
        && letters(text, breaks.last(), text.length()) < SHORTEST_LAST_PHRASE) {
      breaks.remove(breaks.last());
    }
    return List.copyOf(breaks);
  }

  /**
   * The last place a text may break: the last of {@link #breaks}, found from the text's end.
   *
   * <p>A long paragraph needs only its last phrase, and whether a place is a break depends only on
   * the few characters around it (the model reads three on each side) and on a kept word around it.
   * So the breaks are first looked for in the text's last {@value #TAIL} characters, with that
   * context before them; only when none lies there is the whole text read.
   */
  public OptionalInt lastBreak(String text) {
    int window = text.length() - TAIL;
    if (window > 0) {
      int from = Math.max(0, window - CONTEXT - longestKept);
      // A paragraph's end is found once: it is not worth remembering (see breaks).
      List<Integer> tail = find(text.substring(from));
      if (!tail.isEmpty() && from + tail.get(tail.size() - 1) >= window) {
        return OptionalInt.of(from + tail.get(tail.size() - 1));
      }
    }
    List<Integer> all = find(text);
    return all.isEmpty() ? OptionalInt.empty() : OptionalInt.of(all.get(all.size() - 1));
  }

  /** The text cut at its breaks. */
  public List<String> phrases(String text) {
    return BudouxModel.cut(text, breaks(text));
  }

  /**
   * The text cut at every place a line may end: between its phrases and after each space (a space
   * is a place to break of its own, so no phrase ends at one). For a line laid out by the bake
   * itself, as a share image's title is.
   */
  public List<String> lineSegments(String text) {
    TreeSet<Integer> cuts = new TreeSet<>(breaks(text));
    for (int at = 1; at < text.length(); at++) {
      if (Character.isWhitespace(text.charAt(at - 1)) && !Character.isWhitespace(text.charAt(at))) {
        cuts.add(at);
      }
    }
    return BudouxModel.cut(text, List.copyOf(cuts));
  }

  private static boolean isHiragana(char c) {
    return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HIRAGANA;
  }

  /** Whether a character may not begin a line: closing punctuation, small kana, ー, …. */
  static boolean isClosing(int codePoint) {
    return CLOSING.indexOf(codePoint) >= 0;
  }

  private static boolean allowed(String text, int at) {
    int before = text.codePointBefore(at);
    int after = text.codePointAt(at);
    if (Character.isLowSurrogate(text.charAt(at))) {
      return false;
    }
    IntPredicate latinOrDigit = cp -> cp < 0x2E80 && Character.isLetterOrDigit(cp);
    if (latinOrDigit.test(before) && latinOrDigit.test(after)) {
      return false;
    }
    if (Character.isDigit(before) && Character.isIdeographic(after)) {
      return false; // a number and what it counts: 50周年, 26年
    }
    if (Character.isWhitespace(after) || Character.isWhitespace(before)) {
      return false; // a space is a break opportunity of its own
    }
    if (isNoBreakSpace(after) || isNoBreakSpace(before)) {
      return false; // a no-break space holds its two sides together (— 当サイト作成)
    }
    boolean withinADash = DOUBLED_DASHES.indexOf(before) >= 0 && DOUBLED_DASHES.indexOf(after) >= 0;
    return !withinADash && CLOSING.indexOf(after) < 0 && OPENING.indexOf(before) < 0;
  }

  /**
   * A space that joins what it stands between: U+00A0, U+2007, U+202F (not white space to Java).
   */
  private static boolean isNoBreakSpace(int codePoint) {
    return codePoint == '\u00A0' || codePoint == '\u2007' || codePoint == '\u202F';
  }

  /** How many characters besides punctuation and spaces lie between two positions. */
  private static int letters(String text, int from, int to) {
    return (int) text.substring(from, to).codePoints().filter(Character::isLetterOrDigit).count();
  }
}
