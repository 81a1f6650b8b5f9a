package org.beihaiyatsushiro.site.i18n;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.beihaiyatsushiro.site.content.PartialDate;

/**
 * Writes a date the way a language writes it, at exactly the precision the source gives.
 *
 * <p>The patterns and month names come from the UI tables (date.pattern.year/month/day,
 * date.month.1–12), so 1996 stays "1996年" or "1996", and 2022-09-29 becomes 2022年9月29日 or 29
 * September 2022. A language whose {@code date.pattern.era} is not empty adds the Japanese era
 * (2022年9月29日（令和4年）). A year or month during which the era changed names both eras
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
    String text =
        pattern
            .replace("{year}", Integer.toString(date.year()))
            .replace("{month}", Integer.toString(date.month()))
            .replace("{day}", Integer.toString(date.day()));
    if (text.contains("{monthName}")) {
      text = text.replace("{monthName}", strings.get(lang, "date.month." + date.month()));
    }
    String withEra = strings.get(lang, "date.pattern.era");
    if (withEra.isEmpty()) {
      return text;
    }
    String plain = text;
    return eraYears(date, lang, strings)
        .map(eras -> withEra.replace("{date}", plain).replace("{eras}", eras))
        .orElse(plain);
  }

  /**
   * The Japanese era year(s) of a date in the words of {@code lang} ("令和4年", "平成31年・令和元年"), for a
   * language that shows eras.
   *
   * @return the era years, or empty when the language shows no era or the date lies before the
   *     Japanese calendar (1873)
   */
  public static Optional<String> eraYears(PartialDate date, Language lang, UiStrings strings) {
    String eraYear = strings.get(lang, "date.pattern.eraYear");
    LocalDate first = date.start();
    if (eraYear.isEmpty() || first.isBefore(FIRST_ERA_DAY)) {
      return Optional.empty();
    }
    LocalDate last =
        switch (date.precision()) {
          case YEAR -> LocalDate.of(date.year(), 12, 31);
          case MONTH -> YearMonth.of(date.year(), date.month()).atEndOfMonth();
          case DAY -> first;
        };
    List<String> years = new ArrayList<>();
    JapaneseDate start = JapaneseDate.from(first);
    years.add(eraYear(start, eraYear, lang, strings));
    JapaneseDate end = JapaneseDate.from(last);
    if (!end.getEra().equals(start.getEra())) {
      years.add(eraYear(end, eraYear, lang, strings));
    }
    return Optional.of(String.join(strings.get(lang, "date.era.separator"), years));
  }

  private static String eraYear(
      JapaneseDate date, String pattern, Language lang, UiStrings strings) {
    int year = date.get(ChronoField.YEAR_OF_ERA);
    JapaneseEra era = date.getEra();
    return pattern
        .replace("{era}", era.getDisplayName(TextStyle.FULL, Locale.JAPAN))
        .replace("{eraYear}", year == 1 ? strings.get(lang, "date.era.firstYear") : "" + year);
  }
}
