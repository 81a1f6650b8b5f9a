package org.beihaiyatsushiro.site.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.PartialDate;
import org.beihaiyatsushiro.site.base.Phrase;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as readers see them, with the site's real UI tables, per language and precision. */
class DateTextTest {
  private static UiStrings strings;

  @BeforeAll
  static void loadTheRealTables() {
    Problems problems = new Problems();
    strings = UiStrings.load(FixtureSite.PROJECT.resolve("data"), "data", problems).orElseThrow();
    assertThat(problems.sorted()).isEmpty();
  }

  private static String text(String date, Language lang) {
    return DateText.format(PartialDate.parse(date, new Phrase[1]).orElseThrow(), lang, strings);
  }

  @ParameterizedTest(name = "{0} in {1} reads \"{2}\"")
  @CsvSource({
    "1996, ZH, 1996年",
    "1996, JA, 1996年（平成8年）",
    "1996, EN, 1996",
    "2020-07, ZH, 2020年7月",
    "2020-07, JA, 2020年7月（令和2年）",
    "2020-07, EN, July 2020",
    "2022-09-29, ZH, 2022年9月29日",
    "2022-09-29, JA, 2022年9月29日（令和4年）",
    "2022-09-29, EN, 29 September 2022",
    "1972-09-29, JA, 1972年9月29日（昭和47年）",
    "2001, JA, 2001年（平成13年）",
    "2021, JA, 2021年（令和3年）",
  })
  void aDateIsWrittenAtThePrecisionItsSourceGives(String date, Language lang, String expected) {
    assertThat(text(date, lang)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    // The last and first days of eras, as the Japanese calendar counts them.
    "1989-01-07, 1989年1月7日（昭和64年）",
    "1989-01-08, 1989年1月8日（平成元年）",
    "2019-04-30, 2019年4月30日（平成31年）",
    "2019-05-01, 2019年5月1日（令和元年）",
    "1926-12-24, 1926年12月24日（大正15年）",
    "1926-12-25, 1926年12月25日（昭和元年）",
    // A month or year in which the era changed names both eras, never only one of them.
    "2019-04, 2019年4月（平成31年）",
    "2019-05, 2019年5月（令和元年）",
    "2019, 2019年（平成31年・令和元年）",
    "1989-01, 1989年1月（昭和64年・平成元年）",
    "1989, 1989年（昭和64年・平成元年）",
    "2020, 2020年（令和2年）",
  })
  void theJapaneseEraChangesOnTheRightDay(String date, String expected) {
    assertThat(text(date, Language.JA)).isEqualTo(expected);
  }

  @Test
  void aDateBeforeTheJapaneseCalendarHasNoEraInsteadOfFailing() {
    assertThat(text("1872-12-31", Language.JA)).isEqualTo("1872年12月31日");
    assertThat(text("1850", Language.JA)).isEqualTo("1850年");
    assertThat(text("1873-01-01", Language.JA)).isEqualTo("1873年1月1日（明治6年）");
  }

  @Test
  void eraYearsAreOfferedOnlyWhereTheLanguageShowsEras() {
    PartialDate y1972 = PartialDate.ofYear(1972);
    assertThat(DateText.eraYears(y1972, Language.JA, strings)).contains("昭和47年");
    assertThat(DateText.eraYears(y1972, Language.ZH, strings)).isEmpty();
    assertThat(DateText.eraYears(y1972, Language.EN, strings)).isEmpty();
  }

  @Test
  void anEraPatternIsWrittenOnceForEachEraOfThePeriod() {
    // The form the timeline uses beside a year heading.
    String pattern = "{era}{eraYear}年";
    assertThat(DateText.fill(pattern, PartialDate.ofYear(1972), Language.JA, strings))
        .isEqualTo("昭和47年");
    assertThat(DateText.fill(pattern, PartialDate.ofYear(1989), Language.JA, strings))
        .isEqualTo("昭和64年・平成元年");
    assertThat(DateText.fill(pattern, PartialDate.ofYear(1850), Language.JA, strings)).isEmpty();
  }

  @Test
  void everyMonthHasItsEnglishName() {
    String[] names = {
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December"
    };
    for (int m = 1; m <= 12; m++) {
      assertThat(DateText.format(PartialDate.ofMonth(2000, m), Language.EN, strings))
          .isEqualTo(names[m - 1] + " 2000");
      assertThat(DateText.format(PartialDate.ofMonth(2000, m), Language.ZH, strings))
          .isEqualTo("2000年" + m + "月");
    }
  }
}
