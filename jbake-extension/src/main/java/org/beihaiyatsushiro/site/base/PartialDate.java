package org.beihaiyatsushiro.site.base;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day, and no further.
 *
 * <p>The fact sheet gives some events only a year; the site must never show an invented month or
 * day, so the precision travels with the date from the front matter to the page.
 */
public final class PartialDate implements Comparable<PartialDate> {
  /** How much of a date is known. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private final int year;
  private final int month;
  private final int day;

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0);
  }

  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, 0);
  }

  public static PartialDate ofDay(int year, int month, int day) {
    return new PartialDate(year, month, day);
  }

  /**
   * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; an impossible month or day (such as
   * 2024-13-45) is refused, never rolled over into another date.
   *
   * @return the date, or empty with the reason in {@code why[0]}
   */
  public static Optional<PartialDate> parse(String text, Phrase[] why) {
    Matcher m = FORM.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      why[0] = Message.DATE_NOT_OF_THE_FORM.with();
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return Optional.of(ofYear(year));
    }
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      why[0] = Message.DATE_MONTH_OUT_OF_RANGE.with(m.group(2));
      return Optional.empty();
    }
    if (m.group(3) == null) {
      return Optional.of(ofMonth(year, month));
    }
    int day = Integer.parseInt(m.group(3));
    if (!YearMonth.of(year, month).isValidDay(day)) {
      YearMonth ym = YearMonth.of(year, month);
      why[0] =
          Message.DATE_DAY_OUT_OF_RANGE.with(m.group(3), ym.getMonth(), year, ym.lengthOfMonth());
      return Optional.empty();
    }
    return Optional.of(ofDay(year, month, day));
  }

  public int year() {
    return year;
  }

  /** The month 1–12, or 0 when only the year is known. */
  public int month() {
    return month;
  }

  /** The day of the month, or 0 when it is not known. */
  public int day() {
    return day;
  }

  public Precision precision() {
    return day > 0 ? Precision.DAY : month > 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** The ISO 8601 form at exactly the known precision: "1996", "2020-07", "2022-09-29". */
  public String iso() {
    return switch (precision()) {
      case YEAR -> String.format("%04d", year);
      case MONTH -> String.format("%04d-%02d", year, month);
      case DAY -> String.format("%04d-%02d-%02d", year, month, day);
    };
  }

  /** The first day of the known period. */
  public LocalDate start() {
    return LocalDate.of(year, Math.max(1, month), Math.max(1, day));
  }

  /** The last day of the known period: 31 December of a year, the last day of a month, the day. */
  public LocalDate end() {
    return switch (precision()) {
      case YEAR -> LocalDate.of(year, 12, 31);
      case MONTH -> YearMonth.of(year, month).atEndOfMonth();
      case DAY -> LocalDate.of(year, month, day);
    };
  }

  /**
   * Earlier periods first; within a year, a year-only date comes before the months and days of that
   * year, and a month-only date before the days of that month.
   */
  @Override
  public int compareTo(PartialDate o) {
    int c = Integer.compare(year, o.year);
    if (c == 0) {
      c = Integer.compare(month, o.month);
    }
    if (c == 0) {
      c = Integer.compare(day, o.day);
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate p && p.year == year && p.month == month && p.day == day;
  }

  @Override
  public int hashCode() {
    return (year * 13 + month) * 32 + day;
  }

  @Override
  public String toString() {
    return iso();
  }
}
