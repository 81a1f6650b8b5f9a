package org.beihaiyatsushiro.site.i18n;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.PartialDate;

/**
 * Writes a date the way a language writes it, at exactly the precision the source gives.
 *
 * <p>The patterns and month names come from the UI tables (date.pattern.year/month/day,
 * date.month.1–12), so 1996 stays "1996年" or "1996", and 2022-09-29 becomes 2022年9月29日 or 29
 * September 2022. A language whose {@code date.pattern.era} is not empty adds the Japanese era:
 * 2022年9月29日（令和4年）. A year or month during which the era changed names both eras
 * (2019年（平成31年・令和元年）), since naming only one would claim a precision the source does not give.
 */
public final class DateText {
  /** The first day java.time counts in the Japanese calendar (Meiji 6, when Japan adopted it). */
  private static final LocalDate FIRST_ERA_DAY = LocalDate.of(1873, 1, 1);

  private DateText() {}

  /** The date in the words of {@code lang}, with the era where the language shows it. */
  public static String format(PartialDate date, Language lang, UiStrings strings) {
    String pattern =
        switch (date.precision()) {
          case YEAR -> strings.get(lang, "date.pattern.year");
          case MONTH -> strings.get(lang, "date.pattern.month");
          case DAY -> strings.get(lang, "date.pattern.day");
        };
    String text = fill(pattern, date, lang, strings);
    String withEra = strings.get(lang, "date.pattern.era");
    if (withEra.isEmpty()) {
      return text;
    }
    return eraYears(date, lang, strings)
        .map(eras -> withEra.replace("{date}", text).replace("{eras}", eras))
        .orElse(text);
  }

  /**
   * The Japanese era year(s) of a date in the words of {@code lang} ("令和4年", or "平成31年・令和元年" for
   * 2019), following {@code date.pattern.eraYear}.
   *
   * @return the era years, or empty when the language shows no era or the date lies before the
   *     Japanese calendar (1873)
   */
  public static Optional<String> eraYears(PartialDate date, Language lang, UiStrings strings) {
    String pattern = strings.get(lang, "date.pattern.eraYear");
    String text = pattern.isEmpty() ? "" : fill(pattern, date, lang, strings);
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /**
   * Fills a pattern's {year}, {month}, {day} and {monthName} from a date. A pattern with {era} and
   * {eraYear} speaks of one era year: it is written once for each era of the date's period, joined
   * by {@code date.era.separator}, and is empty for a date before the Japanese calendar (1873).
   */
  public static String fill(String pattern, PartialDate date, Language lang, UiStrings strings) {
    String out =
        pattern
            .replace("{year}", Integer.toString(date.year()))
            .replace("{month}", Integer.toString(date.month()))
            .replace("{day}", Integer.toString(date.day()));
    if (out.contains("{monthName}")) {
      out = out.replace("{monthName}", strings.get(lang, "date.month." + date.month()));
    }
    if (!out.contains("{era}") && !out.contains("{eraYear}")) {
      return out;
    }
    List<String> perEra = new ArrayList<>();
    for (JapaneseDate day : eraDays(date)) {
      int year = day.get(ChronoField.YEAR_OF_ERA);
      perEra.add(
          out.replace("{era}", day.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN))
              .replace(
                  "{eraYear}",
                  year == 1 ? strings.get(lang, "date.era.firstYear") : Integer.toString(year)));
    }
    return String.join(strings.get(lang, "date.era.separator"), perEra);
  }

  /**
   * One day of the date's period in each era the period touches: its first day, and its last day
   * when the era changed in between (1989, 2019-05 is a single era, 2019 is two).
   */
  private static List<JapaneseDate> eraDays(PartialDate date) {
    LocalDate first = date.start();
    if (first.isBefore(FIRST_ERA_DAY)) {
      return List.of();
    }
    JapaneseDate start = JapaneseDate.from(first);
    JapaneseDate end = JapaneseDate.from(date.end());
    return end.getEra().equals(start.getEra()) ? List.of(start) : List.of(start, end);
  }
}
