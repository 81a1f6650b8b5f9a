package org.beihaiyatsushiro.site.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.PartialDate;
import org.beihaiyatsushiro.site.content.AnniversaryStyle;
import org.beihaiyatsushiro.site.i18n.UiStrings;

/**
 * The whole years from an event to the site's as-of date ({@code site.asOf}), and their wording.
 *
 * <p>The count never looks at the build's clock, so the same sources bake to the same bytes in any
 * year. A year is complete as soon as the as-of date reaches the anniversary <em>at the precision
 * the event is known to</em>:
 *
 * <ul>
 *   <li>known to the day: on the day (1972-09-29 is 50 years before 2022-09-29, 49 years before
 *       2022-09-28; 29 February counts its anniversary on 1 March in other years);
 *   <li>known to the month: from the first day of that month (2020-07 is 2 years before any day of
 *       July 2022, 1 year before 2022-06-30);
 *   <li>known only to the year: anywhere in that year, so the count is the difference of the years
 *       (1996 is 26 years before any date in 2022, as the 2022 newspaper feature counts it).
 * </ul>
 *
 * <p>An as-of date that is itself only a year or a month counts as its last day ({@link
 * PartialDate#end}).
 */
public final class Anniversary {
  private Anniversary() {}

  /** The whole years from an event to the as-of date; negative when the event comes later. */
  public static int yearsBetween(PartialDate event, PartialDate asOf) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(asOf, "asOf");
    int years = asOf.year() - event.year();
    return asOf.end().isBefore(anniversaryIn(event, asOf.year())) ? years - 1 : years;
  }

  /**
   * The words under an event: "50 years ago", "26 years of friendship", from the UI strings {@code
   * anniversary.<style>.one} (for 1) and {@code anniversary.<style>.other}, with {n} the number.
   *
   * @return nothing for style none, or when not a whole year has passed
   */
  public static Optional<String> text(
      AnniversaryStyle style,
      PartialDate event,
      PartialDate asOf,
      Language lang,
      UiStrings strings) {
    Objects.requireNonNull(style, "style");
    int years = yearsBetween(event, asOf);
    if (style == AnniversaryStyle.NONE || years < 1) {
      return Optional.empty();
    }
    // English is the only site language with a singular; the zh and ja tables repeat "other".
    String key = "anniversary." + style.code() + (years == 1 ? ".one" : ".other");
    return Optional.of(strings.get(lang, key).replace("{n}", Integer.toString(years)));
  }

  private static LocalDate anniversaryIn(PartialDate event, int year) {
    return switch (event.precision()) {
      case YEAR -> LocalDate.of(year, 1, 1);
      case MONTH -> LocalDate.of(year, event.month(), 1);
      case DAY ->
          YearMonth.of(year, event.month()).isValidDay(event.day())
              ? LocalDate.of(year, event.month(), event.day())
              : YearMonth.of(year, event.month()).atEndOfMonth().plusDays(1);
    };
  }
}
