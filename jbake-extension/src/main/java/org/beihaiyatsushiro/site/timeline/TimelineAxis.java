package org.beihaiyatsushiro.site.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The time axis drawn above a timeline on a wide screen: every year of the timeline has the same
 * width, so the twelve years from 1972 to 1984 take twelve times the room of the one from 2020 to
 * 2021. It shows the chapters as bands with their names, the years that have events as dots, and
 * each friendship counted to the timeline's close as a bar ("26 years of friendship").
 *
 * <p>The template draws it as SVG from these numbers, in the units of a viewBox {@link #WIDTH}
 * wide: the page's Content-Security-Policy allows no inline style, and SVG takes positions as
 * attributes. The axis is a picture of what the page's text already says (each chapter's years,
 * each year's heading), so the page hides it from assistive technology.
 *
 * @param height the viewBox's height
 * @param barY where the bar of chapter bands begins; {@link #BAR_HEIGHT} high
 * @param bands the chapters, earliest first
 * @param labels the chapter names, placed in rows above the bar so that none overlaps another
 * @param years the years that have events
 * @param spans the friendships counted to the close, below the bar
 */
public record TimelineAxis(
    int height,
    int barY,
    List<Band> bands,
    List<Label> labels,
    List<YearMark> years,
    List<Span> spans) {
  /** The viewBox's width. */
  public static final int WIDTH = 1000;

  /** The height of the bar of chapter bands. */
  public static final int BAR_HEIGHT = 14;

  static final int PADDING = 24;
  static final int FONT_SIZE = 15;
  static final int ROW = 22;
  static final int GAP = 8;

  /** A chapter's band: x and width in viewBox units; {@code even} alternates the colours. */
  public record Band(double x, double width, String anchor, boolean even, boolean close) {}

  /** A chapter's name at (x, y); {@code end} when it is anchored by its end (text-anchor). */
  public record Label(double x, int y, String text, boolean end, boolean close) {}

  /**
   * A year with events: the centre of its slot on the bar; {@code labelled} when its number fits
   * under the bar beside its neighbours' (the close is always labelled).
   */
  public record YearMark(double x, int year, String anchor, boolean labelled) {}

  /** A friendship from its year to the close: from x to x + width, with its words. */
  public record Span(double x, double width, int y, String text) {}

  /** A friendship to draw: the year it began and the words that count it. */
  public record Friendship(int since, String text) {}

  /**
   * Where a chapter's name goes: its row above the bar (0 is the lowest), whether it is anchored by
   * its end (at the axis's right end, where there is no room after its band's start), and where its
   * text begins and ends.
   */
  private record Placement(int row, boolean end, double left, double right) {}

  /** Whether a name fits in a row: clear of the names already there. */
  private static boolean fits(List<Placement> placed, int row, double left, double right) {
    for (Placement p : placed) {
      if (p.row() == row && p.left() < right + GAP && left < p.right() + GAP) {
        return false;
      }
    }
    return true;
  }

  /**
   * The axis of a timeline.
   *
   * @param chapters the timeline's chapters, earliest first (not empty)
   * @param friendships the friendships to show as bars
   */
  public static TimelineAxis of(
      List<TimelineChapters.Chapter> chapters, List<Friendship> friendships) {
    if (chapters.isEmpty()) {
      throw new IllegalArgumentException("a timeline axis needs a chapter");
    }
    int from = chapters.get(0).from();
    int to = chapters.get(chapters.size() - 1).to();
    double unit = (double) (WIDTH - 2 * PADDING) / (to + 1 - from);

    // The names: each in the lowest row where it runs into no other name.
    List<Placement> placed = new ArrayList<>();
    for (TimelineChapters.Chapter c : chapters) {
      double start = x(c.from(), from, unit);
      double width = textWidth(c.title());
      boolean end = start + width > WIDTH - PADDING / 2.0;
      double left = end ? WIDTH - PADDING / 2.0 - width : start;
      int row = 0;
      while (!fits(placed, row, left, left + width)) {
        row++;
      }
      placed.add(new Placement(row, end, left, left + width));
    }
    int rows = placed.stream().mapToInt(Placement::row).max().orElse(0) + 1;
    int barY = rows * ROW + 6;

    List<Band> bands = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    List<YearMark> years = new ArrayList<>();
    for (int i = 0; i < chapters.size(); i++) {
      TimelineChapters.Chapter c = chapters.get(i);
      double x = x(c.from(), from, unit);
      bands.add(
          new Band(
              round(x), round(x(c.to() + 1, from, unit) - x), c.anchor(), i % 2 == 1, c.close()));
      Placement p = placed.get(i);
      // Rows are counted upwards from the bar: the first row sits right above it.
      int y = barY - 6 - (p.row() * ROW);
      labels.add(
          new Label(round(p.end() ? p.right() : p.left()), y, c.title(), p.end(), c.close()));
      for (TimelineYear year : c.years()) {
        years.add(
            new YearMark(
                round(x(year.year(), from, unit) + unit / 2), year.year(), year.anchor(), false));
      }
    }
    years = labelled(years);
    int yearsY = barY + BAR_HEIGHT + FONT_SIZE + 4;
    List<Span> spans = new ArrayList<>();
    int spanY = yearsY + 14;
    for (Friendship f : friendships) {
      double x = x(Math.max(f.since(), from), from, unit);
      spans.add(new Span(round(x), round(x(to + 1, from, unit) - x), spanY, f.text()));
      spanY += ROW + 4;
    }
    int height = spans.isEmpty() ? yearsY + 8 : spanY + 4;
    return new TimelineAxis(height, barY, bands, labels, years, spans);
  }

  /** The y of the year labels under the bar. */
  public int yearsY() {
    return barY + BAR_HEIGHT + FONT_SIZE + 4;
  }

  /** The marks with the labels that fit, chosen from the close backwards. */
  private static List<YearMark> labelled(List<YearMark> marks) {
    List<YearMark> out = new ArrayList<>(marks);
    double leftmost = Double.MAX_VALUE;
    for (int i = out.size() - 1; i >= 0; i--) {
      YearMark m = out.get(i);
      double half = textWidth(String.valueOf(m.year())) / 2;
      if (m.x() + half + FONT_SIZE / 2.0 <= leftmost) {
        out.set(i, new YearMark(m.x(), m.year(), m.anchor(), true));
        leftmost = m.x() - half;
      }
    }
    return List.copyOf(out);
  }

  private static double x(int year, int from, double unit) {
    return PADDING + (year - from) * unit;
  }

  /**
   * A generous estimate of a name's width: a Chinese or Japanese character is a square, a Latin
   * letter a little over half of one. No font is at hand at bake time, and an estimate too wide
   * only moves a name to the next row.
   */
  static double textWidth(String text) {
    double em = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      em += cp >= 0x2E80 ? 1.0 : Character.isUpperCase(cp) ? 0.7 : 0.56;
    }
    return em * FONT_SIZE;
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
