package org.beihaiyatsushiro.site.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The period a date at its precision stands for: its first and its last day. */
class PartialDateTest {
  @Test
  void aYearRunsFromTheFirstOfJanuaryToTheThirtyFirstOfDecember() {
    PartialDate year = PartialDate.ofYear(1996);

    assertThat(year.start()).isEqualTo(LocalDate.of(1996, 1, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(1996, 12, 31));
  }

  @Test
  void aMonthEndsOnItsLastDayLeapYearsIncluded() {
    assertThat(PartialDate.ofMonth(2020, 7).start()).isEqualTo(LocalDate.of(2020, 7, 1));
    assertThat(PartialDate.ofMonth(2020, 7).end()).isEqualTo(LocalDate.of(2020, 7, 31));
    assertThat(PartialDate.ofMonth(2020, 2).end()).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(PartialDate.ofMonth(2022, 2).end()).isEqualTo(LocalDate.of(2022, 2, 28));
    assertThat(PartialDate.ofMonth(2022, 9).end()).isEqualTo(LocalDate.of(2022, 9, 30));
  }

  @Test
  void aDayStartsAndEndsOnItself() {
    PartialDate day = PartialDate.ofDay(2022, 9, 29);

    assertThat(day.start()).isEqualTo(LocalDate.of(2022, 9, 29));
    assertThat(day.end()).isEqualTo(LocalDate.of(2022, 9, 29));
  }
}
