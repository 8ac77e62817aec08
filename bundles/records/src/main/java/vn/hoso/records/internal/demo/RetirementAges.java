package vn.hoso.records.internal.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.hoso.api.record.Sex;

/**
 * The retirement moment as the generator shapes careers with it: the age roadmap of Bộ luật Lao
 * động 2019 Art. 169 and Nghị định 135/2020/NĐ-CP (men 60 years 3 months in 2021 plus 3 months a
 * year up to 62, women 55 years 4 months plus 4 months a year up to 60; 60 and 55 before 2021),
 * reached in the calendar year whose age applies, at the end of that month.
 *
 * <p>It only keeps generated people below retirement age and sets term ends; the warnings are
 * computed by the retirement rule with its own reference tables.
 */
final class RetirementAges {

  private RetirementAges() {}

  /** Returns the retirement age in months of a person of the sex who reaches it in the year. */
  static int ageMonths(Sex sex, int year) {
    if (year < 2021) {
      return sex == Sex.MALE ? 60 * 12 : 55 * 12;
    }
    if (sex == Sex.MALE) {
      return Math.min(60 * 12 + 3 + (year - 2021) * 3, 62 * 12);
    }
    return Math.min(55 * 12 + 4 + (year - 2021) * 4, 60 * 12);
  }

  /**
   * Returns the last day of the month in which the person reaches the retirement age, moved by
   * {@code laterMonths} for an approved later retirement.
   */
  static LocalDate moment(LocalDate birth, Sex sex, int laterMonths) {
    // The age is at most 67 years (62 and 5 years of a later retirement), so the search ends
    // within 68 years of the birth.
    for (int year = birth.getYear(); year < birth.getYear() + 100; year++) {
      LocalDate reached = birth.plusMonths(ageMonths(sex, year) + (long) laterMonths);
      if (reached.getYear() <= year) {
        return YearMonth.from(reached).atEndOfMonth();
      }
    }
    throw new IllegalStateException("No retirement year found for a birth on " + birth);
  }
}
