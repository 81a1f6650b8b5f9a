package org.beihaiyatsushiro.site.share;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.beihaiyatsushiro.site.linebreak.LineBreaks;
import org.beihaiyatsushiro.site.linebreak.PhraseBreaks;

/**
 * Breaks a title into the lines of a share image, as the site's pages break it, makes the lines as
 * even as they can be without another line or a cut word, and, when the title needs more lines than
 * there are, shortens the last line with an ellipsis.
 *
 * <ul>
 *   <li>Chinese and Japanese break between phrases ({@link PhraseBreaks}: BudouX and the site's
 *       rules, so 八代市 or 中日邦交正常化 is never cut), and after a space.
 *   <li>Other languages break where {@link BreakIterator}'s line rules allow (between words), but,
 *       as on the pages ({@link org.beihaiyatsushiro.site.linebreak.LineBreaks}), never before a
 *       dash set between spaces ("Yatsushiro – / Sister Cities", not "Yatsushiro / – Sister
 *       Cities") or a middle dot, nor after a dash that joins two words (China–Japan, 1972–2022
 *       stay on one line); a title in parts around such a dash, a middle dot, a bullet, a bar or a
 *       slash starts each part on a new line when that takes no more lines (not around a dash
 *       between two numbers).
 * </ul>
 *
 * <p>A phrase too long for a line is broken where the line rules allow (between two Chinese
 * characters or kana, never before a closing bracket or full stop), a word too long for a line
 * between two characters. Lines are only ever cut between user-perceived characters ({@link
 * BreakIterator#getCharacterInstance}), so never inside a surrogate pair or between a letter and
 * its combining mark.
 */
public final class TitleLines {
  /** What ends a shortened title. */
  public static final String ELLIPSIS = "…";

  private TitleLines() {}

  /**
   * The lines of a title.
   *
   * @param title the title (runs of white space count as one space)
   * @param locale the title's language, for its line-breaking rules
   * @param phrases the language's phrases, when it breaks between phrases (Chinese, Japanese)
   * @param width the width of a text when drawn
   * @param maxWidth the width no line may exceed
   * @param maxLines how many lines there may be (at least 1)
   * @return at most {@code maxLines} lines, none wider than {@code maxWidth} (unless one character
   *     alone is), the last ending in {@link #ELLIPSIS} when the title was shortened
   */
  public static Lines of(
      String title,
      Locale locale,
      Optional<PhraseBreaks> phrases,
      ToDoubleFunction<String> width,
      double maxWidth,
      int maxLines) {
    if (maxLines < 1) {
      throw new IllegalArgumentException("maxLines must be at least 1: " + maxLines);
    }
    String text = title.strip().replaceAll("\\s+", " ");
    List<String> segments =
        phrases.isPresent() ? phrases.get().lineSegments(text) : latinSegments(text, locale);
    Wrapped wrapped = wrap(segments, locale, phrases.isPresent(), width, maxWidth);
    List<String> lines = wrapped.lines();
    List<List<String>> parts = phrases.isPresent() ? List.of(segments) : parts(segments);
    boolean inOnePart = parts.size() < 2;
    if (lines.size() <= maxLines) {
      List<String> even = balanced(segments, locale, width, wrapped, maxWidth);
      if (inOnePart) {
        return new Lines(even, false, true);
      }
      Optional<List<String>> parted = inParts(parts, locale, width, maxWidth, even.size());
      return new Lines(parted.orElse(even), false, parted.isPresent());
    }
    List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
    kept.set(maxLines - 1, ellipsize(kept.get(maxLines - 1), locale, width, maxWidth));
    return new Lines(List.copyOf(kept), true, inOnePart);
  }

  /**
   * Lines as a greedy fill makes them, and whether a segment had to be cut because it was wider
   * than a line.
   */
  private record Wrapped(List<String> lines, boolean cutASegment) {}

  /** Fills each line with as many segments as fit, cutting only a segment wider than a line. */
  private static Wrapped wrap(
      List<String> segments,
      Locale locale,
      boolean phrased,
      ToDoubleFunction<String> width,
      double maxWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    boolean cut = false;
    for (String segment : segments) {
      String candidate = line + segment;
      if (width.applyAsDouble(candidate.stripTrailing()) <= maxWidth) {
        line.append(segment);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
      }
      if (width.applyAsDouble(segment.stripTrailing()) <= maxWidth) {
        line.append(segment);
        continue;
      }
      // A phrase wider than a line: broken where the line rules allow; a word wider than a line
      // (or a phrase that still is): between characters.
      cut = true;
      List<String> pieces =
          phrased ? segments(segment, BreakIterator.getLineInstance(locale)) : List.of(segment);
      for (String piece : pieces) {
        boolean fits = width.applyAsDouble(piece.stripTrailing()) <= maxWidth;
        for (String part :
            fits ? List.of(piece) : segments(piece, BreakIterator.getCharacterInstance(locale))) {
          if (!line.isEmpty() && width.applyAsDouble((line + part).stripTrailing()) > maxWidth) {
            lines.add(line.toString().stripTrailing());
            line.setLength(0);
          }
          line.append(part);
        }
      }
    }
    if (!line.toString().isBlank()) {
      lines.add(line.toString().stripTrailing());
    }
    return new Wrapped(List.copyOf(lines), cut);
  }

  /**
   * The same number of lines made as even as they can be, as CSS's {@code text-wrap: balance} does:
   * the narrowest width that still gives as many lines without cutting a segment, so that no line
   * ends the title with a lone word ("Sister cities since / 1996" becomes "Sister cities / since
   * 1996").
   */
  private static List<String> balanced(
      List<String> segments,
      Locale locale,
      ToDoubleFunction<String> width,
      Wrapped greedy,
      double maxWidth) {
    int count = greedy.lines().size();
    if (count < 2 || greedy.cutASegment()) {
      return greedy.lines();
    }
    List<String> best = greedy.lines();
    double fits = maxWidth;
    double tooNarrow = 0;
    // Halving the range 20 times narrows it to a millionth of the width.
    for (int step = 0; step < 20; step++) {
      double tried = (fits + tooNarrow) / 2;
      Wrapped w = wrap(segments, locale, false, width, tried);
      if (w.lines().size() == count && !w.cutASegment()) {
        fits = tried;
        best = w.lines();
      } else {
        tooNarrow = tried;
      }
    }
    return best;
  }

  /**
   * A title in parts ("Beihai and Yatsushiro – Sister Cities in the 50th Anniversary Year") set
   * with each part on lines of its own, its separator ending a line ("Beihai and / Yatsushiro – /
   * Sister Cities in the / 50th Anniversary Year", not "Yatsushiro – Sister / Cities…"), each part
   * as even as it can be: when that takes no more lines than the title set as one text, and cuts no
   * word. Empty for a title of one part, or when its parts would take more lines.
   */
  private static Optional<List<String>> inParts(
      List<List<String>> parts,
      Locale locale,
      ToDoubleFunction<String> width,
      double maxWidth,
      int lineCount) {
    List<String> lines = new ArrayList<>();
    for (List<String> p : parts) {
      Wrapped wrapped = wrap(p, locale, false, width, maxWidth);
      if (wrapped.cutASegment()) {
        return Optional.empty();
      }
      lines.addAll(balanced(p, locale, width, wrapped, maxWidth));
    }
    return lines.size() <= lineCount ? Optional.of(List.copyOf(lines)) : Optional.empty();
  }

  /**
   * The segments of each part of a title, in order. A title is in parts where a separator set
   * between spaces follows a segment ("Yatsushiro – "), unless the dash joins two numbers (1972 –
   * 2022 is a span of years) or a part would be marks alone ("· · Beihai"): such a title is one
   * part, as is a title with no separator.
   */
  private static List<List<String>> parts(List<String> segments) {
    List<List<String>> parts = new ArrayList<>();
    List<String> part = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      part.add(segments.get(i));
      String next = i + 1 < segments.size() ? segments.get(i + 1) : "";
      if (endsAPart(segments.get(i), next)) {
        parts.add(part);
        part = new ArrayList<>();
      }
    }
    if (!part.isEmpty()) {
      parts.add(part);
    }
    boolean aPartOfMarksAlone =
        parts.stream()
            .anyMatch(p -> String.join("", p).codePoints().noneMatch(Character::isLetterOrDigit));
    return aPartOfMarksAlone ? List.of(segments) : parts;
  }

  /**
   * Whether a segment ends with a separator set after a space ("Yatsushiro – ") that parts the
   * title: not a dash between two numbers.
   */
  private static boolean endsAPart(String segment, String next) {
    String s = segment.stripTrailing();
    if (s.length() < 3
        || SEPARATORS.indexOf(s.charAt(s.length() - 1)) < 0
        || s.charAt(s.length() - 2) != ' ') {
      return false;
    }
    boolean aSpanOfNumbers =
        LineBreaks.DASHES.indexOf(s.charAt(s.length() - 1)) >= 0
            && Character.isDigit(s.charAt(s.length() - 3))
            && !next.isEmpty()
            && Character.isDigit(next.charAt(0));
    return !aSpanOfNumbers;
  }

  /**
   * The lines of a title, whether it was shortened, and whether each of its parts starts a line.
   *
   * @param lines the lines, in order
   * @param shortened whether the title did not fit and its last line ends in {@link #ELLIPSIS}
   * @param partsApart whether each part of a title in parts starts a line of its own (always true
   *     of a title in one part, and of a Chinese or Japanese title, which this rule leaves alone;
   *     false for a shortened title in parts)
   */
  public record Lines(List<String> lines, boolean shortened, boolean partsApart) {}

  /** The line with characters taken off its end until it fits with an ellipsis after it. */
  private static String ellipsize(
      String line, Locale locale, ToDoubleFunction<String> width, double maxWidth) {
    List<String> characters = segments(line, BreakIterator.getCharacterInstance(locale));
    int end = characters.size();
    while (end > 0) {
      String kept = String.join("", characters.subList(0, end)).stripTrailing();
      if (width.applyAsDouble(kept + ELLIPSIS) <= maxWidth) {
        return kept + ELLIPSIS;
      }
      end--;
    }
    return ELLIPSIS;
  }

  /** Marks that separate two parts of a title: set between spaces, they never begin a line. */
  private static final String SEPARATORS = LineBreaks.DASHES + "·•|/";

  /**
   * The segments of the line rules joined again where a title keeps them together: before a dash
   * after a space and after a dash that ends a segment, as the pages keep them (LineBreaks'
   * SPACED_DASH and JOINED_BY_DASH, which join only Latin words and digits), and, for titles alone,
   * before a middle dot, bullet, bar or slash after a space. The two rules are written twice, on
   * text here and on HTML there.
   */
  private static List<String> dashesKept(List<String> segments) {
    List<String> out = new ArrayList<>();
    for (String segment : segments) {
      int last = out.size() - 1;
      boolean startsWithSeparator = SEPARATORS.indexOf(segment.charAt(0)) >= 0;
      boolean afterJoiningDash =
          last >= 0
              && LineBreaks.DASHES.indexOf(out.get(last).charAt(out.get(last).length() - 1)) >= 0;
      if (last >= 0 && (startsWithSeparator || afterJoiningDash)) {
        out.set(last, out.get(last) + segment);
      } else {
        out.add(segment);
      }
    }
    return out;
  }

  /**
   * A title that breaks between words cut where its lines may end: as the line rules allow, with
   * its dashes kept as the pages keep them and a number held to its word (29 September, 1.85
   * million) as {@link LineBreaks#numbersHeldToTheirWords} holds it on the pages. The segments keep
   * the title's own spaces.
   */
  private static List<String> latinSegments(String text, Locale locale) {
    // The no-break spaces (one character for one) only steer the cuts: the segments are taken
    // from the title as written.
    String held = LineBreaks.numbersHeldToTheirWords(text);
    List<String> segments = new ArrayList<>();
    int at = 0;
    for (String s : segments(held, BreakIterator.getLineInstance(locale))) {
      segments.add(text.substring(at, at + s.length()));
      at += s.length();
    }
    return dashesKept(segments);
  }

  /** The text cut at every boundary the iterator finds. */
  private static List<String> segments(String text, BreakIterator boundaries) {
    boundaries.setText(text);
    List<String> out = new ArrayList<>();
    int start = boundaries.first();
    for (int end = boundaries.next(); end != BreakIterator.DONE; end = boundaries.next()) {
      out.add(text.substring(start, end));
      start = end;
    }
    return out;
  }
}
