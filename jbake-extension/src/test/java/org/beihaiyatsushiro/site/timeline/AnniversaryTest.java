package org.beihaiyatsushiro.site.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.PartialDate;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.content.AnniversaryStyle;
import org.beihaiyatsushiro.site.i18n.UiStrings;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.junit.jupiter.api.Test;

/** Whole years to a fixed as-of date, at each precision, and their words in each language. */
class AnniversaryTest {
  private static final PartialDate AS_OF = PartialDate.ofDay(2022, 9, 29);
  private static final UiStrings STRINGS =
      UiStrings.load(FixtureSite.PROJECT.resolve("data"), "data", new Problems()).orElseThrow();

  @Test
  void aDayCountsItsYearOnTheDayItself() {
    assertThat(Anniversary.yearsBetween(PartialDate.ofDay(1972, 9, 29), AS_OF)).isEqualTo(50);
    assertThat(Anniversary.yearsBetween(PartialDate.ofDay(1972, 9, 30), AS_OF)).isEqualTo(49);
    assertThat(
            Anniversary.yearsBetween(
                PartialDate.ofDay(1972, 9, 29), PartialDate.ofDay(2022, 9, 28)))
        .isEqualTo(49);
  }

  @Test
  void aMonthCountsItsYearFromTheFirstDayOfThatMonth() {
    PartialDate flood = PartialDate.ofMonth(2020, 7);
    assertThat(Anniversary.yearsBetween(flood, AS_OF)).isEqualTo(2);
    assertThat(Anniversary.yearsBetween(flood, PartialDate.ofDay(2022, 7, 1))).isEqualTo(2);
    assertThat(Anniversary.yearsBetween(flood, PartialDate.ofDay(2022, 6, 30))).isEqualTo(1);
  }

  @Test
  void aYearOnlyDateCountsTheDifferenceOfTheYears() {
    PartialDate tie = PartialDate.ofYear(1996);
    assertThat(Anniversary.yearsBetween(tie, AS_OF)).isEqualTo(26);
    assertThat(Anniversary.yearsBetween(tie, PartialDate.ofDay(2022, 1, 1))).isEqualTo(26);
    assertThat(Anniversary.yearsBetween(tie, PartialDate.ofDay(2021, 12, 31))).isEqualTo(25);
  }

  @Test
  void anAsOfDateKnownOnlyToTheYearOrMonthCountsAsItsLastDay() {
    assertThat(Anniversary.yearsBetween(PartialDate.ofDay(1972, 9, 29), PartialDate.ofYear(2022)))
        .isEqualTo(50);
    assertThat(
            Anniversary.yearsBetween(PartialDate.ofDay(1972, 9, 29), PartialDate.ofMonth(2022, 8)))
        .isEqualTo(49);
  }

  @Test
  void the29thOfFebruaryHasItsAnniversaryOnTheFirstOfMarchInOtherYears() {
    PartialDate leap = PartialDate.ofDay(2020, 2, 29);
    assertThat(Anniversary.yearsBetween(leap, PartialDate.ofDay(2021, 2, 28))).isZero();
    assertThat(Anniversary.yearsBetween(leap, PartialDate.ofDay(2021, 3, 1))).isEqualTo(1);
    assertThat(Anniversary.yearsBetween(leap, PartialDate.ofDay(2024, 2, 29))).isEqualTo(4);
  }

  @Test
  void theWordsComeFromEachLanguagesTableWithTheEnglishSingular() {
    PartialDate normalization = PartialDate.ofDay(1972, 9, 29);
    PartialDate tie = PartialDate.ofYear(1996);
    assertThat(text(AnniversaryStyle.AGO, normalization, AS_OF, Language.EN))
        .isEqualTo("50 years ago");
    assertThat(text(AnniversaryStyle.AGO, normalization, AS_OF, Language.JA)).isEqualTo("50年前");
    assertThat(text(AnniversaryStyle.AGO, normalization, AS_OF, Language.ZH)).isEqualTo("50年前");
    assertThat(text(AnniversaryStyle.FRIENDSHIP, tie, AS_OF, Language.EN))
        .isEqualTo("26 years of friendship");
    assertThat(text(AnniversaryStyle.FRIENDSHIP, tie, AS_OF, Language.JA)).isEqualTo("友好交流26年");
    assertThat(text(AnniversaryStyle.FRIENDSHIP, tie, AS_OF, Language.ZH)).isEqualTo("友好交往26年");
    PartialDate oneYearLater = PartialDate.ofDay(2023, 9, 29);
    assertThat(text(AnniversaryStyle.AGO, AS_OF, oneYearLater, Language.EN))
        .isEqualTo("1 year ago");
    assertThat(text(AnniversaryStyle.FRIENDSHIP, AS_OF, oneYearLater, Language.EN))
        .isEqualTo("1 year of friendship");
  }

  @Test
  void noWordsBeforeAWholeYearNorForStyleNone() {
    assertThat(Anniversary.text(AnniversaryStyle.AGO, AS_OF, AS_OF, Language.EN, STRINGS))
        .isEmpty();
    assertThat(
            Anniversary.text(
                AnniversaryStyle.AGO, PartialDate.ofYear(2030), AS_OF, Language.EN, STRINGS))
        .isEmpty();
    assertThat(
            Anniversary.text(
                AnniversaryStyle.NONE, PartialDate.ofYear(1972), AS_OF, Language.EN, STRINGS))
        .isEmpty();
  }

  private static String text(
      AnniversaryStyle style, PartialDate event, PartialDate asOf, Language lang) {
    return Anniversary.text(style, event, asOf, lang, STRINGS).orElseThrow();
  }
}
