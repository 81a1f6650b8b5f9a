package org.beihaiyatsushiro.site.i18n;

import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import org.beihaiyatsushiro.site.content.PartialDate;

/**
 * Writes a date the way a language writes it, at exactly the precision the source gives.
 *
 * <p>The patterns and month names come from the UI tables (date.pattern.year/month/day,
 * date.month.1–12, date.pattern.era), so 1996 stays "1996年" or "1996", and 2022-09-29 becomes
 * 2022年9月29日 or 29 September 2022. A pattern with {era} adds the Japanese era (令和4年).
 */
public final class DateText {
  private DateText() {}

  public static String format(PartialDate date, Language lang, UiStrings strings) {
    String pattern =
        switch (date.precision()) {
          case YEAR -> strings.get(lang, "date.pattern.year");
          case MONTH -> strings.get(lang, "date.pattern.month");
          case DAY -> strings.get(lang, "date.pattern.day");
        };
    String text = fill(pattern, date, lang, strings);
    String era = strings.get(lang, "date.pattern.era");
    return era.isEmpty() ? text : fill(era.replace("{date}", text), date, lang, strings);
  }

  /**
   * Fills a pattern's {year}, {month}, {day}, {monthName}, {era} and {eraYear} from a date; the
   * timeline uses it for the era beside a year heading.
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
    if (out.contains("{era}")) {
      // A year-only date takes the era in force on its first day.
      JapaneseDate japanese = JapaneseDate.from(date.start());
      int eraYear = japanese.get(ChronoField.YEAR_OF_ERA);
      out =
          out.replace("{era}", japanese.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN))
              .replace("{eraYear}", eraYear == 1 ? "元" : Integer.toString(eraYear));
    }
    return out;
  }
}
